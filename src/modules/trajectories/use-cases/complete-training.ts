import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { trainingEnrolments } from '../activity-schema.ts';
import type { TrainingCompletionBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';
import { runningEnrolment } from '../training-enrolments.ts';

/** A training completed (with or without the certificate). */
export async function completeTraining(
  db: Db,
  actor: Actor,
  id: string,
  enrolmentId: string,
  input: TrainingCompletionBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, t) => {
    await runningEnrolment(tx, t, enrolmentId, input.finishedOn);
    await tx
      .update(trainingEnrolments)
      .set({
        status: 'completed',
        finishedOn: input.finishedOn,
        certificateObtained: input.certificateObtained,
      })
      .where(eq(trainingEnrolments.id, enrolmentId));
    await recordTrajectoryEvent(
      tx,
      actor,
      t.row,
      'training.completed',
      { enrolmentId, finishedOn: input.finishedOn, certificate: input.certificateObtained },
      now,
    );
  });
}
