import { and, arrayContains, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Organisation, OrganisationKind, Region } from '../contracts.ts';
import { mayViewOrganisation, organisationListScope } from '../policies.ts';
import { presentOrganisation, presentRegion } from '../presenters.ts';
import { organisations, regions } from '../schema.ts';

export async function listOrganisations(
  db: Db,
  actor: Actor,
  filter: { regionId?: string | undefined; kind?: OrganisationKind | undefined },
): Promise<Organisation[]> {
  const scope = organisationListScope(actor);
  if (!scope) throw forbidden('Candidates do not list organisations');
  const where: SQL[] = [];
  if (scope.kind === 'region') where.push(eq(organisations.regionId, scope.regionId));
  if (scope.kind === 'own') where.push(eq(organisations.id, scope.id));
  if (filter.regionId) where.push(eq(organisations.regionId, filter.regionId));
  if (filter.kind) where.push(arrayContains(organisations.kinds, [filter.kind]));
  const rows = await db
    .select()
    .from(organisations)
    .where(and(...where))
    .orderBy(asc(organisations.name));
  return rows.map(presentOrganisation);
}

export async function getOrganisation(db: Db, actor: Actor, id: string): Promise<Organisation> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (!row || !mayViewOrganisation(actor, row)) throw notFound('Organisation');
  return presentOrganisation(row);
}

/** Regions are public reference data for every signed-in user. */
export async function listRegions(db: Db): Promise<Region[]> {
  const rows = await db.select().from(regions).orderBy(asc(regions.name));
  return rows.map(presentRegion);
}
