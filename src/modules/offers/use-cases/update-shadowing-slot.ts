import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { requireOccupation } from '../../vacancies/taxonomy-refs.ts';
import type { ShadowingSlot, UpdateSlotBody } from '../contracts.ts';
import { manageableOffer, recordOfferEvent, slotRef } from '../offer-access.ts';
import { slotViews, viewOne } from '../presenters.ts';
import { shadowingSlots } from '../schema.ts';
import { checkShadowingDates, slotVacancy } from '../slot-rules.ts';

export async function updateShadowingSlot(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateSlotBody,
  now: Date,
): Promise<ShadowingSlot> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(shadowingSlots)
      .where(eq(shadowingSlots.id, id))
      .for('update');
    const current = manageableOffer(actor, found, slotRef, 'Shadowing slot');
    checkShadowingDates(input.startDate ?? current.startDate, input.endDate ?? current.endDate);
    if (input.vacancyId) await slotVacancy(tx, current.employerId, input.vacancyId);
    if (input.occupationId) await requireOccupation(tx, input.occupationId, 'occupationId');
    const [row] = await tx
      .update(shadowingSlots)
      .set(input)
      .where(eq(shadowingSlots.id, id))
      .returning();
    if (!row) throw notFound('Shadowing slot');
    await recordOfferEvent(
      tx,
      actor,
      { type: 'shadowing_slot', id, regionId: row.regionId },
      'updated',
      { changed: Object.keys(input), status: row.status },
      now,
    );
    return viewOne(slotViews, tx, row);
  });
}
