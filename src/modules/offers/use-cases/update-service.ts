import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Service, UpdateServiceBody } from '../contracts.ts';
import { manageableOffer, recordOfferEvent, serviceRef } from '../offer-access.ts';
import { serviceViews, viewOne } from '../presenters.ts';
import { services } from '../schema.ts';

export async function updateService(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateServiceBody,
  now: Date,
): Promise<Service> {
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(services).where(eq(services.id, id)).for('update');
    manageableOffer(actor, found, serviceRef, 'Service');
    const [row] = await tx
      .update(services)
      .set({
        ...input,
        ...(input.funding ? { funding: [...new Set(input.funding)] } : {}),
        updatedAt: now,
      })
      .where(eq(services.id, id))
      .returning();
    if (!row) throw notFound('Service');
    await recordOfferEvent(
      tx,
      actor,
      { type: 'service', id, regionId: row.regionId },
      'updated',
      { changed: Object.keys(input), status: row.status },
      now,
    );
    return viewOne(serviceViews, tx, row);
  });
}
