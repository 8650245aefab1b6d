import type { Exclusion, MatchExplanation, TrainingPlan } from '../../matching/index.ts';
import type { ExplanationView, TrainingPlanView, TrainingRef } from './contracts.ts';
import type { Lookups } from './lookups.ts';

/** Skill and training ids an explanation names, to fetch their labels in one go. */
export function idsOfExplanation(e: MatchExplanation): {
  skillIds: number[];
  trainingIds: string[];
} {
  return {
    skillIds: [
      ...e.matched.flatMap((m) => [m.skillId, m.viaSkillId]),
      ...e.missing.learnable.map((l) => l.skillId),
      ...e.missing.blocking.map((b) => b.skillId),
      ...e.missing.optionalWithoutRoute.map((b) => b.skillId),
    ],
    trainingIds: [
      ...e.trainingPlan.trainingIds,
      ...e.missing.learnable.flatMap((l) => l.trainingIds),
    ],
  };
}

const trainingsOf = (ids: readonly string[], L: Lookups): TrainingRef[] =>
  ids.flatMap((id) => {
    const t = L.training(id);
    return t ? [t] : [];
  });

export function presentPlan(plan: TrainingPlan, L: Lookups): TrainingPlanView {
  return {
    trainings: trainingsOf(plan.trainingIds, L),
    totalWeeks: plan.totalWeeks,
    totalCostEur: plan.totalCost,
  };
}

/**
 * The constraint that rules a pair out, with the values compared. With `hideCandidateSide` (pseudonymous views),
 * the candidate's side (distance from home, minimum salary, wished sectors…) is left out.
 */
function presentExclusion(
  ex: Exclusion | null,
  hideCandidateSide: boolean,
): ExplanationView['excludedBy'] {
  if (!ex) return null;
  const { constraint, ...details } = ex;
  return { constraint, details: hideCandidateSide ? {} : details };
}

export function presentExplanation(
  e: MatchExplanation,
  L: Lookups,
  opts: { hideCandidateSide: boolean },
): ExplanationView {
  return {
    score: e.score,
    essentialCoverage: e.essentialCoverage,
    optionalCoverage: e.optionalCoverage,
    readiness: e.readiness,
    trainingWeeks: e.trainingWeeks,
    matched: e.matched.map((m) => ({
      skill: L.skill(m.skillId),
      importance: m.importance,
      kind: m.kind,
      via: L.skill(m.viaSkillId),
      relation: m.relation ?? null,
      candidateLevel: m.candidateLevel,
      minLevel: m.minLevel,
      evidence: m.evidence,
      credit: m.credit,
    })),
    learnable: e.missing.learnable.map((l) => ({
      skill: L.skill(l.skillId),
      importance: l.importance,
      route: l.route,
      trainings: trainingsOf(l.trainingIds, L),
      inPlan: l.inPlan,
    })),
    blocking: e.missing.blocking.map((b) => L.skill(b.skillId)),
    optionalWithoutRoute: e.missing.optionalWithoutRoute.map((b) => L.skill(b.skillId)),
    trainingPlan: presentPlan(e.trainingPlan, L),
    excludedBy: presentExclusion(e.excludedBy, opts.hideCandidateSide),
  };
}
