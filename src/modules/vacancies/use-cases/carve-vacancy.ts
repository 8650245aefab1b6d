import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, invalidInput, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type {
  CarvePart,
  CarveResult,
  CarveVacancyBody,
  RequirementInput,
  VacancyStatus,
} from '../contracts.ts';
import type { RequirementRow, VacancyRow } from '../presenters.ts';
import { vacancies, vacancyRequirements } from '../schema.ts';
import { requireOccupation } from '../taxonomy-refs.ts';
import { recordVacancyEvent, vacancyForManaging } from '../vacancy-access.ts';
import { vacancyView } from '../vacancy-views.ts';
import { checkBands, insertVacancy, valuesOf, type VacancyValues } from '../vacancy-writer.ts';

const carvable: readonly VacancyStatus[] = ['draft', 'open', 'paused'];

/** A part's requirements: a selection of the original's, with this part's own level or weight. */
export function carvedRequirements(
  name: 'a' | 'b',
  part: CarvePart,
  original: readonly RequirementRow[],
): RequirementInput[] {
  const seen = new Set<number>();
  return part.requirements.map((r, i) => {
    const field = `${name}.requirements.${i}.skillId`;
    const base = original.find((o) => o.skillId === r.skillId);
    if (!base) {
      throw invalidInput(
        field,
        `${field}: skill ${r.skillId} is not a requirement of this vacancy`,
      );
    }
    if (seen.has(r.skillId))
      throw invalidInput(field, `${field}: skill ${r.skillId} is listed twice`);
    seen.add(r.skillId);
    return {
      skillId: r.skillId,
      importance: r.importance ?? (base.importance === 'essential' ? 'essential' : 'optional'),
      learnable: r.learnable ?? base.learnable,
      minLevel: r.minLevel ?? base.minLevel,
    };
  });
}

export function carvedValues(original: VacancyRow, part: CarvePart): VacancyValues {
  const base = valuesOf(original);
  return {
    ...base,
    title: part.title,
    tasks: part.tasks,
    occupationId: part.occupationId === undefined ? base.occupationId : part.occupationId,
    hoursMin: part.hoursMin === undefined ? base.hoursMin : part.hoursMin,
    hoursMax: part.hoursMax === undefined ? base.hoursMax : part.hoursMax,
    salaryMin: part.salaryMin === undefined ? base.salaryMin : part.salaryMin,
    salaryMax: part.salaryMax === undefined ? base.salaryMax : part.salaryMax,
    positions: part.positions ?? base.positions,
  };
}

/**
 * Job carving: the employer splits a vacancy's tasks into two vacancies at different levels
 * (e.g. the care tasks that need a diploma, and the hospitality tasks a side-entrant can do
 * now). The two new vacancies point to the original by carved_from_id; the original closes.
 */
export async function carveVacancy(
  db: Db,
  actor: Actor,
  id: string,
  input: CarveVacancyBody,
  now: Date,
): Promise<CarveResult> {
  return db.transaction(async (tx) => {
    const original = await vacancyForManaging(tx, actor, id);
    const from = original.status as VacancyStatus;
    if (!carvable.includes(from)) {
      throw conflict(`status: a ${from} vacancy cannot be carved`, 'status');
    }
    if (input.a.title.toLowerCase() === input.b.title.toLowerCase()) {
      throw invalidInput('b.title', 'b.title: give the two new vacancies different titles');
    }
    const requirements = await tx
      .select()
      .from(vacancyRequirements)
      .where(eq(vacancyRequirements.vacancyId, id));
    const parts: VacancyRow[] = [];
    for (const name of ['a', 'b'] as const) {
      const part = input[name];
      const values = carvedValues(original, part);
      if (part.occupationId) await requireOccupation(tx, part.occupationId, `${name}.occupationId`);
      checkBands(values, `${name}.`);
      parts.push(
        await insertVacancy(
          tx,
          actor,
          {
            regionId: original.regionId,
            employerId: original.employerId,
            values,
            requirements: carvedRequirements(name, part, requirements),
            status: from,
            carvedFromId: original.id,
            via: 'carving',
          },
          now,
        ),
      );
    }
    const [closed] = await tx
      .update(vacancies)
      .set({ status: 'closed', updatedAt: now })
      .where(eq(vacancies.id, id))
      .returning();
    const [a, b] = parts;
    if (!closed || !a || !b) throw notFound('Vacancy');
    const reason = input.reason ?? null;
    await recordVacancyEvent(
      tx,
      actor,
      closed,
      'vacancy.carved',
      { into: [a.id, b.id], reason },
      now,
    );
    await recordVacancyEvent(
      tx,
      actor,
      closed,
      'vacancy.status_changed',
      { from, to: 'closed', reason: reason ?? 'carved into two vacancies' },
      now,
    );
    return {
      original: await vacancyView(tx, actor, closed),
      a: await vacancyView(tx, actor, a),
      b: await vacancyView(tx, actor, b),
    };
  });
}
