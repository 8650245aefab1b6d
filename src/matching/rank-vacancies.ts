/**
 * Top-k vacancies for one candidate.
 *
 * 1. Load the candidate's skills, expanded through the hierarchy, into HeldSkills.
 * 2. Start a Float32Array from every vacancy's baseline (learnable credit alone), walk the
 *    postings of every touched skill and add weight × (what the skill earns above the
 *    requirement's learnable credit). The result is the fit, used as the bound for step 3.
 * 3. thresholdRank: one scan keeps the best few by bound among those passing the constraints
 *    (checked only for vacancies whose bound beats the running cut), then exact scores in bound
 *    order until no unseen vacancy can enter the top-k.
 * 4. Readiness and training weeks for the k results only.
 */

import type { EngineCore } from './core.ts';
import { evaluateSet, trainingNeeds } from './evaluate.ts';
import { ESSENTIAL_WEIGHT, ON_THE_JOB_CREDIT, OPTIONAL_WEIGHT, TRAINING_CREDIT } from './score.ts';
import { thresholdRank } from './threshold-rank.ts';
import type { SlotSubset } from './threshold-rank.ts';
import type { Readiness } from './types.ts';

export interface RankOptions {
  /** Only these vacancies (group placement over a given set). */
  subset?: SlotSubset | null;
  /** Compute training weeks for after-training results (default true). */
  withWeeks?: boolean;
  /** Leave out pairs with a blocking essential gap (group placement). */
  skipNotNow?: boolean;
}

export interface RankedSlot {
  slot: number;
  fit: number;
  essentialCoverage: number;
  optionalCoverage: number;
  readiness: Readiness;
  trainingWeeks: number;
}

export function rankVacanciesForCandidate(
  core: EngineCore,
  c: number,
  k: number,
  opts: RankOptions = {},
): RankedSlot[] {
  const vac = core.vacancies;
  const highWater = vac.slots.highWater;
  if (k <= 0 || highWater === 0) return [];
  core.loadCandidate(c);
  const acc = core.accumulatorFrom(vac.sets.baseline, highWater);
  accumulate(core, acc);

  const best = core.best;
  best.reset(k, (a, b) => vac.slots.compareIds(a, b));
  const pair = core.pair;
  const held = core.held;
  const teach = core.teachCount;
  const skipNotNow = opts.skipNotNow === true;
  const filter = core.filter.load(core.candidates, c);
  thresholdRank(
    {
      highWater,
      acc,
      offset: 0,
      subset: opts.subset ?? null,
    },
    best,
    core.batch,
    core.stamps(highWater),
    (v) => filter.passes(vac, v),
    (v) => {
      const fit = evaluateSet(vac.sets, v, held, teach, pair);
      if (fit <= 0 || (skipNotNow && pair.blocking > 0)) return;
      best.push(fit, v);
    },
    // The bound is the fit itself: a few beyond k absorb zero fits and float ties.
    skipNotNow ? 4 * k + 16 : k + 4,
  );
  const n = best.drainSorted();
  const out: RankedSlot[] = [];
  for (let i = 0; i < n; i++) {
    const v = best.items[i] ?? 0;
    evaluateSet(vac.sets, v, held, teach, pair);
    out.push(summarise(core, v, pair.fit, vac.sets, opts.withWeeks !== false));
  }
  return out;
}

/** Shared by both directions: readiness + weeks need the loaded HeldSkills of the pair. */
export function summarise(
  core: EngineCore,
  setSlot: number,
  fit: number,
  sets: EngineCore['vacancies']['sets'],
  withWeeks = true,
): RankedSlot {
  const pair = core.pair;
  const readiness = pair.readiness;
  let trainingWeeks = 0;
  if (readiness === 'after-training' && withWeeks) {
    trainingWeeks = core.cover(trainingNeeds(sets, setSlot, core.held, core.teachCount)).totalWeeks;
  }
  return {
    slot: setSlot,
    fit,
    essentialCoverage: pair.essentialCoverage,
    optionalCoverage: pair.optionalCoverage,
    readiness,
    trainingWeeks,
  };
}

/**
 * acc[v] += importance_r × max(0, held_r − learnable_r) / total_v for each requirement r of v,
 * on top of v's baseline. Each requirement has one skill, so it is reached through exactly one
 * posting, and the posting's flag (essential, on the job, minimum level, total weight) picks the
 * exact term from two small tables: acc ends as the exact fit (up to float32 rounding), which
 * lets the threshold stop after very few exact checks.
 */
function accumulate(core: EngineCore, acc: Float32Array): void {
  const held = core.held;
  const sets = core.vacancies.sets;
  const postings = sets.postings;
  const invTotal = sets.invTotal;
  const teach = core.teachCount;
  const c4 = held.credit4;
  const delta = DELTA;
  const arena = postings.arena;
  for (let i = 0; i < held.nTouched; i++) {
    const t = held.touched[i] ?? 0;
    const n = postings.length(t);
    if (n === 0) continue;
    const learn = (teach[t] ?? 0) > 0 ? TRAIN_CREDIT : 0;
    let any = false;
    for (let f = 0; f < 16; f++) {
      const h = c4[t * 4 + ((f >> 1) & 3)] ?? 0;
      const l = f & 1 ? ON_JOB_CREDIT : learn;
      const d = h > l ? (f & 8 ? W_ESSENTIAL : W_OPTIONAL) * (h - l) : 0;
      delta[f] = d;
      if (d > 0) any = true;
    }
    if (!any) continue;
    // The hottest loop of the engine (~40,000 postings per query). Branch-light (adding a zero
    // is cheaper than testing for it); `!` since indices are in bounds by construction
    // (j < arena use, slot < highWater ≤ acc.length, table indices < 16 and < 256).
    const from = postings.start(t);
    for (let j = from; j < from + n; j++) {
      const p = arena[j]!;
      const v = p >>> 12;
      const total = (p >>> 4) & 255;
      acc[v] = acc[v]! + delta[p & 15]! * (total !== 0 ? INV_TOTAL[total]! : invTotal[v]!);
    }
  }
}

/** Per-flag credit above the learnable credit, for the skill being walked (scratch). */
const DELTA = new Float64Array(16);
/** 1 / T for the total weight carried in a posting (0 = "look it up": T > 255). */
const INV_TOTAL = Float64Array.from({ length: 256 }, (_, t) => (t === 0 ? 0 : 1 / t));
// Module-local copies: hot loops should not go through imported bindings.
const ON_JOB_CREDIT = ON_THE_JOB_CREDIT;
const TRAIN_CREDIT = TRAINING_CREDIT;
const W_ESSENTIAL = ESSENTIAL_WEIGHT;
const W_OPTIONAL = OPTIONAL_WEIGHT;
