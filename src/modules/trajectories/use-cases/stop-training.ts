import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { trainingEnrolments } from '../activity-schema.ts';
import type { TrainingStopBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { blankToNull } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';
import { runningEnrolment } from '../training-enrolments.ts';

/** A training stopped before the end (dropout from training), with a reason. */
export async function stopTraining(
  db: Db,
  actor: Actor,
  id: string,
  enrolmentId: string,
  input: TrainingStopBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, t) => {
    const enrolment = await runningEnrolment(tx, t, enrolmentId, input.finishedOn);
    await tx
      .update(trainingEnrolments)
      .set({
        status: 'stopped',
        finishedOn: input.finishedOn,
        stopReason: input.reason,
        ...(input.note !== undefined ? { note: blankToNull(input.note) ?? enrolment.note } : {}),
      })
      .where(eq(trainingEnrolments.id, enrolmentId));
    await recordTrajectoryEvent(
      tx,
      actor,
      t.row,
      'training.stopped',
      { enrolmentId, finishedOn: input.finishedOn, reason: input.reason },
      now,
    );
  });
}
