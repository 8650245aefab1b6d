import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Passport, SetWishesBody } from '../contracts.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { passportAfterChange } from '../passport-view.ts';
import { personWishes } from '../schema.ts';
import { requireOccupations } from '../taxonomy-lookups.ts';

/** Replaces the person's wishes: what work, how much, how far, for how much, from when. */
export async function setWishes(
  db: Db,
  actor: Actor,
  personId: string,
  input: SetWishesBody,
  now: Date,
): Promise<Passport> {
  const hoursMin = input.hoursMin ?? null;
  const hoursMax = input.hoursMax ?? null;
  if (hoursMin !== null && hoursMax !== null && hoursMax < hoursMin) {
    throw invalidInput('hoursMax', `hoursMax: ${hoursMax} is below hoursMin ${hoursMin}`);
  }
  const wishes = {
    sectors: [...new Set(input.sectors)],
    occupationIds: [...new Set(input.occupationIds)],
    hoursMin,
    hoursMax,
    maxTravelKm: input.maxTravelKm ?? null,
    minMonthlySalary: input.minMonthlySalary ?? null,
    earliestStart: input.earliestStart ?? null,
    contractTypes: [...new Set(input.contractTypes)],
    trainingHoursPerWeek: input.trainingHoursPerWeek ?? null,
    updatedAt: now,
  };
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, personId);
    await requireOccupations(tx, wishes.occupationIds, 'occupationIds');
    const [before] = await tx
      .select()
      .from(personWishes)
      .where(eq(personWishes.personId, personId));
    await tx
      .insert(personWishes)
      .values({ personId, ...wishes })
      .onConflictDoUpdate({ target: personWishes.personId, set: wishes });
    const changed = (Object.keys(wishes) as (keyof typeof wishes)[]).filter(
      (k) => k !== 'updatedAt' && JSON.stringify(wishes[k]) !== JSON.stringify(before?.[k] ?? null),
    );
    await recordPersonEvent(tx, actor, person, 'person.wishes_set', { changed });
    return passportAfterChange(tx, actor, person, now);
  });
}
