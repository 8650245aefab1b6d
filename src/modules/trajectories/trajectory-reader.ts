import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { users } from '../auth/schema.ts';
import { organisations } from '../organisations/schema.ts';
import {
  conditionalContracts,
  referrals,
  selections,
  shadowings,
  trainingEnrolments,
  type ConditionalContractRow,
  type ReferralRow,
  type SelectionRow,
  type ShadowingRow,
  type TrainingEnrolmentRow,
} from './activity-schema.ts';
import {
  fundingLines,
  placementChecks,
  placements,
  type FundingLineRow,
  type PlacementCheckRow,
  type PlacementRow,
} from './placement-schema.ts';
import {
  appointments,
  goalEvaluations,
  planGoals,
  type AppointmentRow,
  type EvaluationRow,
  type GoalRow,
} from './plan-schema.ts';
import {
  trajectoryIntakes,
  trajectoryOutcomes,
  trajectoryTransitions,
  triageDecisions,
  type IntakeRow,
  type OutcomeRow,
  type TransitionRow,
  type TrajectoryRow,
  type TriageRow,
} from './schema.ts';
import type { TrajectoryPerson } from './trajectory-access.ts';

/** Everything of one trajectory, with the names of the organisations and users it mentions. */
export interface TrajectoryParts {
  row: TrajectoryRow;
  person: TrajectoryPerson;
  intake: IntakeRow | null;
  triages: TriageRow[];
  transitions: TransitionRow[];
  outcomes: OutcomeRow[];
  goals: GoalRow[];
  evaluations: EvaluationRow[];
  appointments: AppointmentRow[];
  referrals: ReferralRow[];
  shadowings: ShadowingRow[];
  selections: SelectionRow[];
  contracts: ConditionalContractRow[];
  trainings: TrainingEnrolmentRow[];
  placements: PlacementRow[];
  checks: PlacementCheckRow[];
  funding: FundingLineRow[];
  organisationNames: Map<string, string>;
  userNames: Map<string, string>;
}

const present = <T>(values: (T | null | undefined)[]): T[] =>
  values.filter((v): v is T => v !== null && v !== undefined);

async function namesOf(
  db: Db,
  organisationIds: string[],
  userIds: string[],
): Promise<{ organisationNames: Map<string, string>; userNames: Map<string, string> }> {
  const orgIds = [...new Set(organisationIds)];
  const uIds = [...new Set(userIds)];
  const orgs = orgIds.length
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, orgIds))
    : [];
  const people = uIds.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, uIds))
    : [];
  return {
    organisationNames: new Map(orgs.map((o) => [o.id, o.name])),
    userNames: new Map(people.map((u) => [u.id, u.name])),
  };
}

export async function readTrajectory(
  db: Db,
  row: TrajectoryRow,
  person: TrajectoryPerson,
): Promise<TrajectoryParts> {
  const id = row.id;
  // One query after the other: inside a transaction they share one connection anyway.
  const [intake] = await db
    .select()
    .from(trajectoryIntakes)
    .where(eq(trajectoryIntakes.trajectoryId, id));
  const triages = await db
    .select()
    .from(triageDecisions)
    .where(eq(triageDecisions.trajectoryId, id))
    .orderBy(asc(triageDecisions.decidedAt));
  const transitions = await db
    .select()
    .from(trajectoryTransitions)
    .where(eq(trajectoryTransitions.trajectoryId, id))
    .orderBy(asc(trajectoryTransitions.occurredAt));
  const outcomes = await db
    .select()
    .from(trajectoryOutcomes)
    .where(eq(trajectoryOutcomes.trajectoryId, id))
    .orderBy(asc(trajectoryOutcomes.recordedAt));
  const goals = await db
    .select()
    .from(planGoals)
    .where(eq(planGoals.trajectoryId, id))
    .orderBy(asc(planGoals.dueOn), asc(planGoals.createdAt));
  const evaluations = await db
    .select()
    .from(goalEvaluations)
    .where(eq(goalEvaluations.trajectoryId, id))
    .orderBy(asc(goalEvaluations.evaluatedAt));
  const appointmentRows = await db
    .select()
    .from(appointments)
    .where(eq(appointments.trajectoryId, id))
    .orderBy(asc(appointments.startsAt));
  const referralRows = await db
    .select()
    .from(referrals)
    .where(eq(referrals.trajectoryId, id))
    .orderBy(asc(referrals.proposedAt));
  const shadowingRows = await db
    .select()
    .from(shadowings)
    .where(eq(shadowings.trajectoryId, id))
    .orderBy(asc(shadowings.startDate));
  const selectionRows = await db
    .select()
    .from(selections)
    .where(eq(selections.trajectoryId, id))
    .orderBy(asc(selections.decidedOn));
  const contracts = await db
    .select()
    .from(conditionalContracts)
    .where(eq(conditionalContracts.trajectoryId, id))
    .orderBy(asc(conditionalContracts.signedOn));
  const trainings = await db
    .select()
    .from(trainingEnrolments)
    .where(eq(trainingEnrolments.trajectoryId, id))
    .orderBy(asc(trainingEnrolments.startDate));
  const placementRows = await db
    .select()
    .from(placements)
    .where(eq(placements.trajectoryId, id))
    .orderBy(asc(placements.startDate));
  const checks = await db
    .select()
    .from(placementChecks)
    .where(eq(placementChecks.trajectoryId, id))
    .orderBy(asc(placementChecks.months));
  const funding = await db
    .select()
    .from(fundingLines)
    .where(eq(fundingLines.trajectoryId, id))
    .orderBy(asc(fundingLines.createdAt));
  const names = await namesOf(
    db,
    present([
      row.caseOrganisationId,
      row.releasingEmployerId,
      ...shadowingRows.map((s) => s.employerId),
      ...selectionRows.map((s) => s.employerId),
      ...contracts.map((c) => c.employerId),
      ...trainings.map((t) => t.providerId),
      ...placementRows.flatMap((p) => [p.employerId, p.oldEmployerId]),
    ]),
    present([
      row.caseManagerUserId,
      intake?.recordedByUserId,
      ...triages.map((t) => t.decidedByUserId),
      ...transitions.map((t) => t.actorUserId),
      ...evaluations.map((e) => e.evaluatedByUserId),
    ]),
  );
  return {
    row,
    person,
    intake: intake ?? null,
    triages,
    transitions,
    outcomes,
    goals,
    evaluations,
    appointments: appointmentRows,
    referrals: referralRows,
    shadowings: shadowingRows,
    selections: selectionRows,
    contracts,
    trainings,
    placements: placementRows,
    checks,
    funding,
    ...names,
  };
}
