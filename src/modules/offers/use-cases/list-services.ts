import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { allOf, serviceConditions } from '../catalogue-filters.ts';
import type { CatalogueQuery, Service } from '../contracts.ts';
import { serviceRef, visibleOffer } from '../offer-access.ts';
import { catalogueScope } from '../policies.ts';
import { serviceViews, viewOne } from '../presenters.ts';
import { services } from '../schema.ts';

export async function listServices(
  db: Db,
  actor: Actor,
  query: CatalogueQuery,
): Promise<Service[]> {
  const where = serviceConditions(catalogueScope(actor, query.regionId), query);
  if (!where) return [];
  const rows = await db
    .select()
    .from(services)
    .where(allOf(where))
    .orderBy(asc(services.kind), asc(services.name), asc(services.id))
    .limit(query.limit);
  return serviceViews(db, rows);
}

export async function getService(db: Db, actor: Actor, id: string): Promise<Service> {
  const [row] = await db.select().from(services).where(eq(services.id, id));
  return viewOne(serviceViews, db, visibleOffer(actor, row, serviceRef, 'Service'));
}
