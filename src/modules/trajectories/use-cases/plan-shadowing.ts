import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { referrals, shadowings } from '../activity-schema.ts';
import { employerRef, shadowingSlotRef } from '../catalogue-refs.ts';
import type { ShadowingBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { daysBetween } from '../schedule.ts';
import { requireOpen } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** Plans job shadowing (meeloopstage) of one day to one week at a hiring employer. */
export async function planShadowing(
  db: Db,
  actor: Actor,
  id: string,
  input: ShadowingBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    requireOpen(row);
    const days = daysBetween(input.startDate, input.endDate) + 1;
    if (days < 1 || days > 7) {
      throw invalidInput('endDate', 'endDate: job shadowing lasts one day to one week');
    }
    const slot = input.slotId ? await shadowingSlotRef(tx, row.regionId, input.slotId) : null;
    const employer = await employerRef(tx, row.regionId, {
      employerId: input.employerId ?? slot?.employerId,
      employerName: input.employerName,
      vacancyId: input.vacancyId ?? slot?.vacancyId,
    });
    if (input.referralId) {
      const [referral] = await tx
        .select({ id: referrals.id })
        .from(referrals)
        .where(and(eq(referrals.id, input.referralId), eq(referrals.trajectoryId, row.id)));
      if (!referral) throw invalidInput('referralId', 'referralId: no such referral here');
    }
    const shadowingId = randomUUID();
    await tx.insert(shadowings).values({
      id: shadowingId,
      trajectoryId: row.id,
      regionId: row.regionId,
      employerId: employer.employerId,
      employerName: employer.employerName,
      vacancyId: employer.vacancyId,
      slotId: slot?.id ?? null,
      referralId: input.referralId ?? null,
      startDate: input.startDate,
      endDate: input.endDate,
      createdByUserId: actor.userId,
      createdAt: now,
    });
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'shadowing.planned',
      {
        shadowingId,
        employerId: employer.employerId,
        vacancyId: employer.vacancyId,
        slotId: slot?.id ?? null,
        startDate: input.startDate,
        endDate: input.endDate,
        days,
      },
      now,
    );
    return { createdId: shadowingId };
  });
}
