import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { forbidden, invalidInput, notFound } from '../../shared/errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { OrganisationKind } from '../organisations/contracts.ts';
import { organisations } from '../organisations/schema.ts';

/** What the policies need to know about the organisation someone acts for. */
export interface ActingOrganisation {
  id: string;
  regionId: string;
  name: string;
  kinds: readonly string[];
  active: boolean;
}

export const hasKind = (org: ActingOrganisation, kinds: readonly OrganisationKind[]): boolean =>
  org.active && org.kinds.some((k) => (kinds as readonly string[]).includes(k));

async function load(db: Db, id: string): Promise<ActingOrganisation | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

/**
 * The organisation a new notice, vacancy, training or slot belongs to: the actor's own; for an
 * administrator or the system (actor null, e.g. the demo seed) the one named in `field`.
 * Staff who name another organisation than their own are refused.
 */
export async function owningOrganisation(
  db: Db,
  actor: Actor | null,
  requestedId: string | undefined,
  field: string,
): Promise<ActingOrganisation> {
  if (actor === null || actor.role === 'admin') {
    if (!requestedId) throw invalidInput(field, `${field}: is required for administrators`);
    const org = await load(db, requestedId);
    if (!org) throw invalidInput(field, `${field}: no such organisation`);
    return org;
  }
  if (!actor.organisationId) throw forbidden('You do not act for an organisation');
  if (requestedId && requestedId !== actor.organisationId) {
    throw forbidden(`${field}: you act for your own organisation only`);
  }
  const org = await load(db, actor.organisationId);
  if (!org) throw notFound('Organisation');
  return org;
}

/** Names of organisations by id, for presenting rows. */
export async function organisationNames(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
