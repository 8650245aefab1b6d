import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { trainings, trainingSkills } from '../offers/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { occupations, skills } from '../taxonomy/schema.ts';
import { vacancies } from '../vacancies/schema.ts';
import type { OccupationRef, SkillRef, TrainingRef, VacancyRef } from './contracts.ts';

/** Labels for the ids the engine answers with, fetched in one query per kind. */
export interface Lookups {
  skill(id: number): SkillRef;
  training(id: string): TrainingRef | null;
  occupation(id: number): OccupationRef | null;
  vacancy(id: string): VacancyRef | null;
}

export interface Wanted {
  skillIds: Iterable<number>;
  trainingIds: Iterable<string>;
  occupationIds: Iterable<number>;
  vacancyIds: Iterable<string>;
}

const uniq = <T>(it: Iterable<T>): T[] => [...new Set(it)];

export async function lookups(db: Db, wanted: Wanted): Promise<Lookups> {
  const skillIds = uniq(wanted.skillIds);
  const trainingIds = uniq(wanted.trainingIds);
  const vacancyIds = uniq(wanted.vacancyIds);
  const [skillRows, trainingRows, vacancyRows] = await Promise.all([
    skillIds.length
      ? db
          .select({
            id: skills.id,
            uri: skills.uri,
            labelNl: skills.labelNl,
            labelEn: skills.labelEn,
          })
          .from(skills)
          .where(inArray(skills.id, skillIds))
      : [],
    trainingIds.length
      ? db
          .select({
            id: trainings.id,
            name: trainings.name,
            weeks: trainings.weeks,
            costEur: trainings.costEur,
          })
          .from(trainings)
          .where(inArray(trainings.id, trainingIds))
      : [],
    vacancyIds.length
      ? db
          .select({
            id: vacancies.id,
            title: vacancies.title,
            employerId: vacancies.employerId,
            employerName: organisations.name,
            city: vacancies.city,
            occupationId: vacancies.occupationId,
          })
          .from(vacancies)
          .innerJoin(organisations, eq(organisations.id, vacancies.employerId))
          .where(inArray(vacancies.id, vacancyIds))
      : [],
  ]);
  const occupationIds = uniq([
    ...wanted.occupationIds,
    ...vacancyRows.flatMap((v) => (v.occupationId === null ? [] : [v.occupationId])),
  ]);
  const occRows = occupationIds.length
    ? await db
        .select({
          id: occupations.id,
          labelNl: occupations.labelNl,
          labelEn: occupations.labelEn,
          sector: occupations.sector,
        })
        .from(occupations)
        .where(inArray(occupations.id, occupationIds))
    : [];
  const skillMap = new Map(skillRows.map((s) => [s.id, s]));
  const trainingMap = new Map(trainingRows.map((t) => [t.id, t]));
  const occMap = new Map(occRows.map((o) => [o.id, o]));
  const vacancyMap = new Map(
    vacancyRows.map((v): [string, VacancyRef] => [
      v.id,
      {
        id: v.id,
        title: v.title,
        employerId: v.employerId,
        employerName: v.employerName,
        city: v.city,
        occupation: v.occupationId === null ? null : (occMap.get(v.occupationId) ?? null),
      },
    ]),
  );
  return {
    skill: (id) => skillMap.get(id) ?? { id, uri: '', labelNl: null, labelEn: null },
    training: (id) => trainingMap.get(id) ?? null,
    occupation: (id) => occMap.get(id) ?? null,
    vacancy: (id) => vacancyMap.get(id) ?? null,
  };
}

/** Published trainings of the region that teach each of `skillIds`, cheapest and shortest first. */
export async function trainingsTeaching(
  db: Db,
  regionId: string,
  skillIds: readonly number[],
): Promise<Map<number, TrainingRef[]>> {
  const out = new Map<number, TrainingRef[]>();
  if (skillIds.length === 0) return out;
  const found = await db
    .select({
      skillId: trainingSkills.skillId,
      id: trainings.id,
      name: trainings.name,
      weeks: trainings.weeks,
      costEur: trainings.costEur,
    })
    .from(trainingSkills)
    .innerJoin(trainings, eq(trainings.id, trainingSkills.trainingId))
    .where(
      and(
        inArray(trainingSkills.skillId, [...new Set(skillIds)]),
        eq(trainings.regionId, regionId),
        eq(trainings.status, 'published'),
      ),
    )
    .orderBy(trainings.weeks, trainings.costEur, trainings.name);
  for (const { skillId, ...t } of found) {
    const list = out.get(skillId);
    if (list) list.push(t);
    else out.set(skillId, [t]);
  }
  return out;
}

/** The ids among `ids` of vacancies that are open right now (the index may lag a moment). */
export async function stillOpen(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await db
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(and(inArray(vacancies.id, [...new Set(ids)]), eq(vacancies.status, 'open')));
  return new Set(found.map((r) => r.id));
}

/** Only vacancy references (title, employer, city, occupation) for these ids. */
export const vacancyLookups = (db: Db, vacancyIds: Iterable<string>): Promise<Lookups> =>
  lookups(db, { skillIds: [], trainingIds: [], occupationIds: [], vacancyIds });
