import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { OrganisationKind } from '../../organisations/contracts.ts';
import { organisations } from '../../organisations/schema.ts';
import type { ConsentRecipients } from '../contracts.ts';
import { personFor } from '../person-lookup.ts';
import { mayManageConsents } from '../policies.ts';
import { consentPurposes } from '../purposes.ts';
import { recipientKinds } from '../recipients.ts';

/**
 * To whom the person can give consent, per purpose: the active organisations of their region of
 * the kinds the purpose allows (the case team itself needs no consent for the case). The
 * candidate cannot list the region's organisations otherwise, so the consent form asks here.
 */
export async function listConsentRecipients(
  db: Db,
  actor: Actor,
  personId: string,
): Promise<ConsentRecipients> {
  const person = await personFor(db, actor, personId, mayManageConsents);
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name, kinds: organisations.kinds })
    .from(organisations)
    .where(and(eq(organisations.regionId, person.regionId), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
  return consentPurposes.map((purpose) => ({
    purpose,
    recipients: orgs
      .filter(
        (o) =>
          o.kinds.some((k) => recipientKinds[purpose].includes(k as OrganisationKind)) &&
          !(purpose === 'case_to_partner' && o.id === person.caseOrganisationId),
      )
      .map((o) => ({
        id: o.id,
        name: o.name,
        isCurrentEmployer: o.id === person.currentEmployerId,
      })),
  }));
}
