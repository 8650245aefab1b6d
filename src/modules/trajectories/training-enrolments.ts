import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { conflict, invalidInput, notFound } from '../../shared/errors.ts';
import { trainingEnrolments, type TrainingEnrolmentRow } from './activity-schema.ts';
import type { LoadedTrajectory } from './trajectory-access.ts';

/** The enrolment of this trajectory, still running, or 404/409; the end not before the start. */
export async function runningEnrolment(
  tx: Db,
  t: LoadedTrajectory,
  enrolmentId: string,
  finishedOn: string,
): Promise<TrainingEnrolmentRow> {
  const [enrolment] = await tx
    .select()
    .from(trainingEnrolments)
    .where(
      and(eq(trainingEnrolments.id, enrolmentId), eq(trainingEnrolments.trajectoryId, t.row.id)),
    );
  if (!enrolment) throw notFound('Training enrolment');
  if (enrolment.status !== 'started') throw conflict(`the training is ${enrolment.status} already`);
  if (finishedOn < enrolment.startDate) {
    throw invalidInput('finishedOn', 'finishedOn: must not be before the start');
  }
  return enrolment;
}
