import type { Db } from '../../../db/database.ts';
import type { InvitationPreview, LookupInvitationBody } from '../invitation-contracts.ts';
import { openInvitation } from '../invitation-access.ts';

/** What the holder of a code sees before answering: who invites them, and until when. */
export async function lookupInvitation(
  db: Db,
  input: LookupInvitationBody,
  now: Date,
): Promise<InvitationPreview> {
  const { enrolment, employer } = await openInvitation(db, input.code, now);
  return {
    employer: { id: employer.id, name: employer.name },
    employerHires: employer.kinds.includes('hiring_employer'),
    name: enrolment.name,
    email: enrolment.email,
    functionTitle: enrolment.functionTitle,
    expiresAt: enrolment.expiresAt.toISOString(),
  };
}
