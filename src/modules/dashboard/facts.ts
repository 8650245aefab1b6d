import type { OutcomeKind } from '../trajectories/vocabularies.ts';

/**
 * One trajectory as the dashboard sees it: the KPI-relevant events of the log, parsed and grouped
 * per trajectory (times in ms since the epoch). Nothing here is a stored figure: it is derived
 * from the `events` table only (event-types.ts) and can be rebuilt at any time. Keeping the times
 * lets every figure be computed "as of" any date (the end of a period, the previous period).
 */
export interface TrajectoryFacts {
  id: string;
  personId: string;
  startedAt: number;
  source: string;
  caseOrganisationId: string | null;
  releasingEmployerId: string | null;
  oldSector: string | null;
  triage: { at: number; group: number }[];
  steps: { at: number; step: number }[];
  dropouts: { at: number; step: number | null; reason: string }[];
  reentries: number[];
  outcomes: {
    at: number;
    outcome: OutcomeKind;
    sector: string | null;
    sameSector: boolean | null;
  }[];
  closed: { at: number; reason: string } | null;
  placements: PlacementFacts[];
  funding: { at: number; source: string; cents: number }[];
  activity: { at: number; kind: ActivityKind }[];
  /** Matching events (ombuigmarkten) the person was referred to. */
  matchingEventIds: string[];
}

export interface PlacementFacts {
  id: string;
  at: number;
  outcome: OutcomeKind;
  route: string;
  employerId: string | null;
  sector: string | null;
  sameSector: boolean | null;
  startDate: string;
  monthlySalary: number | null;
  monthlyIncomeBefore: number | null;
  ended: { at: number; endedOn: string } | null;
  checks: { at: number; months: number; atWork: boolean | null; sameEmployer: boolean | null }[];
}

export const activityKinds = [
  'match_proposed',
  'shadowing_planned',
  'shadowing_fit_yes',
  'shadowing_fit_doubt',
  'shadowing_fit_no',
  'selection_selected',
  'selection_not_selected',
  'conditional_contract_signed',
  'conditional_contract_met',
  'conditional_contract_dissolved',
  'training_started',
  'training_completed',
  'training_stopped',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** An event row as the loader reads it. */
export interface FactEvent {
  type: string;
  subjectId: string;
  occurredAt: Date | number;
  data: Record<string, unknown>;
}

/** The event types the dashboard reads (the loader selects only these). */
export const dashboardEventTypes = [
  'trajectory.started',
  'trajectory.triaged',
  'trajectory.step_entered',
  'trajectory.dropped_out',
  'trajectory.reentered',
  'trajectory.outcome_recorded',
  'trajectory.closed',
  'referral.proposed',
  'shadowing.planned',
  'shadowing.completed',
  'selection.decided',
  'conditional_contract.signed',
  'conditional_contract.condition_met',
  'conditional_contract.dissolved',
  'training.started',
  'training.completed',
  'training.stopped',
  'placement.registered',
  'placement.checked',
  'placement.ended',
  'funding.added',
  'funding.removed',
  'match.proposed',
] as const;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

function emptyFacts(id: string): TrajectoryFacts {
  return {
    id,
    personId: '',
    startedAt: Number.NaN,
    source: 'unknown',
    caseOrganisationId: null,
    releasingEmployerId: null,
    oldSector: null,
    triage: [],
    steps: [],
    dropouts: [],
    reentries: [],
    outcomes: [],
    closed: null,
    placements: [],
    funding: [],
    activity: [],
    matchingEventIds: [],
  };
}

const selectionKinds: Record<string, ActivityKind> = {
  selected: 'selection_selected',
  not_selected: 'selection_not_selected',
};

/** Applies one event (in time order) to the trajectory's facts. */
function apply(f: TrajectoryFacts, type: string, at: number, d: Record<string, unknown>): void {
  switch (type) {
    case 'trajectory.started':
      f.startedAt = at;
      f.personId = str(d.personId) ?? '';
      f.source = str(d.source) ?? 'unknown';
      f.caseOrganisationId = str(d.caseOrganisationId);
      f.releasingEmployerId = str(d.releasingEmployerId);
      f.oldSector = str(d.oldSector);
      break;
    case 'trajectory.triaged':
      f.triage.push({ at, group: num(d.group) ?? 0 });
      break;
    case 'trajectory.step_entered':
      f.steps.push({ at, step: num(d.step) ?? 0 });
      break;
    case 'trajectory.dropped_out':
      f.dropouts.push({ at, step: num(d.step), reason: str(d.reason) ?? 'other' });
      break;
    case 'trajectory.reentered':
      f.reentries.push(at);
      break;
    case 'trajectory.outcome_recorded':
      f.outcomes.push({
        at,
        outcome: (str(d.outcome) ?? 'new_job') as OutcomeKind,
        sector: str(d.sector),
        sameSector: bool(d.sameSectorAsBefore),
      });
      break;
    case 'trajectory.closed':
      f.closed = { at, reason: str(d.reason) ?? 'other' };
      break;
    case 'referral.proposed':
      if (d.offerKind === 'event' && typeof d.offerId === 'string') {
        f.matchingEventIds.push(d.offerId);
      }
      break;
    case 'match.proposed':
      f.activity.push({ at, kind: 'match_proposed' });
      break;
    case 'shadowing.planned':
      f.activity.push({ at, kind: 'shadowing_planned' });
      break;
    case 'shadowing.completed': {
      const fit = str(d.fit);
      if (fit === 'yes' || fit === 'no' || fit === 'doubt') {
        f.activity.push({ at, kind: `shadowing_fit_${fit}` });
      }
      break;
    }
    case 'selection.decided': {
      const kind = selectionKinds[str(d.result) ?? ''];
      if (kind) f.activity.push({ at, kind });
      break;
    }
    case 'conditional_contract.signed':
      f.activity.push({ at, kind: 'conditional_contract_signed' });
      break;
    case 'conditional_contract.condition_met':
      f.activity.push({ at, kind: 'conditional_contract_met' });
      break;
    case 'conditional_contract.dissolved':
      f.activity.push({ at, kind: 'conditional_contract_dissolved' });
      break;
    case 'training.started':
      f.activity.push({ at, kind: 'training_started' });
      break;
    case 'training.completed':
      f.activity.push({ at, kind: 'training_completed' });
      break;
    case 'training.stopped':
      f.activity.push({ at, kind: 'training_stopped' });
      break;
    case 'placement.registered':
      f.placements.push({
        id: str(d.placementId) ?? '',
        at,
        outcome: (str(d.outcome) ?? 'new_job') as OutcomeKind,
        route: str(d.route) ?? 'direct',
        employerId: str(d.employerId),
        sector: str(d.sector),
        sameSector: bool(d.sameSectorAsBefore),
        startDate: str(d.startDate) ?? new Date(at).toISOString().slice(0, 10),
        monthlySalary: num(d.monthlySalary),
        monthlyIncomeBefore: num(d.monthlyIncomeBefore),
        ended: null,
        checks: [],
      });
      break;
    case 'placement.checked': {
      const p = f.placements.find((x) => x.id === d.placementId);
      p?.checks.push({
        at,
        months: num(d.months) ?? 0,
        atWork: bool(d.atWork),
        sameEmployer: bool(d.sameEmployer),
      });
      break;
    }
    case 'placement.ended': {
      const p = f.placements.find((x) => x.id === d.placementId);
      if (p) p.ended = { at, endedOn: str(d.endedOn) ?? new Date(at).toISOString().slice(0, 10) };
      break;
    }
    case 'funding.added':
      f.funding.push({ at, source: str(d.source) ?? 'other', cents: num(d.amountCents) ?? 0 });
      break;
    case 'funding.removed':
      f.funding.push({ at, source: str(d.source) ?? 'other', cents: -(num(d.amountCents) ?? 0) });
      break;
  }
}

const timeOf = (e: FactEvent): number =>
  typeof e.occurredAt === 'number' ? e.occurredAt : e.occurredAt.getTime();

/**
 * Events of one transaction share one time stamp; within an instant the start comes first, a
 * placement before its checks, a dropout before a re-entry and the closure last.
 */
const rank: Record<string, number> = {
  'trajectory.started': 0,
  'trajectory.triaged': 1,
  'trajectory.step_entered': 2,
  'placement.registered': 3,
  'placement.checked': 6,
  'placement.ended': 6,
  'trajectory.dropped_out': 7,
  'trajectory.reentered': 8,
  'trajectory.closed': 9,
};
const rankOf = (type: string): number => rank[type] ?? 5;

/** The trajectory an event belongs to (match proposals are about a person, naming the trajectory). */
const trajectoryOf = (e: FactEvent): string | null =>
  e.type === 'match.proposed' ? str(e.data.trajectoryId) : e.subjectId;

/**
 * Folds events (any order) into one facts record per trajectory that has a start event.
 * Events of the same trajectory are applied in time order.
 */
export function buildFacts(events: Iterable<FactEvent>): Map<string, TrajectoryFacts> {
  const grouped = new Map<string, FactEvent[]>();
  for (const e of events) {
    const id = trajectoryOf(e);
    if (!id) continue;
    let list = grouped.get(id);
    if (!list) grouped.set(id, (list = []));
    list.push(e);
  }
  const out = new Map<string, TrajectoryFacts>();
  for (const [id, list] of grouped) {
    list.sort((a, b) => timeOf(a) - timeOf(b) || rankOf(a.type) - rankOf(b.type));
    const facts = emptyFacts(id);
    for (const e of list) apply(facts, e.type, timeOf(e), e.data);
    if (!Number.isNaN(facts.startedAt)) out.set(id, facts);
  }
  return out;
}
