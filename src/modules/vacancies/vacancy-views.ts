import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { organisations } from '../organisations/schema.ts';
import type { Vacancy } from './contracts.ts';
import { maySeeVacancyInternals } from './policies.ts';
import { presentVacancy, type RequirementRow, type VacancyRow } from './presenters.ts';
import { vacancyRequirements } from './schema.ts';
import { occupationRefs, skillRefs } from './taxonomy-refs.ts';

/**
 * Vacancy rows as the API shows them to `actor` (null: the system, which sees everything),
 * with employer, occupation and requirements fetched in a few queries for the whole list.
 */
export async function vacancyViews(
  db: Db,
  actor: Actor | null,
  rows: readonly VacancyRow[],
): Promise<Vacancy[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const employerIds = [...new Set(rows.map((r) => r.employerId))];
  // One after another: inside a transaction the queries share one connection.
  const employers = await db
    .select({ id: organisations.id, name: organisations.name, sector: organisations.sector })
    .from(organisations)
    .where(inArray(organisations.id, employerIds));
  const occupationsById = await occupationRefs(
    db,
    rows.flatMap((r) => (r.occupationId === null ? [] : [r.occupationId])),
  );
  const requirementRows = await db
    .select()
    .from(vacancyRequirements)
    .where(inArray(vacancyRequirements.vacancyId, ids));
  const skills = await skillRefs(
    db,
    requirementRows.map((r) => r.skillId),
  );
  const employerById = new Map(employers.map((e) => [e.id, e]));
  const requirementsOf = new Map<string, RequirementRow[]>();
  for (const r of requirementRows) {
    const list = requirementsOf.get(r.vacancyId) ?? [];
    list.push(r);
    requirementsOf.set(r.vacancyId, list);
  }
  return rows.map((row) => {
    const employer = employerById.get(row.employerId);
    return presentVacancy(row, {
      employerName: employer?.name ?? '',
      employerSector: employer?.sector ?? null,
      occupation:
        row.occupationId === null ? null : (occupationsById.get(row.occupationId) ?? null),
      requirements: requirementsOf.get(row.id) ?? [],
      skills,
      internals: actor === null || maySeeVacancyInternals(actor, row),
    });
  });
}

export async function vacancyView(db: Db, actor: Actor | null, row: VacancyRow): Promise<Vacancy> {
  const [view] = await vacancyViews(db, actor, [row]);
  if (!view) throw new Error('vacancyViews returned nothing for one row');
  return view;
}
