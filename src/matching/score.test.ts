import { describe, expect, it } from 'vitest';
import { MatchingEngine } from './engine.ts';
import { aCandidate, aVacancy, ess, has, opt } from './test-factories.ts';

/**
 * Hand-computed scores. Hierarchy used below:
 *   10 ⊃ {11, 12}   (11 and 12 are siblings, both narrower than 10)
 *   20 ⊃ {21}
 */
function engine(): MatchingEngine {
  const e = new MatchingEngine();
  e.setSkillHierarchy([
    { skillId: 11, broaderId: 10 },
    { skillId: 12, broaderId: 10 },
    { skillId: 21, broaderId: 20 },
  ]);
  return e;
}

describe('score formula (hand-computed)', () => {
  it('combines exact, level, evidence, related, on-the-job, training and no-route credits', () => {
    const e = engine();
    e.upsertTraining({ id: 't-31', skillIds: [31], weeks: 4, cost: 800 });
    e.upsertVacancy(
      aVacancy({
        requirements: [
          ess(1, 2), //          has 1 @3 certificate         → 1.0
          ess(2, 3), //          has 2 @2 self: 0.8 × 0.9     → 0.72
          ess(21), //            has 20 (broader of 21) @4     → 0.5
          opt(11), //            has 12 (sibling of 11)        → 0.3
          opt(30, 1, true), //   missing, learnable on the job → 0.4
          opt(31), //            missing, training t-31        → 0.25
          opt(32), //            missing, no route             → 0
        ],
      }),
    );
    e.upsertCandidate(
      aCandidate({
        skills: [
          has(1, 3, 'certificate'),
          has(2, 2, 'self'),
          has(20, 4, 'coach_verified'),
          has(12, 4, 'test'),
        ],
      }),
    );
    // weights 3+3+3+1+1+1+1 = 13
    // earned = 3·1 + 3·0.72 + 3·0.5 + 0.3 + 0.4 + 0.25 + 0 = 7.61 → 7.61 / 13 = 0.58538… → 58.5
    // essential coverage (1 + 0.72 + 0.5) / 3 = 0.74; optional (0.3 + 0 + 0 + 0) / 4 = 0.075
    const x = e.explain('cand-1', 'vac-1');
    expect(x.score).toBe(58.5);
    expect(x.essentialCoverage).toBe(0.74);
    expect(x.optionalCoverage).toBe(0.075);
    expect(x.totalWeight).toBe(13);
    expect(x.earnedWeight).toBe(7.61);
    expect(x.readiness).toBe('direct');
    const [top] = e.topVacanciesForCandidate('cand-1', 5);
    expect(top?.score).toBe(58.5);
  });

  it('gives a narrower skill 0.8, reduced by level (−0.2 per level) and self evidence (×0.9)', () => {
    const e = engine();
    e.upsertVacancy(aVacancy({ id: 'v-a', requirements: [ess(10)] }));
    e.upsertVacancy(aVacancy({ id: 'v-b', requirements: [ess(10, 4)] }));
    e.upsertCandidate(aCandidate({ id: 'cert', skills: [has(11, 2, 'certificate')] }));
    e.upsertCandidate(aCandidate({ id: 'self', skills: [has(11, 2, 'self')] }));
    expect(e.explain('cert', 'v-a').score).toBe(80); // 0.8
    expect(e.explain('cert', 'v-b').score).toBe(48); // 0.8 × (1 − 0.2·2) = 0.48
    expect(e.explain('self', 'v-b').score).toBe(43.2); // 0.8 × 0.6 × 0.9 = 0.432
    const m = e.explain('self', 'v-b').matched[0];
    expect(m).toMatchObject({
      kind: 'related',
      relation: 'holds-narrower',
      viaSkillId: 11,
      credit: 0.432,
    });
  });

  it('makes a missing learnable skill cost less than a blocking one (on the job < training < blocking)', () => {
    const e = engine();
    e.upsertTraining({ id: 't-2', skillIds: [2], weeks: 6, cost: 0 });
    e.upsertVacancy(aVacancy({ id: 'blocking', requirements: [ess(1), ess(3)] }));
    e.upsertVacancy(aVacancy({ id: 'on-job', requirements: [ess(1), ess(3, 1, true)] }));
    e.upsertVacancy(aVacancy({ id: 'training', requirements: [ess(1), ess(2)] }));
    e.upsertCandidate(aCandidate({ skills: [has(1)] }));
    // (3·1 + 3·0) / 6 = 0.5;  (3 + 3·0.4) / 6 = 0.7;  (3 + 3·0.25) / 6 = 0.625
    expect(e.explain('cand-1', 'blocking')).toMatchObject({ score: 50, readiness: 'not-now' });
    expect(e.explain('cand-1', 'on-job')).toMatchObject({ score: 70, readiness: 'direct' });
    expect(e.explain('cand-1', 'training')).toMatchObject({
      score: 62.5,
      readiness: 'after-training',
      trainingWeeks: 6,
    });
    expect(e.topVacanciesForCandidate('cand-1', 3).map((r) => r.vacancyId)).toEqual([
      'on-job',
      'training',
      'blocking',
    ]);
  });

  it('weighs an essential requirement three times an optional one', () => {
    const e = engine();
    e.upsertVacancy(aVacancy({ requirements: [ess(1), opt(2)] }));
    e.upsertCandidate(aCandidate({ id: 'has-essential', skills: [has(1)] }));
    e.upsertCandidate(aCandidate({ id: 'has-optional', skills: [has(2)] }));
    expect(e.explain('has-essential', 'vac-1').score).toBe(75); // 3 / 4
    expect(e.explain('has-optional', 'vac-1').score).toBe(25); // 1 / 4
  });

  it('gives a broader skill 0.5 and no credit to siblings in a group of more than 30', () => {
    const e = new MatchingEngine();
    const edges = [{ skillId: 1, broaderId: 100 }];
    for (let s = 200; s < 231; s++) edges.push({ skillId: s, broaderId: 300 }); // 31 children
    e.setSkillHierarchy(edges);
    e.upsertVacancy(aVacancy({ id: 'narrow', requirements: [ess(1)] }));
    e.upsertVacancy(aVacancy({ id: 'big-group', requirements: [ess(200)] }));
    e.upsertCandidate(aCandidate({ skills: [has(100), has(201)] }));
    expect(e.explain('cand-1', 'narrow').score).toBe(50);
    expect(e.explain('cand-1', 'big-group').score).toBe(0);
  });

  it('scores a vacancy without requirements 0 and leaves it out of rankings', () => {
    const e = engine();
    e.upsertVacancy(aVacancy({ requirements: [] }));
    e.upsertCandidate(aCandidate());
    expect(e.explain('cand-1', 'vac-1').score).toBe(0);
    expect(e.topVacanciesForCandidate('cand-1', 5)).toEqual([]);
  });
});
