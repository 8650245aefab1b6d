import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { AppError, forbidden, invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import {
  hasKind,
  owningOrganisation,
  type ActingOrganisation,
} from '../../vacancies/acting-organisation.ts';
import { locatedAddress } from '../../vacancies/places.ts';
import type { CreateTrainingBody, Training } from '../contracts.ts';
import { recordOfferEvent } from '../offer-access.ts';
import { mayPublishOffers } from '../policies.ts';
import { trainingViews, viewOne } from '../presenters.ts';
import { trainings } from '../schema.ts';
import { checkTraining, sortedDates, writeTaughtSkills } from '../training-writer.ts';

/** The provider an offer is published for, if the actor may publish for it. */
export async function providerFor(
  db: Db,
  actor: Actor | null,
  providerId: string | undefined,
): Promise<ActingOrganisation> {
  const org = await owningOrganisation(db, actor, providerId, 'providerId');
  if (actor && actor.role !== 'admin') {
    if (!mayPublishOffers(actor, org))
      throw forbidden('Only training providers and initiatives publish offers');
  } else if (!hasKind(org, ['training_provider', 'initiative'])) {
    throw invalidInput(
      'providerId',
      'providerId: is not an active training provider or initiative',
    );
  }
  return org;
}

/** A provider publishes a training: skills taught, duration, cost, start dates, funding. */
export async function publishTraining(
  db: Db,
  actor: Actor | null,
  input: CreateTrainingBody,
  now: Date,
): Promise<Training> {
  return db.transaction(async (tx) => {
    const org = await providerFor(tx, actor, input.providerId);
    checkTraining(input);
    const { skills, providerId: _providerId, ...fields } = input;
    const [row] = await tx
      .insert(trainings)
      .values({
        id: randomUUID(),
        regionId: org.regionId,
        providerId: org.id,
        ...fields,
        description: fields.description ?? null,
        qualification: fields.qualification ?? null,
        sector: fields.sector ?? null,
        hoursPerWeek: fields.hoursPerWeek ?? null,
        modality: fields.modality ?? null,
        entryRequirements: fields.entryRequirements ?? null,
        startDates: sortedDates(fields.startDates),
        funding: [...new Set(fields.funding)],
        ...locatedAddress({ postcode: fields.postcode ?? null, city: fields.city ?? null }),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('internal', 'insert returned no row');
    await writeTaughtSkills(tx, row.id, skills);
    await recordOfferEvent(
      tx,
      actor,
      { type: 'training', id: row.id, regionId: row.regionId },
      'published',
      {
        providerId: row.providerId,
        status: row.status,
        skillIds: skills.map((s) => s.skillId),
        weeks: row.weeks,
        costEur: row.costEur,
      },
      now,
    );
    return viewOne(trainingViews, tx, row);
  });
}
