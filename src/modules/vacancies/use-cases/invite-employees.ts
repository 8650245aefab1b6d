import type { Db } from '../../../db/database.ts';
import { invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { createInvitations, invitedEmails } from '../enrolment-writer.ts';
import { noticeForManaging, recordNoticeEvent, requireOpenNotice } from '../notice-access.ts';
import type { InviteEmployeesBody, Invitation } from '../redundancy-contracts.ts';
import { requireOccupations } from '../taxonomy-refs.ts';

/**
 * The employer enrols affected employees: one invitation (a code shown once) per person.
 * Accepting it, with consent, is the consent module's part.
 */
export async function inviteEmployees(
  db: Db,
  actor: Actor,
  noticeId: string,
  input: InviteEmployeesBody,
  now: Date,
): Promise<Invitation[]> {
  return db.transaction(async (tx) => {
    const notice = await noticeForManaging(tx, actor, noticeId);
    requireOpenNotice(notice);
    const occupationIds = input.employees.flatMap((e) => (e.occupationId ? [e.occupationId] : []));
    await requireOccupations(tx, occupationIds, 'occupationIds');
    const taken = await invitedEmails(tx, noticeId);
    for (const [i, e] of input.employees.entries()) {
      if (!e.email) continue;
      if (taken.has(e.email)) {
        throw invalidInput(
          `employees.${i}.email`,
          `employees.${i}.email: ${e.email} is already invited`,
        );
      }
      taken.add(e.email);
    }
    const invitations = await createInvitations(
      tx,
      actor,
      notice,
      input.employees.map((e) => ({
        name: e.name,
        email: e.email ?? null,
        functionTitle: e.functionTitle ?? null,
        occupationId: e.occupationId ?? null,
        contractEndDate: e.contractEndDate ?? null,
      })),
      'form',
      now,
    );
    await recordNoticeEvent(
      tx,
      actor,
      notice,
      'redundancy_notice.employees_invited',
      { count: invitations.length, via: 'form' },
      now,
    );
    return invitations;
  });
}
