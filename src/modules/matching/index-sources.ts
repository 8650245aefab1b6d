import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type {
  CandidateInput,
  CandidateSkill,
  Evidence,
  SkillLevel,
  SkillRequirement,
  TrainingInput,
  VacancyInput,
} from '../../matching/index.ts';
import { trainings, trainingSkills } from '../offers/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { personSkills, persons, personWishes, personWorkHistory } from '../people/schema.ts';
import { occupations } from '../taxonomy/schema.ts';
import { locate } from '../vacancies/places.ts';
import { vacancies, vacancyRequirements } from '../vacancies/schema.ts';
import { vacancyContractType, wishedContractTypes } from './contract-types.ts';

/**
 * Reads what the engine indexes for one region from the database, as engine inputs. `ids`
 * narrows a read to the rows that changed (incremental refresh); null reads the whole region.
 * An entity that is gone or no longer eligible (erased person, vacancy not open, training not
 * published) is returned in `gone`, so the caller removes it from the index.
 */
export interface Loaded<T> {
  present: T[];
  gone: string[];
}

const level = (n: number): SkillLevel => (n <= 1 ? 1 : n >= 4 ? 4 : (n as SkillLevel));
/** A skill derived from a job in the work history is the candidate's own word: self. */
const evidence = (e: string): Evidence =>
  e === 'coach_verified' || e === 'test' || e === 'certificate' ? e : 'self';
const num = (v: number | null): number | undefined => (v === null ? undefined : v);

function range(min: number | null, max: number | null) {
  const lo = min ?? max;
  const hi = max ?? min;
  return lo === null || hi === null ? undefined : { min: Math.min(lo, hi), max: Math.max(lo, hi) };
}

function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

const goneOf = (ids: readonly string[] | null, present: readonly { id: string }[]): string[] => {
  if (!ids) return [];
  const kept = new Set(present.map((p) => p.id));
  return ids.filter((id) => !kept.has(id));
};

function scoped(
  column: SQL | undefined,
  ids: readonly string[] | null,
  idCol: Parameters<typeof inArray>[0],
) {
  return ids ? and(column, inArray(idCol, [...ids])) : column;
}

export async function loadCandidates(
  db: Db,
  regionId: string,
  ids: readonly string[] | null,
): Promise<Loaded<CandidateInput>> {
  if (ids && ids.length === 0) return { present: [], gone: [] };
  const people = await db
    .select()
    .from(persons)
    .where(scoped(and(eq(persons.regionId, regionId), isNull(persons.erasedAt)), ids, persons.id));
  const personIds = people.map((p) => p.id);
  if (personIds.length === 0) return { present: [], gone: goneOf(ids, []) };
  const [skillRows, wishRows, jobRows] = await Promise.all([
    db.select().from(personSkills).where(inArray(personSkills.personId, personIds)),
    db.select().from(personWishes).where(inArray(personWishes.personId, personIds)),
    db
      .select({
        personId: personWorkHistory.personId,
        occupationId: personWorkHistory.occupationId,
      })
      .from(personWorkHistory)
      .where(
        and(inArray(personWorkHistory.personId, personIds), isNull(personWorkHistory.endYear)),
      ),
  ]);
  const skillsBy = groupBy(skillRows, (r) => r.personId);
  const wishesBy = new Map(wishRows.map((w) => [w.personId, w]));
  const jobBy = new Map(jobRows.filter((j) => j.occupationId !== null).map((j) => [j.personId, j]));
  const present = people.map((p): CandidateInput => {
    const skills = (skillsBy.get(p.id) ?? []).map((s): CandidateSkill => ({
      skillId: s.skillId,
      level: level(s.level),
      evidence: evidence(s.evidence),
    }));
    const w = wishesBy.get(p.id);
    const home = locate({ postcode: p.postcode, city: p.city });
    const job = jobBy.get(p.id);
    return {
      id: p.id,
      skills,
      wishes: {
        homeRegionId: regionId,
        ...(home ? { home } : {}),
        ...(w?.maxTravelKm != null && home ? { maxTravelKm: w.maxTravelKm } : {}),
        ...(w?.hoursMin != null ? { minHours: w.hoursMin } : {}),
        ...(w?.hoursMax != null ? { maxHours: w.hoursMax } : {}),
        ...(w?.minMonthlySalary != null ? { minSalary: w.minMonthlySalary } : {}),
        ...(w?.earliestStart ? { earliestStart: w.earliestStart } : {}),
        contractTypes: wishedContractTypes(w?.contractTypes ?? []),
        sectors: w?.sectors ?? [],
      },
      ...(job?.occupationId != null ? { currentOccupationId: String(job.occupationId) } : {}),
    };
  });
  return { present, gone: goneOf(ids, present) };
}

export async function loadVacancies(
  db: Db,
  regionId: string,
  ids: readonly string[] | null,
): Promise<Loaded<VacancyInput>> {
  if (ids && ids.length === 0) return { present: [], gone: [] };
  const rows = await db
    .select({
      v: vacancies,
      occupationSector: occupations.sector,
      employerSector: organisations.sector,
    })
    .from(vacancies)
    .leftJoin(occupations, eq(occupations.id, vacancies.occupationId))
    .leftJoin(organisations, eq(organisations.id, vacancies.employerId))
    .where(
      scoped(
        and(eq(vacancies.regionId, regionId), eq(vacancies.status, 'open')),
        ids,
        vacancies.id,
      ),
    );
  const vacancyIds = rows.map((r) => r.v.id);
  const reqRows =
    vacancyIds.length === 0
      ? []
      : await db
          .select()
          .from(vacancyRequirements)
          .where(inArray(vacancyRequirements.vacancyId, vacancyIds));
  const reqsBy = groupBy(reqRows, (r) => r.vacancyId);
  const present = rows.map(({ v, occupationSector, employerSector }): VacancyInput => {
    const requirements = (reqsBy.get(v.id) ?? []).map((r): SkillRequirement => ({
      skillId: r.skillId,
      importance: r.importance === 'essential' ? 'essential' : 'optional',
      learnableOnTheJob: r.learnable,
      minLevel: level(r.minLevel),
    }));
    const hours = range(v.hoursMin, v.hoursMax);
    const salary = range(v.salaryMin, v.salaryMax);
    const sector = occupationSector ?? employerSector;
    const contractType = vacancyContractType(v.contractType, v.conditionalContract);
    return {
      id: v.id,
      ...(v.occupationId !== null ? { occupationId: String(v.occupationId) } : {}),
      ...(sector ? { sector } : {}),
      requirements,
      ...(hours ? { hours } : {}),
      ...(salary ? { salary } : {}),
      location: {
        regionId,
        ...(v.lat !== null && v.lon !== null ? { point: { lat: v.lat, lon: v.lon } } : {}),
      },
      ...(v.startDate ? { startDate: v.startDate } : {}),
      ...(contractType ? { contractType } : {}),
      positions: Math.max(1, v.positions),
    };
  });
  return { present, gone: goneOf(ids, present) };
}

export async function loadTrainings(
  db: Db,
  regionId: string,
  ids: readonly string[] | null,
): Promise<Loaded<TrainingInput>> {
  if (ids && ids.length === 0) return { present: [], gone: [] };
  const rows = await db
    .select({ id: trainings.id, weeks: trainings.weeks, cost: trainings.costEur })
    .from(trainings)
    .where(
      scoped(
        and(eq(trainings.regionId, regionId), eq(trainings.status, 'published')),
        ids,
        trainings.id,
      ),
    );
  const trainingIds = rows.map((r) => r.id);
  const skillRows =
    trainingIds.length === 0
      ? []
      : await db
          .select()
          .from(trainingSkills)
          .where(inArray(trainingSkills.trainingId, trainingIds));
  const skillsBy = groupBy(skillRows, (r) => r.trainingId);
  const present = rows.map((t): TrainingInput => ({
    id: t.id,
    skillIds: (skillsBy.get(t.id) ?? []).map((s) => s.skillId),
    weeks: Math.max(0, t.weeks),
    cost: Math.max(0, num(t.cost) ?? 0),
  }));
  return { present, gone: goneOf(ids, present) };
}
