import { describe, expect, it } from 'vitest';
import { engineOf, randomWorld } from './test-factories.ts';

/**
 * The fast path (inverted index, upper bounds, threshold stop, constraints on the few) must
 * return exactly what scoring every pair with explain() and sorting would return.
 */
describe('top-k equals brute force', () => {
  it('vacancies for a candidate', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const w = randomWorld(seed);
      const e = engineOf(w);
      for (const c of w.candidates) {
        const brute = w.vacancies
          .map((v) => e.explain(c.id, v.id))
          .filter((x) => x.excludedBy === null && x.score > 0)
          .sort((a, b) => b.score - a.score || (a.vacancyId < b.vacancyId ? -1 : 1));
        const got = e.topVacanciesForCandidate(c.id, 10);
        expect(got.map((r) => r.score)).toEqual(brute.slice(0, 10).map((x) => x.score));
        // Same ids wherever the rounded score does not tie across the cut.
        const cut = got.at(-1)?.score ?? 0;
        const sure = (xs: { score: number; vacancyId: string }[]) =>
          xs
            .filter((x) => x.score > cut)
            .map((x) => x.vacancyId)
            .sort();
        expect(sure(got)).toEqual(sure(brute.slice(0, 10)));
        for (const r of got) {
          const x = e.explain(c.id, r.vacancyId);
          expect([r.score, r.readiness, r.trainingWeeks, r.essentialCoverage]).toEqual([
            x.score,
            x.readiness,
            x.trainingWeeks,
            x.essentialCoverage,
          ]);
        }
      }
    }
  });

  it('candidates for a vacancy', () => {
    for (const seed of [6, 7, 8]) {
      const w = randomWorld(seed);
      const e = engineOf(w);
      for (const v of w.vacancies.slice(0, 60)) {
        const brute = w.candidates
          .map((c) => e.explain(c.id, v.id))
          .filter((x) => x.excludedBy === null && x.score > 0)
          .sort((a, b) => b.score - a.score);
        const got = e.topCandidatesForVacancy(v.id, 5);
        expect(got.map((r) => r.score)).toEqual(brute.slice(0, 5).map((x) => x.score));
      }
    }
  });
});
