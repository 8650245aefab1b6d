import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError, invalidInput } from '../../shared/errors.ts';
import type { Actor } from '../auth/actor.ts';
import type {
  EmploymentConditions,
  RequirementInput,
  VacancyContractType,
  VacancyStatus,
} from './contracts.ts';
import { locatedAddress } from './places.ts';
import { readConditions, type VacancyRow } from './presenters.ts';
import { vacancies, vacancyRequirements } from './schema.ts';
import { recordVacancyEvent } from './vacancy-access.ts';

/** The fields a vacancy is written with (after defaults and validation). */
export interface VacancyValues {
  title: string;
  occupationId: number | null;
  tasks: string[];
  description: string | null;
  hoursMin: number | null;
  hoursMax: number | null;
  salaryMin: number | null;
  salaryMax: number | null;
  postcode: string | null;
  city: string | null;
  startDate: string | null;
  positions: number;
  contractType: VacancyContractType | null;
  conditionalContract: boolean;
  jobShadowing: boolean;
  conditions: EmploymentConditions;
}

/** Bands go from low to high; checked on the values as they will be stored. */
export function checkBands(
  v: Pick<VacancyValues, 'hoursMin' | 'hoursMax' | 'salaryMin' | 'salaryMax'>,
  prefix = '',
): void {
  if (v.hoursMin !== null && v.hoursMax !== null && v.hoursMax < v.hoursMin) {
    throw invalidInput(`${prefix}hoursMax`, `${prefix}hoursMax: must be at least hoursMin`);
  }
  if (v.salaryMin !== null && v.salaryMax !== null && v.salaryMax < v.salaryMin) {
    throw invalidInput(`${prefix}salaryMax`, `${prefix}salaryMax: must be at least salaryMin`);
  }
}

/** The values of an existing vacancy, as a starting point for a change or a carved part. */
export function valuesOf(row: VacancyRow): VacancyValues {
  return {
    title: row.title,
    occupationId: row.occupationId,
    tasks: row.tasks,
    description: row.description,
    hoursMin: row.hoursMin,
    hoursMax: row.hoursMax,
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    postcode: row.postcode,
    city: row.city,
    startDate: row.startDate,
    positions: row.positions,
    contractType: (row.contractType as VacancyContractType | null) ?? null,
    conditionalContract: row.conditionalContract,
    jobShadowing: row.jobShadowing,
    conditions: readConditions(row.conditions),
  };
}

/** The columns derived from the values: normalised postcode and a point from the gazetteer. */
export const locatedValues = (v: VacancyValues) => ({ ...v, ...locatedAddress(v) });

export async function writeRequirements(
  tx: Db,
  vacancyId: string,
  requirements: readonly RequirementInput[],
): Promise<void> {
  await tx.delete(vacancyRequirements).where(eq(vacancyRequirements.vacancyId, vacancyId));
  if (requirements.length === 0) return;
  await tx.insert(vacancyRequirements).values(
    requirements.map((r) => ({
      vacancyId,
      skillId: r.skillId,
      importance: r.importance,
      learnable: r.learnable,
      minLevel: r.minLevel,
    })),
  );
}

export const requirementSummary = (requirements: readonly RequirementInput[]) => ({
  requirements: requirements.length,
  essential: requirements.filter((r) => r.importance === 'essential').length,
  learnable: requirements.filter((r) => r.learnable).length,
});

/**
 * Inserts one vacancy with its requirements and records `vacancy.posted`. Callers have checked
 * who may post it and that occupation and skills exist.
 */
export async function insertVacancy(
  tx: Db,
  actor: Actor | null,
  input: {
    regionId: string;
    employerId: string;
    values: VacancyValues;
    requirements: readonly RequirementInput[];
    status: VacancyStatus;
    carvedFromId?: string | null;
    via: 'form' | 'import' | 'carving' | 'seed';
  },
  now: Date,
): Promise<VacancyRow> {
  checkBands(input.values);
  const [row] = await tx
    .insert(vacancies)
    .values({
      id: randomUUID(),
      regionId: input.regionId,
      employerId: input.employerId,
      ...locatedValues(input.values),
      status: input.status,
      carvedFromId: input.carvedFromId ?? null,
      createdByUserId: actor?.userId ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new AppError('internal', 'insert returned no row');
  await writeRequirements(tx, row.id, input.requirements);
  await recordVacancyEvent(
    tx,
    actor,
    row,
    'vacancy.posted',
    {
      title: row.title,
      employerId: row.employerId,
      occupationId: row.occupationId,
      status: row.status,
      positions: row.positions,
      via: input.via,
      ...(row.carvedFromId ? { carvedFromId: row.carvedFromId } : {}),
      ...requirementSummary(input.requirements),
    },
    now,
  );
  return row;
}
