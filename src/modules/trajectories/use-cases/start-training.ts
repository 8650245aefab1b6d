import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { trainings } from '../../offers/schema.ts';
import { trainingEnrolments } from '../activity-schema.ts';
import { organisationInRegion } from '../catalogue-refs.ts';
import type { TrainingBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { addDays } from '../schedule.ts';
import { blankToNull, requireOpen } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** Enrolment in a training of the catalogue (or one outside it), from its start date. */
export async function startTraining(
  db: Db,
  actor: Actor,
  id: string,
  input: TrainingBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    requireOpen(row);
    let name = input.name ?? null;
    let providerId = input.providerId ?? null;
    let expectedEndDate = input.expectedEndDate ?? null;
    if (input.trainingId) {
      const [training] = await tx
        .select()
        .from(trainings)
        .where(eq(trainings.id, input.trainingId));
      if (!training || training.regionId !== row.regionId) {
        throw invalidInput('trainingId', 'trainingId: no such training in this region');
      }
      name ??= training.name;
      providerId ??= training.providerId;
      expectedEndDate ??= addDays(input.startDate, training.weeks * 7);
    }
    if (!name) throw invalidInput('name', 'name: name the training (or give trainingId)');
    if (providerId) await organisationInRegion(tx, row.regionId, providerId, 'providerId');
    if (expectedEndDate && expectedEndDate < input.startDate) {
      throw invalidInput('expectedEndDate', 'expectedEndDate: must not be before the start');
    }
    const enrolmentId = randomUUID();
    await tx.insert(trainingEnrolments).values({
      id: enrolmentId,
      trajectoryId: row.id,
      regionId: row.regionId,
      trainingId: input.trainingId ?? null,
      providerId,
      name,
      startDate: input.startDate,
      expectedEndDate,
      status: 'started',
      note: blankToNull(input.note),
      createdByUserId: actor.userId,
      createdAt: now,
    });
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'training.started',
      {
        enrolmentId,
        trainingId: input.trainingId ?? null,
        providerId,
        startDate: input.startDate,
        expectedEndDate,
      },
      now,
    );
    return { createdId: enrolmentId };
  });
}
