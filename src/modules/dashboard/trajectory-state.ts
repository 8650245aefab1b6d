import { workingOutcomes, type OutcomeKind } from '../trajectories/vocabularies.ts';
import type { PlacementFacts, TrajectoryFacts } from './facts.ts';

/**
 * Where a trajectory stands at a moment, in the categories of the pilot report — the same rules
 * as trajectories/outcome-tally.ts (a test holds the two together): left (dropped out, stayed
 * with their own employer, or closed without an outcome), or continued: in mediation (no outcome
 * yet), in training, work combined with training, or a new job (any other working outcome).
 */
export type HeadlineCategory =
  'left' | 'in_mediation' | 'training' | 'work_and_training' | 'new_job';

export interface TrajectoryState {
  category: HeadlineCategory;
  outcome: OutcomeKind | null;
  working: boolean;
  sameSector: boolean | null;
  sector: string | null;
  droppedOut: boolean;
  closed: boolean;
  /** The step entered last (also kept while dropped out or closed). */
  step: number | null;
  /** In one of the seven steps now: triaged, not dropped out, not closed. */
  inStep: boolean;
  triageGroup: number | null;
}

/** The last element of a time-ordered list at or before `at`. */
export function lastUpTo<T extends { at: number }>(list: readonly T[], at: number): T | null {
  let found: T | null = null;
  for (const x of list) {
    if (x.at > at) break;
    found = x;
  }
  return found;
}

export function stateAt(f: TrajectoryFacts, at: number): TrajectoryState | null {
  if (f.startedAt > at) return null;
  const lastDropout = lastUpTo(f.dropouts, at);
  let lastReentry = -Infinity;
  for (const r of f.reentries) if (r <= at) lastReentry = r;
  const droppedOut = lastDropout !== null && lastDropout.at > lastReentry;
  const closed = f.closed !== null && f.closed.at <= at;
  const outcome = lastUpTo(f.outcomes, at);
  const kind = outcome?.outcome ?? null;
  const working = kind !== null && workingOutcomes.includes(kind);
  let category: HeadlineCategory;
  if (droppedOut || kind === 'stayed_with_employer' || (closed && kind === null)) category = 'left';
  else if (kind === null) category = 'in_mediation';
  else if (kind === 'training') category = 'training';
  else if (kind === 'work_and_training') category = 'work_and_training';
  else if (working) category = 'new_job';
  else category = 'in_mediation';
  const step = lastUpTo(f.steps, at)?.step ?? null;
  return {
    category,
    outcome: kind,
    working: working && category !== 'left',
    sameSector: outcome?.sameSector ?? null,
    sector: outcome?.sector ?? null,
    droppedOut,
    closed,
    step,
    inStep: step !== null && !droppedOut && !closed,
    triageGroup: lastUpTo(f.triage, at)?.group ?? null,
  };
}

/** The first placement registered up to `at`: what "placed" and durability count. */
export const firstPlacement = (f: TrajectoryFacts, at: number): PlacementFacts | null =>
  f.placements.find((p) => p.at <= at) ?? null;

const DAY = 86_400_000;
const dateMs = (d: string): number => Date.parse(`${d}T00:00:00Z`);

export const daysBetween = (from: number, to: number): number =>
  Math.max(0, Math.round((to - from) / DAY));

/** Adds whole months to a 'YYYY-MM-DD' date (UTC), as ms. */
export function addMonthsMs(date: string, months: number): number {
  const d = new Date(dateMs(date));
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime();
}

/**
 * The outcome of a placement after `months` (6 or 12), as known at `at`:
 * - the measurement (placement.checked with that month) when it says yes or no;
 * - not at work when the placement ended before that many months had passed;
 * - otherwise unknown (not measured, measured as unknown, or not due yet). Unknown is not "no".
 */
export function outcomeAfter(
  p: PlacementFacts,
  months: number,
  at: number,
): { atWork: boolean | null; sameEmployer: boolean | null } {
  let check: PlacementFacts['checks'][number] | null = null;
  for (const c of p.checks) if (c.months === months && c.at <= at) check = c;
  if (check && check.atWork !== null) {
    return { atWork: check.atWork, sameEmployer: check.atWork ? check.sameEmployer : null };
  }
  if (p.ended && p.ended.at <= at && dateMs(p.ended.endedOn) < addMonthsMs(p.startDate, months)) {
    return { atWork: false, sameEmployer: null };
  }
  return { atWork: null, sameEmployer: null };
}

export const placementStartMs = (p: PlacementFacts): number => dateMs(p.startDate);
