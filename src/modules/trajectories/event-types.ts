import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { recordEvent } from '../events/record-event.ts';
import type { ChainStatus, DropoutOrigin, Step } from './chain.ts';
import type { ReferralStatus } from './referral-status.ts';
import type {
  ClosureReason,
  DigitalSkills,
  DropoutReason,
  EmploymentContract,
  FundingSource,
  GoalParty,
  GoalProgress,
  OutcomeKind,
  PlacementRoute,
  ReferralOfferKind,
  ShadowingFit,
  StepReason,
  TrajectorySource,
  TriageGroup,
} from './vocabularies.ts';

/**
 * The event types of the trajectory module: what the dashboard counts. Read this file to compute
 * a KPI from the `events` table.
 *
 * Every event below has subject_type 'trajectory' and subject_id = the trajectory's id;
 * region_id, actor_user_id (who) and occurred_at (when; historical times for the demo) are the
 * columns of the events table. `data` holds codes, ids, dates, numbers and booleans only — no
 * names and no free text (notes, reasons typed by people, feedback, intake texts and obstacles
 * live in the module's tables, which erasure scrubs) — so the log can be kept whole after a
 * person's data is erased. Lists of codes: vocabularies.ts. Dates are 'YYYY-MM-DD' strings.
 *
 * How to count, e.g. the pilot's figures (outcome-tally.ts does exactly this):
 * - inflow: `trajectory.started` per month, by data.source, data.releasingEmployerId, data.oldSector
 * - triage: the latest `trajectory.triaged` per trajectory (data.group)
 * - progress through the chain: `trajectory.step_entered` (data.step), dropouts per step
 *   `trajectory.dropped_out` (data.step, data.reason), re-entries `trajectory.reentered`
 * - outcome of a trajectory at date D: the latest `trajectory.outcome_recorded` up to D
 *   (data.outcome); still in mediation = started, not dropped out or closed, no outcome
 * - transitions between sectors: `trajectory.outcome_recorded` data.sameSectorAsBefore === false
 * - durable placement: `placement.checked` with data.months === 12 and data.atWork === true;
 *   atWork === null means unknown (not measured), which is not the same as false
 * - funding per source: sum of `funding.added` data.amountCents minus `funding.removed`
 */
export interface TrajectoryEvents {
  /** A trajectory begins: by a case manager (status intake) or self-registration (registered). */
  'trajectory.started': {
    personId: string;
    source: TrajectorySource;
    via: 'case_manager' | 'self_registration';
    status: ChainStatus;
    caseOrganisationId: string;
    releasingEmployerId: string | null;
    oldSector: string | null;
  };
  /** The intake was recorded or changed: which fields, and the digital-skills level. */
  'trajectory.intake_recorded': {
    changed: string[];
    digitalSkills: DigitalSkills | null;
    /** The status after it (a self-registration moves from registered to intake). */
    status: ChainStatus;
  };
  /** First triage (previousGroup null; step 1 is entered with it) or a later change. */
  'trajectory.triaged': { group: TriageGroup; previousGroup: TriageGroup | null };
  /** A step of the seven entered: after triage (1), a move, or a re-entry. */
  'trajectory.step_entered': {
    step: Step;
    fromStep: Step | null;
    via: 'triage' | 'transition' | 'reentry';
    reason: StepReason | null;
  };
  /** Dropout (uitval) at a step (null: before triage) with a reason from the list. */
  'trajectory.dropped_out': {
    step: Step | null;
    from: DropoutOrigin;
    reason: DropoutReason;
  };
  /** Back in after a dropout, at the step given (null: back to registered/intake). */
  'trajectory.reentered': { step: Step | null; status: ChainStatus; daysAway: number };
  /**
   * Where the person ends up (newest wins). sector is the new job's or training's sector;
   * sameSectorAsBefore compares it with the trajectory's oldSector (null when either is unknown).
   */
  'trajectory.outcome_recorded': {
    outcome: OutcomeKind;
    sector: string | null;
    sameSectorAsBefore: boolean | null;
    route: PlacementRoute | null;
    placementId: string | null;
    employerId: string | null;
    contractType: EmploymentContract | null;
    monthlyIncomeBefore: number | null;
    monthlyIncomeAfter: number | null;
    hoursBefore: number | null;
    hoursAfter: number | null;
  };
  /** The end, with a reason; lastOutcome is the newest outcome recorded, if any. */
  'trajectory.closed': {
    reason: ClosureReason;
    step: Step | null;
    fromStatus: ChainStatus;
    lastOutcome: OutcomeKind | null;
  };
  'plan.goal_added': { goalId: string; dueOn: string; agreedWith: GoalParty[] };
  /** A 3-monthly evaluation; adjusted: the goal or its due date changed. */
  'plan.goal_evaluated': {
    goalId: string;
    progress: GoalProgress;
    adjusted: boolean;
    nextEvaluationOn: string | null;
  };
  'appointment.scheduled': { appointmentId: string; kind: string; startsAt: string };
  'appointment.cancelled': { appointmentId: string };
  'referral.proposed': {
    referralId: string;
    offerKind: ReferralOfferKind;
    offerId: string | null;
  };
  /** One event per status change, e.g. referral.accepted, referral.completed, referral.stopped. */
  'referral.accepted': ReferralChange;
  'referral.started': ReferralChange;
  'referral.completed': ReferralChange;
  'referral.stopped': ReferralChange;
  'shadowing.planned': {
    shadowingId: string;
    employerId: string | null;
    vacancyId: string | null;
    slotId: string | null;
    startDate: string;
    endDate: string;
    days: number;
  };
  /** Job shadowing done; fit as judged together with the employer. */
  'shadowing.completed': { shadowingId: string; employerId: string | null; fit: ShadowingFit };
  'selection.decided': {
    selectionId: string;
    employerId: string | null;
    vacancyId: string | null;
    result: 'selected' | 'not_selected' | 'candidate_withdrew';
  };
  'conditional_contract.signed': {
    contractId: string;
    employerId: string | null;
    vacancyId: string | null;
    signedOn: string;
    deadline: string;
  };
  'conditional_contract.condition_met': { contractId: string; resolvedOn: string };
  'conditional_contract.dissolved': { contractId: string; resolvedOn: string };
  'training.started': {
    enrolmentId: string;
    trainingId: string | null;
    providerId: string | null;
    startDate: string;
    expectedEndDate: string | null;
  };
  'training.completed': { enrolmentId: string; finishedOn: string; certificate: boolean };
  'training.stopped': { enrolmentId: string; finishedOn: string; reason: string };
  /** Step 6's fact; a trajectory.outcome_recorded event follows in the same transaction. */
  'placement.registered': {
    placementId: string;
    outcome: OutcomeKind;
    route: PlacementRoute;
    employerId: string | null;
    vacancyId: string | null;
    sector: string | null;
    sameSectorAsBefore: boolean | null;
    startDate: string;
    hoursPerWeek: number | null;
    monthlySalary: number | null;
    contractType: EmploymentContract | null;
    monthlyIncomeBefore: number | null;
    aftercareMonths: number[];
  };
  /**
   * An aftercare check-in or outcome measurement (measuresOutcome: months 6 and 12).
   * atWork / sameEmployer null = unknown.
   */
  'placement.checked': {
    placementId: string;
    checkId: string;
    months: number;
    measuresOutcome: boolean;
    dueOn: string;
    atWork: boolean | null;
    sameEmployer: boolean | null;
  };
  'placement.ended': { placementId: string; endedOn: string; reason: string };
  'funding.added': {
    fundingLineId: string;
    source: FundingSource;
    amountCents: number;
    paysFor: string;
  };
  'funding.removed': { fundingLineId: string; source: FundingSource; amountCents: number };
}

interface ReferralChange {
  referralId: string;
  from: ReferralStatus;
  to: ReferralStatus;
  /** referral_stop_reasons for a stop; null otherwise */
  stopReason: string | null;
  /** positive | neutral | negative, when known */
  result: string | null;
}

export type TrajectoryEventType = keyof TrajectoryEvents;
export const trajectoryEventTypes = [
  'trajectory.started',
  'trajectory.intake_recorded',
  'trajectory.triaged',
  'trajectory.step_entered',
  'trajectory.dropped_out',
  'trajectory.reentered',
  'trajectory.outcome_recorded',
  'trajectory.closed',
  'plan.goal_added',
  'plan.goal_evaluated',
  'appointment.scheduled',
  'appointment.cancelled',
  'referral.proposed',
  'referral.accepted',
  'referral.started',
  'referral.completed',
  'referral.stopped',
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
] as const satisfies readonly TrajectoryEventType[];

/**
 * Consent and data-rights events (module consent; subject_type 'person', subject_id the person):
 * - consent.granted   {consentId, purpose, recipientOrganisationId|null, expiresAt|null, givenVia}
 * - consent.withdrawn {consentId, purpose, recipientOrganisationId|null}
 * - person.data_exported {format}
 * - person.erased {via: 'request'|'retention', trajectories}
 * Reads by other organisations are not events: they are rows of access_log.
 */
export const consentEventTypes = [
  'consent.granted',
  'consent.withdrawn',
  'person.data_exported',
  'person.erased',
] as const;

/** Appends one trajectory event, typed by the catalogue above, at the use case's `now`. */
export async function recordTrajectoryEvent<T extends TrajectoryEventType>(
  tx: Db,
  actor: Actor | null,
  trajectory: { id: string; regionId: string },
  type: T,
  data: TrajectoryEvents[T],
  now: Date,
): Promise<void> {
  await recordEvent(tx, {
    regionId: trajectory.regionId,
    type,
    actorUserId: actor?.userId ?? null,
    subjectType: 'trajectory',
    subjectId: trajectory.id,
    data: data as unknown as Record<string, unknown>,
    occurredAt: now,
  });
}
