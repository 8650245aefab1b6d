import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightAssignment } from './min-cost-flow.ts';

interface Instance {
  people: number;
  capacities: number[];
  edges: { p: number; v: number; w: number }[];
}

/** Tries every assignment: each person takes one of their edges or nothing. */
function bruteForce({ people, capacities, edges }: Instance): number {
  const byPerson = Array.from({ length: people }, (_, p) => edges.filter((e) => e.p === p));
  const left = [...capacities];
  let best = 0;
  const go = (p: number, total: number): void => {
    if (p === people) {
      best = Math.max(best, total);
      return;
    }
    go(p + 1, total);
    for (const e of byPerson[p] ?? []) {
      if ((left[e.v] ?? 0) <= 0) continue;
      left[e.v] = (left[e.v] ?? 0) - 1;
      go(p + 1, total + e.w);
      left[e.v] = (left[e.v] ?? 0) + 1;
    }
  };
  go(0, 0);
  return best;
}

const instance: fc.Arbitrary<Instance> = fc
  .record({ people: fc.integer({ min: 1, max: 6 }), vacancies: fc.integer({ min: 1, max: 4 }) })
  .chain(({ people, vacancies }) =>
    fc.record({
      people: fc.constant(people),
      capacities: fc.array(fc.integer({ min: 1, max: 2 }), {
        minLength: vacancies,
        maxLength: vacancies,
      }),
      edges: fc.uniqueArray(
        fc.record({
          p: fc.integer({ min: 0, max: people - 1 }),
          v: fc.integer({ min: 0, max: vacancies - 1 }),
          w: fc.integer({ min: 1, max: 100 }),
        }),
        { selector: (e) => `${e.p}:${e.v}`, maxLength: people * vacancies },
      ),
    }),
  );

function solve(x: Instance) {
  return maxWeightAssignment({
    people: x.people,
    capacities: x.capacities,
    edgePerson: Int32Array.from(x.edges, (e) => e.p),
    edgeVacancy: Int32Array.from(x.edges, (e) => e.v),
    edgeWeight: Int32Array.from(x.edges, (e) => e.w),
  });
}

describe('max-weight assignment (min-cost flow)', () => {
  it('equals brute force on tiny random instances, and the assignment is feasible and adds up', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const r = solve(x);
        expect(r.totalWeight).toBe(bruteForce(x));
        const used = x.capacities.map(() => 0);
        let sum = 0;
        r.vacancyOf.forEach((v, p) => {
          if (v < 0) return;
          const e = x.edges.find((d) => d.p === p && d.v === v);
          expect(e).toBeDefined();
          sum += e?.w ?? 0;
          used[v] = (used[v] ?? 0) + 1;
        });
        expect(sum).toBe(r.totalWeight);
        used.forEach((u, v) => expect(u).toBeLessThanOrEqual(x.capacities[v] ?? 0));
      }),
      { numRuns: 300 },
    );
  });

  it('re-routes: gives the contested vacancy to whoever loses least elsewhere', () => {
    // A: v0 = 10, v1 = 9.   B: v0 = 8 only.  Greedy A→v0 gives 10; optimum A→v1, B→v0 = 17.
    const r = solve({
      people: 2,
      capacities: [1, 1],
      edges: [
        { p: 0, v: 0, w: 10 },
        { p: 0, v: 1, w: 9 },
        { p: 1, v: 0, w: 8 },
      ],
    });
    expect(Array.from(r.vacancyOf)).toEqual([1, 0]);
    expect(r.totalWeight).toBe(17);
  });
});
