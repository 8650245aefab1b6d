import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from './top-k.ts';

describe('TopK', () => {
  it('keeps the k best, best first, ties by the tie-break', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (xs, k) => {
          const heap = new TopK(k, (a, b) => a - b);
          xs.forEach((score, item) => heap.push(score, item));
          const n = heap.drainSorted();
          const got = Array.from({ length: n }, (_, i) => [heap.scores[i], heap.items[i]]);
          const want = xs
            .map((score, item) => [score, item] as const)
            .sort((a, b) => b[0] - a[0] || a[1] - b[1])
            .slice(0, k)
            .map(([s, i]) => [s, i]);
          expect(got).toEqual(want);
        },
      ),
    );
  });
});
