import { workingOutcomes, type OutcomeKind } from './vocabularies.ts';

/** An event as read from the events table (only what the tally needs). */
export interface TallyEvent {
  type: string;
  subjectType: string;
  subjectId: string;
  occurredAt: Date;
  data: Record<string, unknown>;
}

/**
 * Where everyone stands at a date, computed from the event log alone (event-types.ts), in the
 * categories of the pilot report (shared/seeds/003…, figure 12): left (stopped, never started,
 * stayed with their own employer or closed without outcome), new job, work with training,
 * training, still in mediation. 12-month outcomes that were not measured stay unknown.
 */
export interface OutcomeTally {
  asOf: string;
  started: number;
  startedByYear: Record<string, number>;
  left: number;
  droppedOut: number;
  stayedWithEmployer: number;
  closedWithoutOutcome: number;
  /** Started and not left: the base of the pilot's 64 %. */
  continued: number;
  /** Working outcomes other than work-and-training (new job, self-employed, secondment, …). */
  newJob: number;
  selfEmployed: number;
  permanentContract: number;
  workAndTraining: number;
  training: number;
  inMediation: number;
  working: number;
  workingInAnotherSector: number;
  /** work + work-and-training + training, and its share of `continued` (0–1). */
  toWorkOrTraining: number;
  shareToWorkOrTraining: number | null;
  /** Outcome at 12 months of those working: measured at work, measured not at work, unknown. */
  twelveMonths: { atWork: number; notAtWork: number; unknown: number };
}

interface TrajectoryState {
  startedAt: Date | null;
  droppedOut: boolean;
  closed: boolean;
  outcome: OutcomeKind | null;
  sameSector: boolean | null;
  contractType: string | null;
  twelveMonthAtWork: boolean | null | undefined;
}

const emptyState = (): TrajectoryState => ({
  startedAt: null,
  droppedOut: false,
  closed: false,
  outcome: null,
  sameSector: null,
  contractType: null,
  twelveMonthAtWork: undefined,
});

function apply(state: TrajectoryState, e: TallyEvent): void {
  switch (e.type) {
    case 'trajectory.started':
      state.startedAt = e.occurredAt;
      break;
    case 'trajectory.dropped_out':
      state.droppedOut = true;
      break;
    case 'trajectory.reentered':
      state.droppedOut = false;
      break;
    case 'trajectory.closed':
      state.closed = true;
      break;
    case 'trajectory.outcome_recorded':
      state.outcome = e.data.outcome as OutcomeKind;
      state.sameSector = (e.data.sameSectorAsBefore as boolean | null | undefined) ?? null;
      state.contractType = (e.data.contractType as string | null | undefined) ?? null;
      break;
    case 'placement.checked':
      if (e.data.months === 12) state.twelveMonthAtWork = e.data.atWork as boolean | null;
      break;
  }
}

/** The tally at `asOf` (inclusive) from any list of events; other subjects are ignored. */
export function tallyOutcomes(events: readonly TallyEvent[], asOf: Date): OutcomeTally {
  const states = new Map<string, TrajectoryState>();
  const ordered = events
    .filter((e) => e.subjectType === 'trajectory' && e.occurredAt.getTime() <= asOf.getTime())
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (const e of ordered) {
    let state = states.get(e.subjectId);
    if (!state) states.set(e.subjectId, (state = emptyState()));
    apply(state, e);
  }
  const tally: OutcomeTally = {
    asOf: asOf.toISOString(),
    started: 0,
    startedByYear: {},
    left: 0,
    droppedOut: 0,
    stayedWithEmployer: 0,
    closedWithoutOutcome: 0,
    continued: 0,
    newJob: 0,
    selfEmployed: 0,
    permanentContract: 0,
    workAndTraining: 0,
    training: 0,
    inMediation: 0,
    working: 0,
    workingInAnotherSector: 0,
    toWorkOrTraining: 0,
    shareToWorkOrTraining: null,
    twelveMonths: { atWork: 0, notAtWork: 0, unknown: 0 },
  };
  for (const s of states.values()) {
    if (!s.startedAt) continue;
    tally.started++;
    const year = String(s.startedAt.getUTCFullYear());
    tally.startedByYear[year] = (tally.startedByYear[year] ?? 0) + 1;
    if (s.droppedOut) {
      tally.left++;
      tally.droppedOut++;
      continue;
    }
    if (s.outcome === 'stayed_with_employer') {
      tally.left++;
      tally.stayedWithEmployer++;
      continue;
    }
    if (s.closed && s.outcome === null) {
      tally.left++;
      tally.closedWithoutOutcome++;
      continue;
    }
    tally.continued++;
    if (s.outcome === null) tally.inMediation++;
    else if (s.outcome === 'training') tally.training++;
    else if (s.outcome === 'work_and_training') tally.workAndTraining++;
    else if (workingOutcomes.includes(s.outcome)) {
      tally.newJob++;
      if (s.outcome === 'self_employed') tally.selfEmployed++;
    }
    const working = s.outcome !== null && workingOutcomes.includes(s.outcome);
    if (working) {
      tally.working++;
      if (s.sameSector === false) tally.workingInAnotherSector++;
      if (s.contractType === 'permanent') tally.permanentContract++;
      if (s.twelveMonthAtWork === true) tally.twelveMonths.atWork++;
      else if (s.twelveMonthAtWork === false) tally.twelveMonths.notAtWork++;
      else tally.twelveMonths.unknown++;
    }
  }
  tally.toWorkOrTraining = tally.working + tally.training;
  tally.shareToWorkOrTraining =
    tally.continued === 0 ? null : tally.toWorkOrTraining / tally.continued;
  return tally;
}
