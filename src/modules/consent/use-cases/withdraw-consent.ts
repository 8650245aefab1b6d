import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Consent } from '../contracts.ts';
import { personFor, recordPersonRightsEvent } from '../person-lookup.ts';
import { mayManageConsents } from '../policies.ts';
import { consentsOf } from '../presenters.ts';
import { consentGrants } from '../schema.ts';

/**
 * Withdraws a consent with immediate effect: from this moment every check (findConsent) fails,
 * so the next read by the recipient shows no more than a pseudonym. The grant stays as history.
 */
export async function withdrawConsent(
  db: Db,
  actor: Actor,
  personId: string,
  consentId: string,
  now: Date,
): Promise<Consent[]> {
  return db.transaction(async (tx) => {
    const person = await personFor(tx, actor, personId, mayManageConsents, true);
    const [grant] = await tx
      .select()
      .from(consentGrants)
      .where(and(eq(consentGrants.id, consentId), eq(consentGrants.personId, person.id)));
    if (!grant) throw notFound('Consent');
    if (grant.withdrawnAt) throw conflict('the consent is withdrawn already');
    await tx
      .update(consentGrants)
      .set({ withdrawnAt: now, withdrawnByUserId: actor.userId })
      .where(eq(consentGrants.id, consentId));
    await recordPersonRightsEvent(
      tx,
      actor,
      person,
      'consent.withdrawn',
      {
        consentId,
        purpose: grant.purpose,
        recipientOrganisationId: grant.recipientOrganisationId,
      },
      now,
    );
    return consentsOf(tx, person.id, now);
  });
}
