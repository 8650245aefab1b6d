import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { CreateServiceBody, Service } from '../contracts.ts';
import { recordOfferEvent } from '../offer-access.ts';
import { serviceViews, viewOne } from '../presenters.ts';
import { services } from '../schema.ts';
import { providerFor } from './publish-training.ts';

/** A provider publishes a service: coaching, a talent scan, NT2, IPS, … */
export async function publishService(
  db: Db,
  actor: Actor | null,
  input: CreateServiceBody,
  now: Date,
): Promise<Service> {
  return db.transaction(async (tx) => {
    const org = await providerFor(tx, actor, input.providerId);
    const { providerId: _providerId, ...fields } = input;
    const [row] = await tx
      .insert(services)
      .values({
        id: randomUUID(),
        regionId: org.regionId,
        providerId: org.id,
        ...fields,
        description: fields.description ?? null,
        targetGroup: fields.targetGroup ?? null,
        durationWeeks: fields.durationWeeks ?? null,
        capacity: fields.capacity ?? null,
        funding: [...new Set(fields.funding)],
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('internal', 'insert returned no row');
    await recordOfferEvent(
      tx,
      actor,
      { type: 'service', id: row.id, regionId: row.regionId },
      'published',
      { providerId: row.providerId, kind: row.kind, status: row.status, costEur: row.costEur },
      now,
    );
    return viewOne(serviceViews, tx, row);
  });
}
