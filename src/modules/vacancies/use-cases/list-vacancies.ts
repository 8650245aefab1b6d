import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ListVacanciesQuery, Vacancy } from '../contracts.ts';
import { vacancyListScope } from '../policies.ts';
import { vacancies } from '../schema.ts';
import { vacancyForReading } from '../vacancy-access.ts';
import { vacancyViews, vacancyView } from '../vacancy-views.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Employers list their own vacancies (any status); case managers, coordinators and candidates
 * the open vacancies of their region; administrators everything. Filters narrow that scope.
 */
export async function listVacancies(
  db: Db,
  actor: Actor,
  query: ListVacanciesQuery,
): Promise<Vacancy[]> {
  const scope = vacancyListScope(actor);
  if (!scope) throw forbidden('Your role does not list vacancies');
  const where: SQL[] = [];
  if (scope.kind === 'employer') where.push(eq(vacancies.employerId, scope.employerId));
  if (scope.kind === 'region-open') {
    where.push(eq(vacancies.regionId, scope.regionId), eq(vacancies.status, 'open'));
  }
  if (query.status) where.push(eq(vacancies.status, query.status));
  if (query.employerId) where.push(eq(vacancies.employerId, query.employerId));
  if (query.occupationId) where.push(eq(vacancies.occupationId, query.occupationId));
  if (query.sector) {
    where.push(
      sql`coalesce(
        (select o.sector from occupations o where o.id = ${vacancies.occupationId}),
        (select g.sector from organisations g where g.id = ${vacancies.employerId})
      ) = ${query.sector}`,
    );
  }
  if (query.skillId) {
    where.push(
      sql`exists (select 1 from vacancy_requirements r where r.vacancy_id = ${vacancies.id} and r.skill_id = ${query.skillId})`,
    );
  }
  if (query.city) where.push(sql`lower(${vacancies.city}) = lower(${query.city})`);
  if (query.conditionalContract) {
    where.push(eq(vacancies.conditionalContract, query.conditionalContract === 'true'));
  }
  if (query.jobShadowing) where.push(eq(vacancies.jobShadowing, query.jobShadowing === 'true'));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const text = or(
      ilike(vacancies.title, pattern),
      sql`array_to_string(${vacancies.tasks}, ' ') ilike ${pattern}`,
    );
    if (text) where.push(text);
  }
  const rows = await db
    .select()
    .from(vacancies)
    .where(and(...where))
    .orderBy(desc(vacancies.createdAt), vacancies.id)
    .limit(query.limit)
    .offset(query.offset);
  return vacancyViews(db, actor, rows);
}

export async function getVacancy(db: Db, actor: Actor, id: string): Promise<Vacancy> {
  return vacancyView(db, actor, await vacancyForReading(db, actor, id));
}
