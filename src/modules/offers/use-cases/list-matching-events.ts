import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { allOf, eventConditions } from '../catalogue-filters.ts';
import type { CatalogueQuery, MatchingEvent } from '../contracts.ts';
import { eventRef, visibleOffer } from '../offer-access.ts';
import { catalogueScope } from '../policies.ts';
import { eventViews, viewOne } from '../presenters.ts';
import { matchingEvents } from '../schema.ts';

export async function listMatchingEvents(
  db: Db,
  actor: Actor,
  query: CatalogueQuery,
): Promise<MatchingEvent[]> {
  const where = eventConditions(catalogueScope(actor, query.regionId), query);
  if (!where) return [];
  const rows = await db
    .select()
    .from(matchingEvents)
    .where(allOf(where))
    .orderBy(asc(matchingEvents.date), asc(matchingEvents.id))
    .limit(query.limit);
  return eventViews(db, rows);
}

export async function getMatchingEvent(db: Db, actor: Actor, id: string): Promise<MatchingEvent> {
  const [row] = await db.select().from(matchingEvents).where(eq(matchingEvents.id, id));
  return viewOne(eventViews, db, visibleOffer(actor, row, eventRef, 'Matching event'));
}
