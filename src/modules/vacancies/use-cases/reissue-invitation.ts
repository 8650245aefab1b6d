import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { recordEvent } from '../../events/record-event.ts';
import { invitationExpiry } from '../enrolment-writer.ts';
import { hashInviteCode, newInviteCode } from '../invite-code.ts';
import { noticeForManaging, requireOpenNotice } from '../notice-access.ts';
import type { Invitation } from '../redundancy-contracts.ts';
import { enrolmentViews, presentInvitation } from '../redundancy-presenters.ts';
import { redundancyEnrolments } from '../schema.ts';

/**
 * A new code for an invitation that expired, got lost or was declined: the old code stops
 * working at once, the new one is shown this once and works for another 30 days.
 */
export async function reissueInvitation(
  db: Db,
  actor: Actor,
  noticeId: string,
  enrolmentId: string,
  now: Date,
): Promise<Invitation> {
  return db.transaction(async (tx) => {
    const notice = await noticeForManaging(tx, actor, noticeId);
    requireOpenNotice(notice);
    const [current] = await tx
      .select()
      .from(redundancyEnrolments)
      .where(
        and(eq(redundancyEnrolments.id, enrolmentId), eq(redundancyEnrolments.noticeId, noticeId)),
      )
      .for('update');
    if (!current) throw notFound('Invitation');
    if (current.status === 'accepted') {
      throw conflict('status: this employee has accepted; no new code is needed', 'status');
    }
    const code = newInviteCode();
    const [row] = await tx
      .update(redundancyEnrolments)
      .set({
        inviteCodeHash: hashInviteCode(code),
        status: 'invited',
        invitedAt: now,
        expiresAt: invitationExpiry(now),
        respondedAt: null,
      })
      .where(eq(redundancyEnrolments.id, enrolmentId))
      .returning();
    if (!row) throw notFound('Invitation');
    await recordEvent(tx, {
      regionId: notice.regionId,
      type: 'redundancy_enrolment.reissued',
      actorUserId: actor.userId,
      subjectType: 'redundancy_enrolment',
      subjectId: row.id,
      data: { noticeId, employerId: notice.employerId, previousStatus: current.status },
      occurredAt: now,
    });
    const [view] = await enrolmentViews(tx, [row], now);
    if (!view) throw notFound('Invitation');
    return presentInvitation(view, code);
  });
}
