import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { AppError, forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { owningOrganisation } from '../../vacancies/acting-organisation.ts';
import type { CreateEventBody, MatchingEvent } from '../contracts.ts';
import { recordOfferEvent } from '../offer-access.ts';
import { mayOrganiseEvents } from '../policies.ts';
import { eventViews, viewOne } from '../presenters.ts';
import { matchingEvents } from '../schema.ts';

/** A regional partner plans a matching event (ombuigmarkt, banenmarkt). */
export async function planMatchingEvent(
  db: Db,
  actor: Actor | null,
  input: CreateEventBody,
  now: Date,
): Promise<MatchingEvent> {
  return db.transaction(async (tx) => {
    const org = await owningOrganisation(tx, actor, input.organiserId, 'organiserId');
    if (actor && !mayOrganiseEvents(actor, org)) {
      throw forbidden(
        'Matching events are organised by coordinators, case managers and initiatives',
      );
    }
    const [row] = await tx
      .insert(matchingEvents)
      .values({
        id: randomUUID(),
        regionId: org.regionId,
        organiserId: org.id,
        title: input.title,
        sector: input.sector ?? null,
        date: input.date,
        city: input.city ?? null,
        venue: input.venue ?? null,
        capacity: input.capacity ?? null,
        description: input.description ?? null,
        status: input.status,
        createdAt: now,
      })
      .returning();
    if (!row) throw new AppError('internal', 'insert returned no row');
    await recordOfferEvent(
      tx,
      actor,
      { type: 'matching_event', id: row.id, regionId: row.regionId },
      'planned',
      { organiserId: row.organiserId, sector: row.sector, date: row.date, capacity: row.capacity },
      now,
    );
    return viewOne(eventViews, tx, row);
  });
}
