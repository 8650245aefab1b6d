import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { SetRequirementsBody, Vacancy } from '../contracts.ts';
import { vacancies } from '../schema.ts';
import { requireSkills } from '../taxonomy-refs.ts';
import { recordVacancyEvent, requireNotFinal, vacancyForManaging } from '../vacancy-access.ts';
import { vacancyView } from '../vacancy-views.ts';
import { requirementSummary, writeRequirements } from '../vacancy-writer.ts';

/** Replaces the skill requirements as a whole: what the employer's edited list says. */
export async function setVacancyRequirements(
  db: Db,
  actor: Actor,
  id: string,
  input: SetRequirementsBody,
  now: Date,
): Promise<Vacancy> {
  return db.transaction(async (tx) => {
    const current = await vacancyForManaging(tx, actor, id);
    requireNotFinal(current);
    await requireSkills(tx, input.requirements, 'requirements');
    await writeRequirements(tx, id, input.requirements);
    const [row] = await tx
      .update(vacancies)
      .set({ updatedAt: now })
      .where(eq(vacancies.id, id))
      .returning();
    await recordVacancyEvent(
      tx,
      actor,
      current,
      'vacancy.requirements_set',
      {
        ...requirementSummary(input.requirements),
        skillIds: input.requirements.map((r) => r.skillId),
      },
      now,
    );
    return vacancyView(tx, actor, row ?? current);
  });
}
