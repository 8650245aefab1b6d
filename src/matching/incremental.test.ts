import { describe, expect, it } from 'vitest';
import type { MatchingEngine } from './engine.ts';
import { engineOf, prng, randomWorld } from './test-factories.ts';
import type { World } from './test-factories.ts';

function snapshot(e: MatchingEngine, w: World) {
  return {
    stats: e.stats(),
    forCandidates: w.candidates.map((c) => e.topVacanciesForCandidate(c.id, 8, { explain: true })),
    forVacancies: w.vacancies.slice(0, 40).map((v) => e.topCandidatesForVacancy(v.id, 5)),
    opportunities: w.candidates.slice(0, 10).map((c) => e.opportunityOccupations(c.id, 5)),
    transitions: w.occupations.map((o) => e.transitionPaths(o.id, 5)),
    placement: (({ stats: _stats, ...rest }) => rest)(
      e.groupPlacement(w.candidates.slice(0, 20).map((c) => c.id)),
    ),
  };
}

describe('incremental updates equal a rebuild', () => {
  it('after random adds, updates and removals of every kind', () => {
    const start = randomWorld(11);
    const pool = randomWorld(12); // source of replacement content
    const e = engineOf(start);
    const r = prng(99);
    const final: World = {
      hierarchy: start.hierarchy,
      candidates: [...start.candidates],
      vacancies: [...start.vacancies],
      trainings: [...start.trainings],
      occupations: [...start.occupations],
    };
    const idx = (n: number) => Math.floor(r() * n);
    for (let step = 0; step < 300; step++) {
      const kind = idx(4);
      const op = idx(3); // 0 update, 1 remove, 2 add new
      if (kind === 0) {
        const i = idx(final.vacancies.length);
        const src = pool.vacancies[idx(pool.vacancies.length)];
        const cur = final.vacancies[i];
        if (!src || !cur) continue;
        if (op === 0) {
          final.vacancies[i] = { ...src, id: cur.id };
          e.updateVacancy(final.vacancies[i]);
        } else if (op === 1) {
          final.vacancies.splice(i, 1);
          e.removeVacancy(cur.id);
        } else {
          const v = { ...src, id: `new-v${step}` };
          final.vacancies.push(v);
          e.addVacancy(v);
        }
      } else if (kind === 1) {
        const i = idx(final.candidates.length);
        const src = pool.candidates[idx(pool.candidates.length)];
        const cur = final.candidates[i];
        if (!src || !cur) continue;
        if (op === 0) {
          final.candidates[i] = { ...src, id: cur.id };
          e.updateCandidate(final.candidates[i]);
        } else if (op === 1 && final.candidates.length > 25) {
          final.candidates.splice(i, 1);
          e.removeCandidate(cur.id);
        } else {
          const c = { ...src, id: `new-c${step}` };
          final.candidates.push(c);
          e.addCandidate(c);
        }
      } else if (kind === 2) {
        const i = idx(final.trainings.length);
        const src = pool.trainings[idx(pool.trainings.length)];
        const cur = final.trainings[i];
        if (!src || !cur) continue;
        if (op === 0) {
          final.trainings[i] = { ...src, id: cur.id };
          e.updateTraining(final.trainings[i]);
        } else if (op === 1) {
          final.trainings.splice(i, 1);
          e.removeTraining(cur.id);
        } else {
          const t = { ...src, id: `new-t${step}` };
          final.trainings.push(t);
          e.addTraining(t);
        }
      } else {
        const i = idx(final.occupations.length);
        const src = pool.occupations[idx(pool.occupations.length)];
        const cur = final.occupations[i];
        if (!src || !cur) continue;
        if (op === 1 && final.occupations.length > 6) {
          final.occupations.splice(i, 1);
          e.removeOccupation(cur.id);
        } else {
          final.occupations[i] = { ...src, id: cur.id };
          e.updateOccupation(final.occupations[i]);
        }
      }
    }
    const rebuilt = engineOf(final);
    expect(snapshot(e, final)).toEqual(snapshot(rebuilt, final));
  });
});
