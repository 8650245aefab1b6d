import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError, conflict, invalidInput } from '../../shared/errors.ts';
import { organisations } from '../organisations/schema.ts';
import { hashInviteCode, normaliseInviteCode } from './invite-code.ts';
import type { NoticeRow } from './notice-access.ts';
import type { EnrolmentRow } from './redundancy-presenters.ts';
import { redundancyEnrolments, redundancyNotices } from './schema.ts';

export interface OpenInvitation {
  enrolment: EnrolmentRow;
  notice: NoticeRow;
  employer: { id: string; name: string; kinds: string[] };
}

/**
 * The invitation a code opens, if it still can be answered. A wrong code, a used one (accepted
 * or declined) and an expired one each get their own message, so the person knows what to do.
 * `lock` takes a row lock, so two answers to one code cannot both win.
 */
export async function openInvitation(
  tx: Db,
  code: string,
  now: Date,
  lock = false,
): Promise<OpenInvitation> {
  if (normaliseInviteCode(code).length !== 12) {
    throw invalidInput('code', 'code: must be 12 letters and digits, like 7KQ4-M2XD-9RTA');
  }
  const query = tx
    .select()
    .from(redundancyEnrolments)
    .where(eq(redundancyEnrolments.inviteCodeHash, hashInviteCode(code)));
  const [enrolment] = lock ? await query.for('update') : await query;
  if (!enrolment) throw invalidInput('code', 'code: no invitation has this code; check it');
  if (enrolment.status !== 'invited') {
    throw conflict('code: this invitation has already been answered', 'code');
  }
  if (enrolment.expiresAt.getTime() <= now.getTime()) {
    throw conflict('code: this invitation has expired; ask your employer for a new code', 'code');
  }
  const [notice] = await tx
    .select()
    .from(redundancyNotices)
    .where(eq(redundancyNotices.id, enrolment.noticeId));
  if (!notice) throw new AppError('internal', 'enrolment without notice');
  const [employer] = await tx
    .select({ id: organisations.id, name: organisations.name, kinds: organisations.kinds })
    .from(organisations)
    .where(eq(organisations.id, notice.employerId));
  if (!employer) throw new AppError('internal', 'notice without employer');
  return { enrolment, notice, employer };
}
