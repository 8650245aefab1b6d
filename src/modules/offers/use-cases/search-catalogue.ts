import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Catalogue, CatalogueKind, CatalogueQuery } from '../contracts.ts';
import { listMatchingEvents } from './list-matching-events.ts';
import { listServices } from './list-services.ts';
import { listShadowingSlots } from './list-shadowing-slots.ts';
import { listTrainings } from './list-trainings.ts';

/**
 * The searchable catalogue for case managers and candidates: trainings, services, job-shadowing
 * slots and matching events in one answer, each kind filtered by the filters that apply to it.
 */
export async function searchCatalogue(
  db: Db,
  actor: Actor,
  query: CatalogueQuery,
): Promise<Catalogue> {
  const wants = (kind: CatalogueKind) => query.kind === undefined || query.kind === kind;
  return {
    trainings: wants('training') ? await listTrainings(db, actor, query) : [],
    services: wants('service') ? await listServices(db, actor, query) : [],
    shadowingSlots: wants('shadowing') ? await listShadowingSlots(db, actor, query) : [],
    matchingEvents: wants('event') ? await listMatchingEvents(db, actor, query) : [],
  };
}
