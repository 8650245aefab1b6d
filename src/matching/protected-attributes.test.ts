import { describe, expect, it } from 'vitest';
import { MatchingEngine } from './engine.ts';
import { aCandidate, aVacancy, engineOf, ess, has, opt, randomWorld } from './test-factories.ts';
import type { CandidateInput } from './types.ts';

/**
 * Protected attributes (name, age, birth year, gender, origin) do not exist in CandidateInput:
 * the engine cannot use what it is never given. These tests pin that down.
 */
describe('protected attributes', () => {
  it('are not part of the input type', () => {
    const c: CandidateInput = {
      id: 'x',
      skills: [],
      // @ts-expect-error — CandidateInput has no name (nor age, birthYear, gender, origin)
      name: 'Jan',
    };
    expect(c.id).toBe('x');
  });

  it('two candidates differing only in id get identical scores and explanations', () => {
    const w = randomWorld(21, 2, 150);
    const e = engineOf(w);
    const base = w.candidates[0] as CandidateInput;
    e.upsertCandidate({ ...base, id: 'aaaa-first' });
    e.upsertCandidate({ ...base, id: 'zzzz-last' });
    const strip = (id: string) =>
      e
        .topVacanciesForCandidate(id, 20, { explain: true })
        .map(({ candidateId: _c, explanation, ...rest }) => {
          const { candidateId: _x, ...story } = explanation ?? { candidateId: '' };
          return { ...rest, story };
        });
    expect(strip('aaaa-first')).toEqual(strip('zzzz-last'));
    expect(strip('aaaa-first').length).toBeGreaterThan(0);
    for (const v of w.vacancies) {
      expect(e.explain('aaaa-first', v.id).score).toBe(e.explain('zzzz-last', v.id).score);
    }
  });

  it('ignores such fields even if a caller smuggles them in at run time', () => {
    const e = new MatchingEngine();
    e.upsertVacancy(aVacancy({ requirements: [ess(1), opt(2)] }));
    const smuggled = {
      ...aCandidate({ id: 'b', skills: [has(1)] }),
      age: 61,
      gender: 'f',
      origin: 'x',
    };
    e.upsertCandidate(aCandidate({ id: 'a', skills: [has(1)] }));
    e.upsertCandidate(smuggled as CandidateInput);
    expect(e.explain('a', 'vac-1').score).toBe(e.explain('b', 'vac-1').score);
    // Same score: ranked by id as the deterministic tie-break, not by anything else.
    expect(e.topCandidatesForVacancy('vac-1', 2).map((r) => [r.candidateId, r.score])).toEqual([
      ['a', 75],
      ['b', 75],
    ]);
  });
});
