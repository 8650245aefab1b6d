import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { CheckBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { placementChecks } from '../placement-schema.ts';
import { blankToNull } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/**
 * Records an aftercare check-in or an outcome measurement (6 or 12 months): still at work, with
 * the same employer? atWork null records "unknown" — asked and not known, which is not "no".
 * A check may be recorded again to correct it; each time is an event.
 */
export async function recordCheck(
  db: Db,
  actor: Actor,
  id: string,
  checkId: string,
  input: CheckBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const [check] = await tx
      .select()
      .from(placementChecks)
      .where(and(eq(placementChecks.id, checkId), eq(placementChecks.trajectoryId, row.id)));
    if (!check) throw notFound('Check');
    const sameEmployer = input.atWork === true ? (input.sameEmployer ?? null) : null;
    await tx
      .update(placementChecks)
      .set({
        recordedAt: now,
        atWork: input.atWork,
        sameEmployer,
        note: blankToNull(input.note),
        recordedByUserId: actor.userId,
      })
      .where(eq(placementChecks.id, checkId));
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'placement.checked',
      {
        placementId: check.placementId,
        checkId,
        months: check.months,
        measuresOutcome: check.measuresOutcome,
        dueOn: check.dueOn,
        atWork: input.atWork,
        sameEmployer,
      },
      now,
    );
  });
}
