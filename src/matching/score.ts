/**
 * THE score formula. Every weight lives here, so the explanation, the tests and the README
 * describe one thing.
 *
 *   score = 100 × Σ_r weight_r × fit_r  /  Σ_r weight_r          (one decimal)
 *
 *   weight_r = 3 for an essential requirement, 1 for an optional one
 *
 *   fit_r    = max(held_r, learnable_r)
 *   held_r   = best over the candidate's skills s of
 *                relation(s, r) × levelFactor(level_s, minLevel_r) × evidenceFactor(evidence_s)
 *   relation = 1.0  the same skill
 *              0.8  s is narrower than r (r is a broader skill of s: "Java" for "programming")
 *              0.5  s is broader than r (s is a broader skill of r)
 *              0.3  siblings: s and r share a broader skill that has at most 30 narrower ones
 *                   (a bigger group says little about relatedness)
 *   levelFactor    = 1 − 0.2 × max(0, minLevel − level)    (1 level short: 0.8, 3 short: 0.4)
 *   evidenceFactor = 0.9 for self-declared, 1.0 for coach-verified, test or certificate
 *   learnable_r    = 0.4 if the employer marks r learnable on the job,
 *                    0.25 if a catalogue training teaches r,
 *                    0   otherwise (blocking when essential)
 *
 * Coverage (what the UI shows as "you have 7 of 9"): essentialCoverage = mean held_r over the
 * essential requirements, optionalCoverage likewise (held credit only; learnability excluded).
 * A vacancy without requirements scores 0: there is nothing to judge fit on.
 *
 * Readiness: `not-now` if any essential r has held_r = 0, is not learnable on the job and no
 * training teaches it; else `after-training` if an essential r with held_r = 0 needs a training;
 * else `direct`. A related or below-level essential counts as held (it earned credit).
 *
 * Constraints (distance, hours, salary, start date, contract type, sector) never change the
 * score: they exclude a pair (see constraints.ts).
 */

import type { Evidence, Importance, Relation, SkillLevel } from './types.ts';

export const ESSENTIAL_WEIGHT = 3;
export const OPTIONAL_WEIGHT = 1;

export const RELATION_CREDIT: Readonly<Record<Relation | 'exact', number>> = {
  exact: 1,
  'holds-narrower': 0.8,
  'holds-broader': 0.5,
  sibling: 0.3,
};

/** A broader skill with more narrower skills than this does not make them siblings. */
export const MAX_SIBLING_GROUP = 30;

export const LEVEL_STEP_PENALTY = 0.2;

export const EVIDENCE_FACTOR: Readonly<Record<Evidence, number>> = {
  self: 0.9,
  coach_verified: 1,
  test: 1,
  certificate: 1,
};

export const ON_THE_JOB_CREDIT = 0.4;
export const TRAINING_CREDIT = 0.25;

/** Euros that weigh as much as one week when choosing trainings (training-cover.ts). */
export const EUROS_PER_WEEK = 500;

export const EVIDENCE_CODES: readonly Evidence[] = [
  'self',
  'coach_verified',
  'test',
  'certificate',
];

export function importanceWeight(importance: Importance): number {
  return importance === 'essential' ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT;
}

export function levelFactor(level: number, minLevel: number): number {
  const short = minLevel - level;
  return short > 0 ? 1 - LEVEL_STEP_PENALTY * short : 1;
}

/**
 * Held credit of one candidate skill for one requirement. Rounded to float32 because the fast
 * path stores credits in a Float32Array: explanation and ranking must agree to the last bit.
 */
export function heldCredit(
  relationCredit: number,
  evidenceFactor: number,
  level: SkillLevel | number,
  minLevel: SkillLevel | number,
): number {
  return Math.fround(relationCredit * evidenceFactor * levelFactor(level, minLevel));
}

export function learnableCredit(learnableOnTheJob: boolean, trainable: boolean): number {
  if (learnableOnTheJob) return ON_THE_JOB_CREDIT;
  return trainable ? TRAINING_CREDIT : 0;
}

/** 0..1 fit → 0–100 with one decimal. */
export function toScore(fit: number): number {
  return Math.round(fit * 1000) / 10;
}

export function roundShare(x: number): number {
  return Math.round(x * 1000) / 1000;
}
