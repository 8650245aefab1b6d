import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, invalidInput, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { referrals } from '../activity-schema.ts';
import type { ReferralStatusBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { mayMoveReferral, type ReferralStatus } from '../referral-status.ts';
import { blankToNull } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** proposed → accepted → started → completed, or stopped with a reason along the way. */
export async function changeReferralStatus(
  db: Db,
  actor: Actor,
  id: string,
  referralId: string,
  input: ReferralStatusBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const [referral] = await tx
      .select()
      .from(referrals)
      .where(and(eq(referrals.id, referralId), eq(referrals.trajectoryId, row.id)));
    if (!referral) throw notFound('Referral');
    const from = referral.status as ReferralStatus;
    if (!mayMoveReferral(from, input.status)) {
      throw conflict(`status: a ${from} referral cannot become ${input.status}`, 'status');
    }
    if (input.status === 'stopped' && !input.stopReason) {
      throw invalidInput('stopReason', 'stopReason: say why it stopped');
    }
    const stopReason = input.status === 'stopped' ? (input.stopReason ?? null) : null;
    const result = input.result ?? null;
    await tx
      .update(referrals)
      .set({
        status: input.status,
        stopReason,
        ...(result ? { result } : {}),
        ...(input.note !== undefined ? { note: blankToNull(input.note) } : {}),
        updatedAt: now,
      })
      .where(eq(referrals.id, referralId));
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      `referral.${input.status}`,
      { referralId, from, to: input.status, stopReason, result },
      now,
    );
  });
}
