import { describe, expect, it } from 'vitest';
import { MatchingEngine } from './engine.ts';
import {
  aCandidate,
  aVacancy,
  engineOf,
  ess,
  has,
  opt,
  prng,
  randomWorld,
} from './test-factories.ts';

const HERE = { lat: 52.09, lon: 5.12 };
const FAR = { lat: 53.2, lon: 6.56 }; // ≈ 150 km away

function redundancy(): MatchingEngine {
  const e = new MatchingEngine();
  e.upsertTraining({ id: 't4', skillIds: [4], weeks: 3, cost: 0 });
  const at = { location: { point: HERE } };
  e.upsertVacancy(aVacancy({ id: 'V1', requirements: [ess(1)], ...at }));
  e.upsertVacancy(aVacancy({ id: 'V2', requirements: [ess(1), ess(2)], ...at }));
  e.upsertVacancy(aVacancy({ id: 'V4', requirements: [ess(4), opt(6)], ...at }));
  e.upsertCandidate(aCandidate({ id: 'A', skills: [has(1), has(2)] })); // V1 100, V2 100, V4 18.75
  e.upsertCandidate(aCandidate({ id: 'B', skills: [has(1)] })); // V1 100, V2 not-now, V4 18.75
  e.upsertCandidate(
    aCandidate({ id: 'C', skills: [has(1)], wishes: { maxTravelKm: 10, home: FAR } }),
  );
  e.upsertCandidate(aCandidate({ id: 'D', skills: [has(1, 4, 'self')] })); // V1 90, V4 18.75
  e.upsertCandidate(aCandidate({ id: 'E', skills: [has(6)] })); // V4 (0.75 + 1) / 4 = 43.75
  return e;
}

describe('group placement', () => {
  it('maximises total fit (re-routing A to V2 frees V1 for B) and explains who is left over', () => {
    const r = redundancy().groupPlacement(['A', 'B', 'C', 'D', 'E']);
    expect(r.direct).toEqual([
      { candidateId: 'A', vacancyId: 'V2', score: 100, readiness: 'direct', trainingWeeks: 0 },
      { candidateId: 'B', vacancyId: 'V1', score: 100, readiness: 'direct', trainingWeeks: 0 },
    ]);
    expect(r.afterTraining).toEqual([
      {
        candidateId: 'E',
        vacancyId: 'V4',
        score: 43.8,
        readiness: 'after-training',
        trainingWeeks: 3,
      },
    ]);
    expect(r.leftOver).toEqual([
      {
        candidateId: 'C',
        reason: {
          code: 'no-eligible-vacancy',
          excludedBy: {
            distance: 3,
            hours: 0,
            salary: 0,
            'start-date': 0,
            'contract-type': 0,
            sector: 0,
          },
          notNow: 0,
          noFit: 0,
        },
      },
      {
        candidateId: 'D',
        reason: { code: 'outcompeted', eligibleVacancies: 2, bestVacancyId: 'V1' },
      },
    ]);
    expect(r.totalScore).toBe(243.8);
  });

  it('only uses the given vacancies, and counts not-now and no-fit among them', () => {
    const r = redundancy().groupPlacement(['B', 'E'], ['V2']);
    expect(r.direct).toEqual([]);
    expect(r.leftOver).toEqual([
      {
        candidateId: 'B',
        reason: expect.objectContaining({ code: 'no-eligible-vacancy', notNow: 1, noFit: 0 }),
      },
      {
        candidateId: 'E',
        reason: expect.objectContaining({ code: 'no-eligible-vacancy', notNow: 0, noFit: 1 }),
      },
    ]);
  });

  it('uses free positions beyond a person’s top-k (repair pass)', () => {
    const e = new MatchingEngine();
    e.upsertVacancy(aVacancy({ id: 'best', requirements: [ess(1)] }));
    e.upsertVacancy(aVacancy({ id: 'second', requirements: [ess(1), opt(2)] }));
    e.upsertCandidate(aCandidate({ id: 'P' }));
    e.upsertCandidate(aCandidate({ id: 'Q' }));
    const r = e.groupPlacement(['P', 'Q'], undefined, { edgesPerPerson: 1 });
    // Both rank "best" first with one edge each; one of them gets it, the other the free one.
    expect(r.direct.map((a) => a.vacancyId).sort()).toEqual(['best', 'second']);
    expect(r.stats.repaired).toBe(1);
  });

  it('matches brute force over all eligible pairs on small random worlds', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const w = randomWorld(seed, 5, 6, 12);
      const e = engineOf(w);
      const people = w.candidates.map((c) => c.id);
      const options = people.map((id) =>
        e.topVacanciesForCandidate(id, 100).filter((r) => r.readiness !== 'not-now'),
      );
      const capacity = new Map(w.vacancies.map((v) => [v.id, v.positions]));
      let best = 0;
      const go = (p: number, total: number): void => {
        if (p === people.length) {
          best = Math.max(best, total);
          return;
        }
        go(p + 1, total);
        for (const o of options[p] ?? []) {
          const left = capacity.get(o.vacancyId) ?? 0;
          if (left <= 0) continue;
          capacity.set(o.vacancyId, left - 1);
          go(p + 1, total + o.score);
          capacity.set(o.vacancyId, left);
        }
      };
      go(0, 0);
      const r = e.groupPlacement(people);
      // Flow optimises unrounded fit; the brute force sums rounded scores (±0.05 each).
      expect(r.totalScore).toBeGreaterThanOrEqual(best - 0.1 * people.length);
      expect(r.totalScore).toBeLessThanOrEqual(best + 0.1 * people.length);
    }
    expect(prng(1)()).toBeLessThan(1);
  });
});
