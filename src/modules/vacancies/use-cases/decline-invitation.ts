import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { recordEvent } from '../../events/record-event.ts';
import type { Actor } from '../../auth/actor.ts';
import type { LookupInvitationBody } from '../invitation-contracts.ts';
import { openInvitation } from '../invitation-access.ts';
import { redundancyEnrolments } from '../schema.ts';

/** The employee does not take part: the code is used up and the employer sees "declined". */
export async function declineInvitation(
  db: Db,
  actor: Actor | null,
  input: LookupInvitationBody,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { enrolment, notice } = await openInvitation(tx, input.code, now, true);
    await tx
      .update(redundancyEnrolments)
      .set({ status: 'declined', respondedAt: now })
      .where(eq(redundancyEnrolments.id, enrolment.id));
    await recordEvent(tx, {
      regionId: notice.regionId,
      type: 'redundancy_enrolment.declined',
      actorUserId: actor?.userId ?? null,
      subjectType: 'redundancy_enrolment',
      subjectId: enrolment.id,
      data: { noticeId: notice.id, employerId: notice.employerId },
      occurredAt: now,
    });
  });
}
