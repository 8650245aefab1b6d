import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { MatchingEvent, UpdateEventBody } from '../contracts.ts';
import { eventRef, manageableOffer, recordOfferEvent } from '../offer-access.ts';
import { eventViews, viewOne } from '../presenters.ts';
import { matchingEvents } from '../schema.ts';

export async function updateMatchingEvent(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateEventBody,
  now: Date,
): Promise<MatchingEvent> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(matchingEvents)
      .where(eq(matchingEvents.id, id))
      .for('update');
    manageableOffer(actor, found, eventRef, 'Matching event');
    const [row] = await tx
      .update(matchingEvents)
      .set(input)
      .where(eq(matchingEvents.id, id))
      .returning();
    if (!row) throw notFound('Matching event');
    await recordOfferEvent(
      tx,
      actor,
      { type: 'matching_event', id, regionId: row.regionId },
      'updated',
      { changed: Object.keys(input), status: row.status },
      now,
    );
    return viewOne(eventViews, tx, row);
  });
}
