import { describe, expect, it } from 'vitest';
import { MatchingEngine } from './engine.ts';
import { aCandidate, aVacancy, ess, has } from './test-factories.ts';

function occupations(): MatchingEngine {
  const e = new MatchingEngine();
  e.setSkillHierarchy([
    { skillId: 11, broaderId: 10 },
    { skillId: 12, broaderId: 10 },
  ]);
  e.upsertTraining({ id: 'hygiene', skillIds: [7], weeks: 4, cost: 600 });
  // Source: cook (1, 2, 3, 11). Targets differ in how much of their essentials a cook brings.
  e.upsertOccupation({ id: 'cook', essentialSkillIds: [1, 2, 3, 11], optionalSkillIds: [5] });
  e.upsertOccupation({
    id: 'care-assistant',
    essentialSkillIds: [1, 2, 7, 8],
    optionalSkillIds: [],
  });
  e.upsertOccupation({
    id: 'canteen-worker',
    essentialSkillIds: [1, 2, 3, 12],
    optionalSkillIds: [9],
  });
  e.upsertOccupation({ id: 'programmer', essentialSkillIds: [20, 21], optionalSkillIds: [1] });
  return e;
}

describe('transition paths', () => {
  it('ranks targets by the share of their essentials the source covers, with what is missing', () => {
    const paths = occupations().transitionPaths('cook', 5);
    expect(paths).toEqual([
      {
        fromOccupationId: 'cook',
        toOccupationId: 'canteen-worker',
        essentialCoverage: 0.825, // (1 + 1 + 1 + 0.3 sibling 11→12) / 4
        exactShare: 0.75,
        missing: [],
        trainingPlan: { trainingIds: [], totalWeeks: 0, totalCost: 0, coveredSkillIds: [] },
      },
      {
        fromOccupationId: 'cook',
        toOccupationId: 'care-assistant',
        essentialCoverage: 0.5,
        exactShare: 0.5,
        missing: [
          { skillId: 7, trainable: true },
          { skillId: 8, trainable: false },
        ],
        trainingPlan: {
          trainingIds: ['hygiene'],
          totalWeeks: 4,
          totalCost: 600,
          coveredSkillIds: [7],
        },
      },
    ]);
  });
});

describe('opportunity occupations', () => {
  it('lists occupations with demand (shortage or open positions), not the current one, by fit', () => {
    const e = occupations();
    e.upsertOccupation({
      id: 'care-assistant',
      essentialSkillIds: [1, 2, 7, 8],
      optionalSkillIds: [],
      shortage: true,
    });
    e.upsertVacancy(
      aVacancy({
        id: 'canteen-job',
        occupationId: 'canteen-worker',
        requirements: [ess(1)],
        positions: 2,
      }),
    );
    e.upsertCandidate(
      aCandidate({ skills: [has(1), has(2), has(3), has(11)], currentOccupationId: 'cook' }),
    );
    const list = e.opportunityOccupations('cand-1', 5);
    expect(
      list.map((o) => [o.occupationId, o.score, o.openPositions, o.shortage, o.readiness]),
    ).toEqual([
      // canteen: (3+3+3+3·0.3 sibling + 0 optional) / (12 + 1) = 9.9 / 13 = 0.7615… → 76.2
      ['canteen-worker', 76.2, 2, false, 'direct'],
      // care: (3+3+3·0.25+0) / 12 = 0.5625 → 56.3; 8 is not taught anywhere → not-now
      ['care-assistant', 56.3, 0, true, 'not-now'],
    ]);
    expect(list[1]?.missingEssentialSkillIds).toEqual([7, 8]);
    e.removeVacancy('canteen-job');
    expect(e.opportunityOccupations('cand-1', 5).map((o) => o.occupationId)).toEqual([
      'care-assistant',
    ]);
  });
});
