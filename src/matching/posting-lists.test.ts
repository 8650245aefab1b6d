import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingLists } from './posting-lists.ts';

function contents(p: PostingLists, key: number): string[] {
  const out: string[] = [];
  const s = p.start(key);
  for (let i = s; i < s + p.length(key); i++) {
    const packed = p.arena[i] ?? 0;
    out.push(`${packed >>> p.flagBits}:${packed & 15}`);
  }
  return out.sort();
}

describe('PostingLists (shared arenas)', () => {
  it.each([4, 12])(
    'behaves like a map of multisets through growth, relocation and compaction (%i flag bits)',
    (bits) => {
      const top = 2 ** (32 - bits) - 1; // the largest slot: checks the unsigned unpacking
      const op = fc.record({
        add: fc.boolean(),
        key: fc.integer({ min: 0, max: 12 }),
        slot: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: top - 3, max: top })),
      });
      fc.assert(
        fc.property(fc.array(op, { maxLength: 3000 }), (ops) => {
          const p = new PostingLists(bits);
          const model = new Map<number, string[]>();
          for (const { add, key, slot } of ops) {
            const list = model.get(key) ?? [];
            if (add && !list.some((x) => x.startsWith(`${slot}:`))) {
              p.add(key, slot, slot % 16);
              list.push(`${slot}:${slot % 16}`);
            } else if (!add) {
              const i = list.findIndex((x) => x.startsWith(`${slot}:`));
              expect(p.remove(key, slot)).toBe(i >= 0);
              if (i >= 0) list.splice(i, 1);
            }
            model.set(key, list);
          }
          let total = 0;
          for (const [key, list] of model) {
            expect(contents(p, key)).toEqual([...list].sort());
            total += list.length;
          }
          expect(p.postingCount).toBe(total);
        }),
        { numRuns: 60 },
      );
    },
  );

  it('refuses a slot that does not fit next to the flag', () => {
    expect(() => new PostingLists(12).add(0, 2 ** 20, 0)).toThrow(RangeError);
  });
});
