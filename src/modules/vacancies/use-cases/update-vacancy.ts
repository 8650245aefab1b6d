import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { UpdateVacancyBody, Vacancy } from '../contracts.ts';
import { vacancies } from '../schema.ts';
import { requireOccupation } from '../taxonomy-refs.ts';
import { recordVacancyEvent, requireNotFinal, vacancyForManaging } from '../vacancy-access.ts';
import { vacancyView } from '../vacancy-views.ts';
import { checkBands, locatedValues, valuesOf, type VacancyValues } from '../vacancy-writer.ts';

/** The employer changes the fields of a vacancy that is not filled or closed. */
export async function updateVacancy(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateVacancyBody,
  now: Date,
): Promise<Vacancy> {
  return db.transaction(async (tx) => {
    const current = await vacancyForManaging(tx, actor, id);
    requireNotFinal(current);
    if (input.occupationId) await requireOccupation(tx, input.occupationId, 'occupationId');
    const before = valuesOf(current);
    const { conditions, ...fields } = input;
    const merged: VacancyValues = {
      ...before,
      ...fields,
      conditions: { ...before.conditions, ...conditions },
    };
    checkBands(merged);
    const [row] = await tx
      .update(vacancies)
      .set({ ...locatedValues(merged), updatedAt: now })
      .where(eq(vacancies.id, id))
      .returning();
    if (!row) throw notFound('Vacancy');
    const changed = [
      ...Object.keys(fields),
      ...Object.keys(conditions ?? {}).map((k) => `conditions.${k}`),
    ];
    await recordVacancyEvent(tx, actor, row, 'vacancy.updated', { changed }, now);
    return vacancyView(tx, actor, row);
  });
}
