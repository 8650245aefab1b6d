import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Role } from '../auth/contracts.ts';
import { users } from '../auth/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { isInForce } from './consent-check.ts';
import type { AccessLogEntry, Consent } from './contracts.ts';
import type { AccessKind, ConsentGivenVia, ConsentPurpose } from './purposes.ts';
import { accessLog, consentGrants, type ConsentRow } from './schema.ts';

type Names = Map<string, string>;

async function names(db: Db, orgIds: string[], userIds: string[]): Promise<[Names, Names]> {
  const o = [...new Set(orgIds)];
  const u = [...new Set(userIds)];
  const orgRows = o.length
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, o))
    : [];
  const userRows = u.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, u))
    : [];
  return [
    new Map(orgRows.map((r) => [r.id, r.name])),
    new Map(userRows.map((r) => [r.id, r.name])),
  ];
}

const ref = (map: Names, id: string | null) => (id ? { id, name: map.get(id) ?? '' } : null);

export function presentConsent(g: ConsentRow, now: Date, orgs: Names, people: Names): Consent {
  return {
    id: g.id,
    purpose: g.purpose as ConsentPurpose,
    recipient: ref(orgs, g.recipientOrganisationId),
    grantedAt: g.grantedAt.toISOString(),
    expiresAt: g.expiresAt?.toISOString() ?? null,
    withdrawnAt: g.withdrawnAt?.toISOString() ?? null,
    status: g.withdrawnAt ? 'withdrawn' : isInForce(g, now) ? 'in_force' : 'expired',
    givenVia: g.givenVia as ConsentGivenVia,
    grantedBy: ref(people, g.grantedByUserId),
    withdrawnBy: ref(people, g.withdrawnByUserId),
  };
}

/** Every grant of a person, newest first: the consent history. */
export async function consentsOf(db: Db, personId: string, now: Date): Promise<Consent[]> {
  const rows = await db
    .select()
    .from(consentGrants)
    .where(eq(consentGrants.personId, personId))
    .orderBy(asc(consentGrants.grantedAt));
  const [orgs, people] = await names(
    db,
    rows.flatMap((r) => (r.recipientOrganisationId ? [r.recipientOrganisationId] : [])),
    rows.flatMap((r) => [r.grantedByUserId, r.withdrawnByUserId].filter((x): x is string => !!x)),
  );
  return rows.reverse().map((r) => presentConsent(r, now, orgs, people));
}

/** Who read the person's data, from which organisation, under which consent; newest first. */
export async function accessLogOf(db: Db, personId: string): Promise<AccessLogEntry[]> {
  const rows = await db
    .select({ entry: accessLog, purpose: consentGrants.purpose })
    .from(accessLog)
    .leftJoin(consentGrants, eq(consentGrants.id, accessLog.consentId))
    .where(eq(accessLog.personId, personId))
    .orderBy(asc(accessLog.occurredAt));
  const [orgs, people] = await names(
    db,
    rows.flatMap((r) => (r.entry.readerOrganisationId ? [r.entry.readerOrganisationId] : [])),
    rows.map((r) => r.entry.readerUserId),
  );
  const readerIds = [...new Set(rows.map((r) => r.entry.readerUserId))];
  const roles = new Map(
    (readerIds.length
      ? await db
          .select({ id: users.id, role: users.role })
          .from(users)
          .where(inArray(users.id, readerIds))
      : []
    ).map((u) => [u.id, u.role as Role]),
  );
  return rows.reverse().map(({ entry, purpose }) => ({
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    what: entry.what as AccessKind,
    reader: { id: entry.readerUserId, name: people.get(entry.readerUserId) ?? '' },
    readerRole: roles.get(entry.readerUserId) ?? null,
    organisation: ref(orgs, entry.readerOrganisationId),
    consent:
      entry.consentId && purpose
        ? { id: entry.consentId, purpose: purpose as ConsentPurpose }
        : null,
  }));
}
