import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { referrals } from '../activity-schema.ts';
import { offerTitle } from '../catalogue-refs.ts';
import type { ReferralBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { blankToNull, requireOpen } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/**
 * Proposes an offer to the candidate: a service, training, job-shadowing slot or matching event
 * of the catalogue, or an offer outside it (`other`, e.g. an application for sheltered work).
 */
export async function proposeReferral(
  db: Db,
  actor: Actor,
  id: string,
  input: ReferralBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    requireOpen(row);
    let title = input.title ?? null;
    let offerId: string | null = null;
    if (input.offerKind === 'other') {
      if (input.offerId) throw invalidInput('offerId', 'offerId: an `other` offer has no id');
      if (!title) throw invalidInput('title', 'title: name the offer');
    } else {
      if (!input.offerId) throw invalidInput('offerId', `offerId: which ${input.offerKind}?`);
      offerId = input.offerId;
      title ??= await offerTitle(tx, row.regionId, input.offerKind, input.offerId);
    }
    const referralId = randomUUID();
    await tx.insert(referrals).values({
      id: referralId,
      trajectoryId: row.id,
      regionId: row.regionId,
      offerKind: input.offerKind,
      offerId,
      title,
      status: 'proposed',
      note: blankToNull(input.note),
      proposedByUserId: actor.userId,
      proposedAt: now,
      updatedAt: now,
    });
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'referral.proposed',
      { referralId, offerKind: input.offerKind, offerId },
      now,
    );
    return { createdId: referralId };
  });
}
