import { and, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { organisations } from '../organisations/schema.ts';
import type { ConsentPurpose } from './purposes.ts';
import { consentGrants, type ConsentRow } from './schema.ts';

/** Whether a grant is in force at `now`: given, not expired, not withdrawn. */
export function isInForce(
  grant: Pick<ConsentRow, 'grantedAt' | 'expiresAt' | 'withdrawnAt'>,
  now: Date,
): boolean {
  return (
    grant.grantedAt.getTime() <= now.getTime() &&
    grant.withdrawnAt === null &&
    (grant.expiresAt === null || grant.expiresAt.getTime() > now.getTime())
  );
}

/**
 * The grant in force that lets `recipientOrganisationId` have the person's data for `purpose`,
 * or null. A passport grant without a recipient holds for every hiring employer. Other modules
 * call this (and log the read with logRead) before they show personal data to another
 * organisation; a withdrawal or expiry takes effect at the next call.
 */
export async function findConsent(
  db: Db,
  personId: string,
  purpose: ConsentPurpose,
  recipientOrganisationId: string,
  now: Date,
): Promise<ConsentRow | null> {
  const grants = await db
    .select()
    .from(consentGrants)
    .where(
      and(
        eq(consentGrants.personId, personId),
        eq(consentGrants.purpose, purpose),
        isNull(consentGrants.withdrawnAt),
        lte(consentGrants.grantedAt, now),
        or(isNull(consentGrants.expiresAt), gt(consentGrants.expiresAt, now)),
        or(
          eq(consentGrants.recipientOrganisationId, recipientOrganisationId),
          isNull(consentGrants.recipientOrganisationId),
        ),
      ),
    )
    .orderBy(desc(consentGrants.grantedAt));
  const specific = grants.find((g) => g.recipientOrganisationId === recipientOrganisationId);
  if (specific) return specific;
  const general = grants.find((g) => g.recipientOrganisationId === null);
  if (!general || purpose !== 'passport_to_hiring_employer') return null;
  const [org] = await db
    .select({ kinds: organisations.kinds, active: organisations.active })
    .from(organisations)
    .where(eq(organisations.id, recipientOrganisationId));
  return org?.active && org.kinds.includes('hiring_employer') ? general : null;
}

/** findConsent as a yes/no. */
export async function hasConsent(
  db: Db,
  personId: string,
  purpose: ConsentPurpose,
  recipientOrganisationId: string,
  now: Date,
): Promise<boolean> {
  return (await findConsent(db, personId, purpose, recipientOrganisationId, now)) !== null;
}
