import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { OrganisationKind } from '../../organisations/contracts.ts';
import { organisations } from '../../organisations/schema.ts';
import { isInForce } from '../consent-check.ts';
import type { Consent, GrantConsentBody } from '../contracts.ts';
import { recordPersonRightsEvent, personFor } from '../person-lookup.ts';
import { mayManageConsents } from '../policies.ts';
import { consentsOf } from '../presenters.ts';
import { recipientKinds } from '../recipients.ts';
import { consentGrants } from '../schema.ts';

async function requireRecipient(
  tx: Db,
  person: { regionId: string; caseOrganisationId: string | null },
  input: GrantConsentBody,
): Promise<void> {
  const id = input.recipientOrganisationId;
  if (id === null) {
    if (input.purpose === 'passport_to_hiring_employer') return;
    throw invalidInput('recipientOrganisationId', 'recipientOrganisationId: name the organisation');
  }
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, id));
  const kinds = recipientKinds[input.purpose];
  if (
    !org?.active ||
    org.regionId !== person.regionId ||
    !org.kinds.some((k) => kinds.includes(k as OrganisationKind))
  ) {
    throw invalidInput(
      'recipientOrganisationId',
      `recipientOrganisationId: not a ${kinds.join(' / ')} of the region`,
    );
  }
  if (input.purpose === 'case_to_partner' && id === person.caseOrganisationId) {
    throw invalidInput(
      'recipientOrganisationId',
      'recipientOrganisationId: this is the case team itself; it needs no consent',
    );
  }
}

/**
 * Grants consent for a purpose to a recipient, optionally until a date. A new grant for the same
 * purpose and recipient supersedes the one in force (which is then marked withdrawn), so renewal
 * is one step and the history shows both.
 */
export async function grantConsent(
  db: Db,
  actor: Actor,
  personId: string,
  input: GrantConsentBody,
  now: Date,
): Promise<Consent[]> {
  return db.transaction(async (tx) => {
    const person = await personFor(tx, actor, personId, mayManageConsents, true);
    await requireRecipient(tx, person, input);
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= now.getTime()) {
      throw invalidInput('expiresAt', 'expiresAt: must be in the future');
    }
    const sameRecipient =
      input.recipientOrganisationId === null
        ? isNull(consentGrants.recipientOrganisationId)
        : eq(consentGrants.recipientOrganisationId, input.recipientOrganisationId);
    const previous = (
      await tx
        .select()
        .from(consentGrants)
        .where(
          and(
            eq(consentGrants.personId, person.id),
            eq(consentGrants.purpose, input.purpose),
            sameRecipient,
            isNull(consentGrants.withdrawnAt),
          ),
        )
    ).filter((g) => isInForce(g, now));
    for (const old of previous) {
      await tx
        .update(consentGrants)
        .set({ withdrawnAt: now, withdrawnByUserId: actor.userId })
        .where(eq(consentGrants.id, old.id));
      await recordPersonRightsEvent(
        tx,
        actor,
        person,
        'consent.withdrawn',
        {
          consentId: old.id,
          purpose: old.purpose,
          recipientOrganisationId: old.recipientOrganisationId,
          supersededBy: 'renewal',
        },
        now,
      );
    }
    const consentId = randomUUID();
    const givenVia = actor.role === 'candidate' ? 'candidate' : 'case_manager';
    await tx.insert(consentGrants).values({
      id: consentId,
      regionId: person.regionId,
      personId: person.id,
      purpose: input.purpose,
      recipientOrganisationId: input.recipientOrganisationId,
      grantedAt: now,
      expiresAt,
      givenVia,
      grantedByUserId: actor.userId,
    });
    await recordPersonRightsEvent(
      tx,
      actor,
      person,
      'consent.granted',
      {
        consentId,
        purpose: input.purpose,
        recipientOrganisationId: input.recipientOrganisationId,
        expiresAt: expiresAt?.toISOString() ?? null,
        givenVia,
      },
      now,
    );
    return consentsOf(tx, person.id, now);
  });
}
