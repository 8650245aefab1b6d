import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { allOf, slotConditions } from '../catalogue-filters.ts';
import type { CatalogueQuery, ShadowingSlot } from '../contracts.ts';
import { slotRef, visibleOffer } from '../offer-access.ts';
import { catalogueScope } from '../policies.ts';
import { slotViews, viewOne } from '../presenters.ts';
import { shadowingSlots } from '../schema.ts';

export async function listShadowingSlots(
  db: Db,
  actor: Actor,
  query: CatalogueQuery,
): Promise<ShadowingSlot[]> {
  const where = slotConditions(catalogueScope(actor, query.regionId), query);
  if (!where) return [];
  const rows = await db
    .select()
    .from(shadowingSlots)
    .where(allOf(where))
    .orderBy(asc(shadowingSlots.startDate), asc(shadowingSlots.id))
    .limit(query.limit);
  return slotViews(db, rows);
}

export async function getShadowingSlot(db: Db, actor: Actor, id: string): Promise<ShadowingSlot> {
  const [row] = await db.select().from(shadowingSlots).where(eq(shadowingSlots.id, id));
  return viewOne(slotViews, db, visibleOffer(actor, row, slotRef, 'Shadowing slot'));
}
