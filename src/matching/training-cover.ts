/**
 * Which trainings close a skill gap: greedy weighted set cover.
 *
 * Each step picks the training with the most still-missing skills per unit of price, where
 * price = weeks + cost / EUROS_PER_WEEK (time out of work matters most to someone whose job is
 * disappearing; money counts too). Ties: more skills covered, then lower price, then id. Greedy
 * is within a factor ln(n) of the cheapest cover, and n is small (the missing skills of one pair),
 * and the result is easy to explain ("this course teaches 3 of your 4 missing skills").
 * Afterwards trainings made redundant by later picks are dropped, most expensive first.
 *
 * Trainings are taken one after another (a person follows one course at a time, and most
 * providers run full-time blocks), so total weeks = SUM of weeks, total cost = SUM of costs.
 */

import { EUROS_PER_WEEK } from './score.ts';

export interface TrainingRecord {
  slot: number;
  id: string;
  skillIds: Int32Array;
  weeks: number;
  cost: number;
}

export interface CoverResult {
  trainings: TrainingRecord[];
  totalWeeks: number;
  totalCost: number;
  covered: number[];
  /** Needed skills no training teaches. */
  uncovered: number[];
}

export function trainingPrice(t: TrainingRecord): number {
  // A free zero-week training still costs a little, so "cover per price" stays finite.
  return Math.max(t.weeks + t.cost / EUROS_PER_WEEK, 1e-6);
}

/** Needed skills are few (one pair's gap), so small arrays beat Sets here. */
function countNew(t: TrainingRecord, open: number[]): number {
  let n = 0;
  for (const s of t.skillIds) if (open.includes(s)) n++;
  return n;
}

export function greedyTrainingCover(
  needed: readonly number[],
  teaching: (skillId: number) => readonly TrainingRecord[],
): CoverResult {
  const open: number[] = [];
  const uncovered: number[] = [];
  const pool: TrainingRecord[] = [];
  for (const s of needed) {
    if (open.includes(s) || uncovered.includes(s)) continue;
    const ts = teaching(s);
    if (ts.length === 0) {
      uncovered.push(s);
      continue;
    }
    open.push(s);
    for (const t of ts) if (!pool.includes(t)) pool.push(t);
  }
  const covered = [...open];
  const chosen: TrainingRecord[] = [];
  while (open.length > 0) {
    let best: TrainingRecord | undefined;
    let bestGain = 0;
    let bestRatio = -1;
    for (const t of pool) {
      const gain = countNew(t, open);
      if (gain === 0) continue;
      const ratio = gain / trainingPrice(t);
      if (
        best === undefined ||
        ratio > bestRatio ||
        (ratio === bestRatio && isBetterTie(t, gain, best, bestGain))
      ) {
        best = t;
        bestGain = gain;
        bestRatio = ratio;
      }
    }
    if (best === undefined) break; // cannot happen: every open skill has a teacher in the pool
    chosen.push(best);
    pool.splice(pool.indexOf(best), 1);
    for (const s of best.skillIds) {
      const i = open.indexOf(s);
      if (i >= 0) open.splice(i, 1);
    }
  }
  const plan = dropRedundant(chosen, covered);
  let totalWeeks = 0;
  let totalCost = 0;
  for (const t of plan) {
    totalWeeks += t.weeks;
    totalCost += t.cost;
  }
  return { trainings: plan, totalWeeks, totalCost, covered, uncovered };
}

function isBetterTie(
  t: TrainingRecord,
  gain: number,
  best: TrainingRecord,
  bestGain: number,
): boolean {
  if (gain !== bestGain) return gain > bestGain;
  const p = trainingPrice(t);
  const q = trainingPrice(best);
  if (p !== q) return p < q;
  return t.id < best.id;
}

/** Drops a chosen training when the others still cover every needed skill it covers. */
function dropRedundant(chosen: TrainingRecord[], needed: readonly number[]): TrainingRecord[] {
  if (chosen.length < 2) return chosen;
  let plan = chosen;
  const byPriceDesc = [...chosen].sort(
    (a, b) => trainingPrice(b) - trainingPrice(a) || (a.id < b.id ? -1 : 1),
  );
  for (const candidate of byPriceDesc) {
    const others = plan.filter((t) => t !== candidate);
    const redundant = needed.every(
      (s) => !candidate.skillIds.includes(s) || others.some((t) => t.skillIds.includes(s)),
    );
    if (redundant) plan = others;
  }
  return plan;
}
