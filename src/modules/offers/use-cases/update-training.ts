import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { locatedAddress } from '../../vacancies/places.ts';
import type { Training, UpdateTrainingBody } from '../contracts.ts';
import { manageableOffer, recordOfferEvent, trainingRef } from '../offer-access.ts';
import { trainingViews, viewOne } from '../presenters.ts';
import { trainings, trainingSkills } from '../schema.ts';
import { checkTraining, sortedDates, writeTaughtSkills } from '../training-writer.ts';

/** The provider changes its training (status archived takes it out of the catalogue). */
export async function updateTraining(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateTrainingBody,
  now: Date,
): Promise<Training> {
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(trainings).where(eq(trainings.id, id)).for('update');
    const current = manageableOffer(actor, found, trainingRef, 'Training');
    const { skills, ...fields } = input;
    const currentSkills =
      skills ??
      (await tx
        .select({ skillId: trainingSkills.skillId, level: trainingSkills.level })
        .from(trainingSkills)
        .where(eq(trainingSkills.trainingId, id)));
    checkTraining({
      continuousIntake: fields.continuousIntake ?? current.continuousIntake,
      startDates: fields.startDates ?? current.startDates,
      status: fields.status ?? current.status,
      skills: currentSkills,
    });
    const address =
      fields.postcode !== undefined || fields.city !== undefined
        ? locatedAddress({
            postcode: fields.postcode === undefined ? current.postcode : fields.postcode,
            city: fields.city === undefined ? current.city : fields.city,
          })
        : {};
    const [row] = await tx
      .update(trainings)
      .set({
        ...fields,
        ...(fields.startDates ? { startDates: sortedDates(fields.startDates) } : {}),
        ...(fields.funding ? { funding: [...new Set(fields.funding)] } : {}),
        ...address,
        updatedAt: now,
      })
      .where(eq(trainings.id, id))
      .returning();
    if (!row) throw notFound('Training');
    if (skills) await writeTaughtSkills(tx, id, skills);
    await recordOfferEvent(
      tx,
      actor,
      { type: 'training', id, regionId: row.regionId },
      'updated',
      { changed: Object.keys(input), status: row.status },
      now,
    );
    return viewOne(trainingViews, tx, row);
  });
}
