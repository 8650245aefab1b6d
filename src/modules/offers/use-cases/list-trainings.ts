import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { allOf, trainingConditions } from '../catalogue-filters.ts';
import type { CatalogueQuery, Training } from '../contracts.ts';
import { trainingRef, visibleOffer } from '../offer-access.ts';
import { catalogueScope } from '../policies.ts';
import { trainingViews, viewOne } from '../presenters.ts';
import { trainings } from '../schema.ts';

/** Trainings of the catalogue the actor may see, filtered, by name. */
export async function listTrainings(
  db: Db,
  actor: Actor,
  query: CatalogueQuery,
): Promise<Training[]> {
  const where = trainingConditions(catalogueScope(actor, query.regionId), query);
  if (!where) return [];
  const rows = await db
    .select()
    .from(trainings)
    .where(allOf(where))
    .orderBy(asc(trainings.name), asc(trainings.id))
    .limit(query.limit);
  return trainingViews(db, rows);
}

export async function getTraining(db: Db, actor: Actor, id: string): Promise<Training> {
  const [row] = await db.select().from(trainings).where(eq(trainings.id, id));
  return viewOne(trainingViews, db, visibleOffer(actor, row, trainingRef, 'Training'));
}
