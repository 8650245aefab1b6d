import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { recordEvent } from '../events/record-event.ts';
import { hashInviteCode, newInviteCode } from './invite-code.ts';
import type { NoticeRow } from './notice-access.ts';
import type { CheckedEmployee } from './enrolment-import-rows.ts';
import type { Invitation } from './redundancy-contracts.ts';
import { enrolmentViews, presentInvitation } from './redundancy-presenters.ts';
import { redundancyEnrolments } from './schema.ts';

/** How long an invitation code works; the employer can issue a new one after that. */
export const INVITATION_VALID_DAYS = 30;

export const invitationExpiry = (now: Date): Date =>
  new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000);

/** E-mail addresses already invited for a notice (lower case). */
export async function invitedEmails(tx: Db, noticeId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ email: redundancyEnrolments.email })
    .from(redundancyEnrolments)
    .where(eq(redundancyEnrolments.noticeId, noticeId));
  return new Set(rows.flatMap((r) => (r.email ? [r.email.toLowerCase()] : [])));
}

/**
 * One invitation per employee, status `invited`. The code is random and returned once; only
 * its hash is stored. Each invitation is an event (the inflow the dashboard counts), without
 * the person's name.
 */
export async function createInvitations(
  tx: Db,
  actor: Actor | null,
  notice: NoticeRow,
  employees: readonly CheckedEmployee[],
  via: 'form' | 'import',
  now: Date,
): Promise<Invitation[]> {
  if (employees.length === 0) return [];
  const codes = new Map<string, string>();
  const values = employees.map((employee) => {
    const id = randomUUID();
    const code = newInviteCode();
    codes.set(id, code);
    return {
      id,
      regionId: notice.regionId,
      noticeId: notice.id,
      name: employee.name,
      email: employee.email,
      functionTitle: employee.functionTitle,
      occupationId: employee.occupationId,
      contractEndDate: employee.contractEndDate,
      inviteCodeHash: hashInviteCode(code),
      status: 'invited',
      invitedAt: now,
      expiresAt: invitationExpiry(now),
    };
  });
  const rows = [];
  for (let i = 0; i < values.length; i += 500) {
    rows.push(
      ...(await tx
        .insert(redundancyEnrolments)
        .values(values.slice(i, i + 500))
        .returning()),
    );
  }
  for (const row of rows) {
    await recordEvent(tx, {
      regionId: notice.regionId,
      type: 'redundancy_enrolment.invited',
      actorUserId: actor?.userId ?? null,
      subjectType: 'redundancy_enrolment',
      subjectId: row.id,
      data: {
        noticeId: notice.id,
        employerId: notice.employerId,
        occupationId: row.occupationId,
        via,
      },
      occurredAt: now,
    });
  }
  const views = await enrolmentViews(tx, rows, now);
  return views.map((view) => presentInvitation(view, codes.get(view.id) ?? ''));
}
