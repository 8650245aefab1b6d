import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { shadowings } from '../activity-schema.ts';
import type { ShadowingOutcomeBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { blankToNull } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** How the job shadowing went: fit yes / no / doubt, and feedback from both sides. */
export async function recordShadowingOutcome(
  db: Db,
  actor: Actor,
  id: string,
  shadowingId: string,
  input: ShadowingOutcomeBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const [shadowing] = await tx
      .select()
      .from(shadowings)
      .where(and(eq(shadowings.id, shadowingId), eq(shadowings.trajectoryId, row.id)));
    if (!shadowing) throw notFound('Shadowing');
    if (shadowing.completedAt) throw conflict('the outcome of this job shadowing is recorded');
    await tx
      .update(shadowings)
      .set({
        fit: input.fit,
        feedbackCandidate: blankToNull(input.feedbackCandidate),
        feedbackEmployer: blankToNull(input.feedbackEmployer),
        completedAt: now,
      })
      .where(eq(shadowings.id, shadowingId));
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'shadowing.completed',
      { shadowingId, employerId: shadowing.employerId, fit: input.fit },
      now,
    );
  });
}
