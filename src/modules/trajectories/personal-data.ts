import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { persons } from '../people/schema.ts';
import {
  conditionalContracts,
  referrals,
  selections,
  shadowings,
  trainingEnrolments,
} from './activity-schema.ts';
import { fundingLines, placementChecks, placements } from './placement-schema.ts';
import { appointments, goalEvaluations, planGoals } from './plan-schema.ts';
import { presentTrajectory } from './presenters.ts';
import {
  trajectories,
  trajectoryIntakes,
  trajectoryOutcomes,
  trajectoryTransitions,
  triageDecisions,
} from './schema.ts';
import { readTrajectory } from './trajectory-reader.ts';
import type { TrajectoryView } from './view-contracts.ts';

/**
 * The trajectory module's part of the data rights: what a person's data export holds, and what
 * erasure and the retention job remove. Codes, dates, amounts, organisation ids and the names of
 * catalogue offers and trainings stay (the counts of the dashboard rest on them); every free text
 * people typed goes — notes, feedback, goals, job titles, the names of employers outside
 * Overstap (a family business can carry the family's name) — and with it the intake's obstacles.
 */

/** What stands where a required free text was removed. */
export const ERASED_TEXT = '(verwijderd)';

/** Every trajectory of a person, whole (obstacles included: it is their own data). */
export async function trajectoriesOfPerson(db: Db, personId: string): Promise<TrajectoryView[]> {
  const [person] = await db.select().from(persons).where(eq(persons.id, personId));
  if (!person) return [];
  const rows = await db
    .select()
    .from(trajectories)
    .where(eq(trajectories.personId, personId))
    .orderBy(asc(trajectories.startedAt));
  const views: TrajectoryView[] = [];
  for (const row of rows) {
    views.push(presentTrajectory(await readTrajectory(db, row, person), 'case_team'));
  }
  return views;
}

/** The ids of a person's trajectories. */
export async function trajectoryIdsOf(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(eq(trajectories.personId, personId));
  return rows.map((r) => r.id);
}

/** Removes the personal free texts of these trajectories (erasure and retention). */
export async function scrubTrajectories(tx: Db, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  await tx
    .update(trajectoryIntakes)
    .set({
      situation: null,
      motivation: null,
      wishes: null,
      obstacles: [],
      obstacleNote: null,
      updatedAt: now,
    })
    .where(inArray(trajectoryIntakes.trajectoryId, ids));
  await tx
    .update(triageDecisions)
    .set({ reason: null })
    .where(inArray(triageDecisions.trajectoryId, ids));
  await tx
    .update(trajectoryTransitions)
    .set({ note: null })
    .where(inArray(trajectoryTransitions.trajectoryId, ids));
  await tx
    .update(trajectoryOutcomes)
    .set({ note: null })
    .where(inArray(trajectoryOutcomes.trajectoryId, ids));
  await tx
    .update(planGoals)
    .set({ title: null, description: null })
    .where(inArray(planGoals.trajectoryId, ids));
  await tx
    .update(goalEvaluations)
    .set({ note: null, adjustedTitle: null })
    .where(inArray(goalEvaluations.trajectoryId, ids));
  await tx
    .update(appointments)
    .set({ title: null, location: null })
    .where(inArray(appointments.trajectoryId, ids));
  await tx.update(referrals).set({ note: null }).where(inArray(referrals.trajectoryId, ids));
  // An offer outside the catalogue has only the title someone typed.
  await tx
    .update(referrals)
    .set({ title: ERASED_TEXT })
    .where(and(inArray(referrals.trajectoryId, ids), eq(referrals.offerKind, 'other')));
  await tx
    .update(shadowings)
    .set({ feedbackCandidate: null, feedbackEmployer: null, employerName: null })
    .where(inArray(shadowings.trajectoryId, ids));
  await tx
    .update(selections)
    .set({ note: null, employerName: null })
    .where(inArray(selections.trajectoryId, ids));
  await tx
    .update(conditionalContracts)
    .set({ dissolvingCondition: null, resolutionNote: null, employerName: null })
    .where(inArray(conditionalContracts.trajectoryId, ids));
  await tx
    .update(trainingEnrolments)
    .set({ note: null })
    .where(inArray(trainingEnrolments.trajectoryId, ids));
  await tx
    .update(placements)
    .set({ jobTitle: null, oldJobTitle: null, employerName: null, oldEmployerName: null })
    .where(inArray(placements.trajectoryId, ids));
  await tx
    .update(placementChecks)
    .set({ note: null })
    .where(inArray(placementChecks.trajectoryId, ids));
  await tx
    .update(fundingLines)
    .set({ description: null })
    .where(inArray(fundingLines.trajectoryId, ids));
  await tx
    .update(trajectories)
    .set({ closureNote: null, personalDataRemovedAt: now })
    .where(inArray(trajectories.id, ids));
  return ids.length;
}
