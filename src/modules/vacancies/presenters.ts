import type {
  EmploymentConditions,
  Requirement,
  Vacancy,
  VacancyContractType,
  VacancyStatus,
} from './contracts.ts';
import { employmentConditionsSchema } from './contracts.ts';
import type { vacancies, vacancyRequirements } from './schema.ts';
import { nextVacancyStatuses } from './status-transitions.ts';
import type { OccupationRef, SkillRef } from './taxonomy-refs.ts';

export type VacancyRow = typeof vacancies.$inferSelect;
export type RequirementRow = typeof vacancyRequirements.$inferSelect;

/** Everything a vacancy row needs besides itself to be shown. */
export interface VacancyContext {
  employerName: string;
  employerSector: string | null;
  occupation: OccupationRef | null;
  requirements: RequirementRow[];
  skills: Map<number, SkillRef>;
  /** Whether the viewer may see employer-internal fields (who posted it). */
  internals: boolean;
}

export const emptyConditions: EmploymentConditions = {
  collectiveAgreement: null,
  pensionScheme: null,
  pensionEmployerSharePct: null,
  holidayAllowancePct: null,
  endOfYearBonusPct: null,
  leaveDaysPerYear: null,
  travelAllowancePerKm: null,
  irregularHoursPay: null,
  irregularHoursNote: null,
  other: null,
};

/** Stored conditions read back through the template; unknown or broken keys become null. */
export function readConditions(stored: Record<string, unknown>): EmploymentConditions {
  const parsed = employmentConditionsSchema.partial().safeParse(stored);
  return { ...emptyConditions, ...(parsed.success ? parsed.data : {}) };
}

export function presentRequirement(row: RequirementRow, skill: SkillRef): Requirement {
  return {
    skill: { id: skill.id, uri: skill.uri, labelNl: skill.labelNl, labelEn: skill.labelEn },
    importance: row.importance === 'essential' ? 'essential' : 'optional',
    learnable: row.learnable,
    minLevel: row.minLevel,
    certificate: skill.certificate,
  };
}

const importanceOrder = (r: Requirement) => (r.importance === 'essential' ? 0 : 1);

export function presentVacancy(row: VacancyRow, ctx: VacancyContext): Vacancy {
  const status = row.status as VacancyStatus;
  const requirements = ctx.requirements
    .flatMap((r) => {
      const skill = ctx.skills.get(r.skillId);
      return skill ? [presentRequirement(r, skill)] : [];
    })
    .sort(
      (a, b) =>
        importanceOrder(a) - importanceOrder(b) ||
        a.skill.labelNl.localeCompare(b.skill.labelNl, 'nl'),
    );
  const occupation = ctx.occupation;
  return {
    id: row.id,
    regionId: row.regionId,
    employer: { id: row.employerId, name: ctx.employerName },
    title: row.title,
    occupation: occupation
      ? {
          id: occupation.id,
          uri: occupation.uri,
          labelNl: occupation.labelNl,
          labelEn: occupation.labelEn,
        }
      : null,
    sector: occupation?.sector ?? ctx.employerSector,
    tasks: row.tasks,
    description: row.description,
    hoursMin: row.hoursMin,
    hoursMax: row.hoursMax,
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    postcode: row.postcode,
    city: row.city,
    lat: row.lat,
    lon: row.lon,
    startDate: row.startDate,
    positions: row.positions,
    contractType: (row.contractType as VacancyContractType | null) ?? null,
    conditionalContract: row.conditionalContract,
    jobShadowing: row.jobShadowing,
    conditions: readConditions(row.conditions),
    status,
    nextStatuses: [...nextVacancyStatuses(status)],
    carvedFromId: row.carvedFromId,
    requirements,
    ...(ctx.internals ? { createdByUserId: row.createdByUserId } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
