import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { AppError, forbidden, invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { hasKind, owningOrganisation } from '../../vacancies/acting-organisation.ts';
import { requireOccupation } from '../../vacancies/taxonomy-refs.ts';
import type { CreateSlotBody, ShadowingSlot } from '../contracts.ts';
import { recordOfferEvent } from '../offer-access.ts';
import { mayOfferShadowing } from '../policies.ts';
import { slotViews, viewOne } from '../presenters.ts';
import { shadowingSlots } from '../schema.ts';
import { checkShadowingDates, slotVacancy } from '../slot-rules.ts';

/** A hiring employer offers job shadowing (meeloopstage): dates and how many people at once. */
export async function offerShadowingSlot(
  db: Db,
  actor: Actor | null,
  input: CreateSlotBody,
  now: Date,
): Promise<ShadowingSlot> {
  return db.transaction(async (tx) => {
    const org = await owningOrganisation(tx, actor, input.employerId, 'employerId');
    if (actor && actor.role !== 'admin') {
      if (!mayOfferShadowing(actor, org))
        throw forbidden('Only hiring employers offer job shadowing');
    } else if (!hasKind(org, ['hiring_employer'])) {
      throw invalidInput('employerId', 'employerId: is not an active hiring employer');
    }
    checkShadowingDates(input.startDate, input.endDate);
    const vacancy = input.vacancyId ? await slotVacancy(tx, org.id, input.vacancyId) : null;
    const occupationId = input.occupationId ?? vacancy?.occupationId ?? null;
    if (input.occupationId) await requireOccupation(tx, input.occupationId, 'occupationId');
    const [row] = await tx
      .insert(shadowingSlots)
      .values({
        id: randomUUID(),
        regionId: org.regionId,
        employerId: org.id,
        vacancyId: vacancy?.id ?? null,
        occupationId,
        title: input.title,
        startDate: input.startDate,
        endDate: input.endDate,
        capacity: input.capacity,
        city: input.city ?? null,
        status: input.status,
        createdAt: now,
      })
      .returning();
    if (!row) throw new AppError('internal', 'insert returned no row');
    await recordOfferEvent(
      tx,
      actor,
      { type: 'shadowing_slot', id: row.id, regionId: row.regionId },
      'offered',
      {
        employerId: row.employerId,
        vacancyId: row.vacancyId,
        occupationId,
        capacity: row.capacity,
      },
      now,
    );
    return viewOne(slotViews, tx, row);
  });
}
