import type { Actor } from '../auth/actor.ts';
import type { Sector } from '../organisations/contracts.ts';
import type {
  EducationEntry,
  Evidence,
  Passport,
  PersonalData,
  SkillSource,
  WorkHistoryEntry,
} from './contracts.ts';
import type { ContractType, Completion, EducationKind } from './field-rules.ts';
import type { EducationRow, PassportParts, WorkHistoryRow } from './passport-reader.ts';
import { mayConfirmSkills, mayEditPassport } from './policies.ts';
import type { PersonRow } from './schema.ts';

export const presentPersonal = (p: PersonRow): PersonalData => ({
  givenName: p.givenName,
  familyName: p.familyName,
  email: p.email,
  phone: p.phone,
  postcode: p.postcode,
  city: p.city,
  birthYear: p.birthYear,
  summary: p.summary,
});

/** The fields of a job both the API and the export show, without ids. */
export const workHistoryFieldsOf = (w: WorkHistoryRow) => ({
  jobTitle: w.jobTitle,
  employerName: w.employerName,
  sector: w.sector as Sector | null,
  startYear: w.startYear,
  endYear: w.endYear,
  description: w.description,
  monthlySalary: w.monthlySalary,
  hoursPerWeek: w.hoursPerWeek,
});

export const educationFieldsOf = (e: EducationRow): Omit<EducationEntry, 'id'> => ({
  kind: e.kind as EducationKind,
  name: e.name,
  level: e.level,
  institution: e.institution,
  year: e.year,
  completed: e.completed as Completion | null,
  validUntil: e.validUntil,
});

export function presentPassport(parts: PassportParts, actor: Actor): Passport {
  const { person, wishes } = parts;
  return {
    id: person.id,
    pseudonym: person.pseudonym,
    regionId: person.regionId,
    hasAccount: person.userId !== null,
    caseOrganisationId: person.caseOrganisationId,
    currentEmployerId: person.currentEmployerId,
    personal: presentPersonal(person),
    workHistory: parts.workHistory.map((w): WorkHistoryEntry => ({
      id: w.id,
      ...workHistoryFieldsOf(w),
      occupation: w.occupation,
    })),
    education: parts.education.map((e) => ({ id: e.id, ...educationFieldsOf(e) })),
    skills: parts.skills.map((s) => ({
      ...s.skill,
      level: s.level,
      evidence: s.evidence as Evidence,
      source: s.source as SkillSource,
      note: s.note,
      confirmedBy:
        s.confirmedByUserId && s.confirmedByName
          ? { userId: s.confirmedByUserId, name: s.confirmedByName }
          : null,
      confirmedAt: s.confirmedAt?.toISOString() ?? null,
      updatedAt: s.updatedAt.toISOString(),
    })),
    wishes: wishes
      ? {
          sectors: wishes.sectors as Sector[],
          occupations: wishes.occupations,
          hoursMin: wishes.hoursMin,
          hoursMax: wishes.hoursMax,
          maxTravelKm: wishes.maxTravelKm,
          minMonthlySalary: wishes.minMonthlySalary,
          earliestStart: wishes.earliestStart,
          contractTypes: wishes.contractTypes as ContractType[],
          trainingHoursPerWeek: wishes.trainingHoursPerWeek,
          updatedAt: wishes.updatedAt.toISOString(),
        }
      : null,
    permissions: {
      edit: mayEditPassport(actor, person),
      confirmSkills: mayConfirmSkills(actor, person),
    },
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}
