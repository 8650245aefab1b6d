import { describe, expect, it } from 'vitest';
import { MatchingEngine } from './engine.ts';
import { aCandidate, aVacancy, ess, has, opt } from './test-factories.ts';

function world(): MatchingEngine {
  const e = new MatchingEngine();
  e.setSkillHierarchy([
    { skillId: 11, broaderId: 10 },
    { skillId: 12, broaderId: 10 },
  ]);
  e.upsertTraining({ id: 'short', skillIds: [5], weeks: 2, cost: 300 });
  e.upsertTraining({ id: 'long', skillIds: [5, 6, 7], weeks: 10, cost: 2000 });
  e.upsertTraining({ id: 'extra', skillIds: [8], weeks: 1, cost: 100 });
  e.upsertVacancy(
    aVacancy({
      requirements: [
        ess(1, 3),
        ess(11),
        ess(4, 1, true), // learnable on the job
        ess(5), // taught by short and long
        ess(6), // taught by long only
        opt(8), // optional, taught by extra (not in the plan)
        opt(9), // optional, no route
      ],
    }),
  );
  e.upsertCandidate(aCandidate({ skills: [has(1, 2, 'test'), has(12, 3, 'self')] }));
  return e;
}

describe('explanation', () => {
  it('lists matched skills with kind, relation, level and evidence', () => {
    const x = world().explain('cand-1', 'vac-1');
    expect(x.matched).toEqual([
      {
        skillId: 1,
        importance: 'essential',
        kind: 'exact',
        viaSkillId: 1,
        candidateLevel: 2,
        minLevel: 3,
        evidence: 'test',
        credit: 0.8,
        scoreCredit: 0.8,
      },
      {
        skillId: 11,
        importance: 'essential',
        kind: 'related',
        viaSkillId: 12,
        relation: 'sibling',
        candidateLevel: 3,
        minLevel: 1,
        evidence: 'self',
        credit: 0.27, // 0.3 × 0.9
        scoreCredit: 0.27,
      },
    ]);
  });

  it('splits missing skills into learnable (with the chosen trainings) and blocking', () => {
    const x = world().explain('cand-1', 'vac-1');
    // Greedy cover of {5, 6}: long covers 2 for price 10 + 2000/500 = 14 (0.143 per unit);
    // short covers 1 for 2.6 (0.385) → short first, then long for 6; short becomes redundant.
    expect(x.trainingPlan).toEqual({
      trainingIds: ['long'],
      totalWeeks: 10,
      totalCost: 2000,
      coveredSkillIds: [5, 6],
    });
    expect(x.missing.learnable).toEqual([
      {
        skillId: 4,
        importance: 'essential',
        route: 'on-the-job',
        trainingIds: [],
        inPlan: false,
        scoreCredit: 0.4,
      },
      {
        skillId: 5,
        importance: 'essential',
        route: 'training',
        trainingIds: ['long'],
        inPlan: true,
        scoreCredit: 0.25,
      },
      {
        skillId: 6,
        importance: 'essential',
        route: 'training',
        trainingIds: ['long'],
        inPlan: true,
        scoreCredit: 0.25,
      },
      {
        skillId: 8,
        importance: 'optional',
        route: 'training',
        trainingIds: ['extra'],
        inPlan: false,
        scoreCredit: 0.25,
      },
    ]);
    expect(x.missing.blocking).toEqual([]);
    expect(x.missing.optionalWithoutRoute).toEqual([{ skillId: 9 }]);
    expect(x.readiness).toBe('after-training');
    expect(x.trainingWeeks).toBe(10);
    // earned 3·0.8 + 3·0.27 + 3·0.4 + 3·0.25 + 3·0.25 + 0.25 + 0 = 6.16 of 17 → 36.2
    expect(x.earnedWeight).toBe(6.16);
    expect(x.score).toBe(36.2);
    expect(x.excludedBy).toBeNull();
  });

  it('agrees with the ranked summary, to the decimal', () => {
    const e = world();
    const [r] = e.topVacanciesForCandidate('cand-1', 1, { explain: true });
    expect(r?.score).toBe(r?.explanation?.score);
    expect(r?.readiness).toBe('after-training');
    expect(r?.trainingWeeks).toBe(10);
    const [c] = e.topCandidatesForVacancy('vac-1', 1);
    expect(c?.score).toBe(r?.score);
  });
});

describe('readiness', () => {
  it('is direct when only on-the-job essentials are missing', () => {
    const e = new MatchingEngine();
    e.upsertVacancy(aVacancy({ requirements: [ess(1), ess(2, 1, true), opt(3)] }));
    e.upsertCandidate(aCandidate());
    expect(e.explain('cand-1', 'vac-1')).toMatchObject({ readiness: 'direct', trainingWeeks: 0 });
  });

  it('is not-now when an essential has no route, and says which', () => {
    const e = new MatchingEngine();
    e.upsertTraining({ id: 't', skillIds: [2], weeks: 3, cost: 0 });
    e.upsertVacancy(aVacancy({ requirements: [ess(1), ess(2), ess(3)] }));
    e.upsertCandidate(aCandidate());
    const x = e.explain('cand-1', 'vac-1');
    expect(x.readiness).toBe('not-now');
    expect(x.trainingWeeks).toBe(0);
    expect(x.missing.blocking).toEqual([{ skillId: 3 }]);
    expect(x.trainingPlan.trainingIds).toEqual(['t']); // still shown: it closes part of the gap
  });

  it('follows the catalogue: adding a training turns not-now into after-training', () => {
    const e = new MatchingEngine();
    e.upsertVacancy(aVacancy({ requirements: [ess(1), ess(2)] }));
    e.upsertCandidate(aCandidate());
    expect(e.topVacanciesForCandidate('cand-1', 1)[0]).toMatchObject({
      readiness: 'not-now',
      score: 50,
    });
    e.upsertTraining({ id: 't', skillIds: [2], weeks: 3, cost: 0 });
    expect(e.topVacanciesForCandidate('cand-1', 1)[0]).toMatchObject({
      readiness: 'after-training',
      trainingWeeks: 3,
      score: 62.5,
    });
    e.removeTraining('t');
    expect(e.topVacanciesForCandidate('cand-1', 1)[0]).toMatchObject({
      readiness: 'not-now',
      score: 50,
    });
  });
});
