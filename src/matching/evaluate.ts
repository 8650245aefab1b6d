/**
 * Exact score of one requirement set against the loaded HeldSkills: the formula of score.ts in
 * a tight loop (one array read per requirement, no allocation). explain.ts does the same sums in
 * the same order with objects, so a ranked score and its explanation agree exactly.
 */

import type { HeldSkills } from './held-skills.ts';
import { META_ESSENTIAL, META_ON_THE_JOB } from './requirement-sets.ts';
import type { RequirementSets } from './requirement-sets.ts';
import { ESSENTIAL_WEIGHT, ON_THE_JOB_CREDIT, OPTIONAL_WEIGHT, TRAINING_CREDIT } from './score.ts';
import type { Readiness } from './types.ts';

export class PairEval {
  /** 0..1; score = 100 × fit. */
  fit = 0;
  essentialCoverage = 0;
  optionalCoverage = 0;
  /** Essentials missing with no route at all. */
  blocking = 0;
  /** Essentials missing that only a training closes. */
  trainingNeeded = 0;

  get readiness(): Readiness {
    if (this.blocking > 0) return 'not-now';
    return this.trainingNeeded > 0 ? 'after-training' : 'direct';
  }
}

export function evaluateSet(
  sets: RequirementSets,
  slot: number,
  held: HeldSkills,
  teachCount: Int32Array,
  out: PairEval,
): number {
  const start = sets.start[slot] ?? 0;
  const end = start + (sets.count[slot] ?? 0);
  const reqSkill = sets.reqSkill;
  const reqMeta = sets.reqMeta;
  const c4 = held.credit4;
  let earned = 0;
  let essHeld = 0;
  let nEss = 0;
  let optHeld = 0;
  let nOpt = 0;
  let blocking = 0;
  let training = 0;
  for (let i = start; i < end; i++) {
    const meta = reqMeta[i] ?? 0;
    const skill = reqSkill[i] ?? 0;
    const h = c4[skill * 4 + ((meta >> 2) & 3)] ?? 0;
    const onJob = (meta & ON_JOB) !== 0;
    const trainable = (teachCount[skill] ?? 0) > 0;
    const l = onJob ? ON_JOB_CREDIT : trainable ? TRAIN_CREDIT : 0;
    const f = h > l ? h : l;
    if (meta & ESSENTIAL) {
      earned += W_ESSENTIAL * f;
      nEss++;
      essHeld += h;
      if (h === 0 && !onJob) {
        if (trainable) training++;
        else blocking++;
      }
    } else {
      earned += W_OPTIONAL * f;
      nOpt++;
      optHeld += h;
    }
  }
  const total = sets.totalWeight[slot] ?? 0;
  out.fit = total > 0 ? earned / total : 0;
  // Nothing required of a kind = fully covered (the UI shows "all essentials present").
  out.essentialCoverage = nEss > 0 ? essHeld / nEss : 1;
  out.optionalCoverage = nOpt > 0 ? optHeld / nOpt : 1;
  out.blocking = blocking;
  out.trainingNeeded = training;
  return out.fit;
}

// Module-local copies: hot loops should not go through imported bindings.
const ESSENTIAL = META_ESSENTIAL;
const ON_JOB = META_ON_THE_JOB;
const W_ESSENTIAL = ESSENTIAL_WEIGHT;
const W_OPTIONAL = OPTIONAL_WEIGHT;
const ON_JOB_CREDIT = ON_THE_JOB_CREDIT;
const TRAIN_CREDIT = TRAINING_CREDIT;

/** Skill ids of the essential requirements that are missing and need a training. */
export function trainingNeeds(
  sets: RequirementSets,
  slot: number,
  held: HeldSkills,
  teachCount: Int32Array,
): number[] {
  const needs: number[] = [];
  const start = sets.start[slot] ?? 0;
  const end = start + (sets.count[slot] ?? 0);
  for (let i = start; i < end; i++) {
    const meta = sets.reqMeta[i] ?? 0;
    const skill = sets.reqSkill[i] ?? 0;
    if (!(meta & META_ESSENTIAL) || meta & META_ON_THE_JOB) continue;
    if (held.credit(skill, ((meta >> 2) & 3) + 1) > 0) continue;
    if ((teachCount[skill] ?? 0) > 0) needs.push(skill);
  }
  return needs;
}
