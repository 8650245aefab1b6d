import type { Sector } from '../organisations/contracts.ts';
import type { ConceptRef } from './contracts.ts';
import {
  PASSPORT_FORMAT,
  type ExportedEducation,
  type ExportedSkill,
  type ExportedWorkHistory,
  type PassportExport,
} from './export-contract.ts';
import type { ContractType, Evidence, SkillSource } from './field-rules.ts';
import type { PassportParts } from './passport-reader.ts';
import { educationFieldsOf, presentPersonal, workHistoryFieldsOf } from './presenters.ts';

const labelOf = (c: ConceptRef): string | null => c.labelNl ?? c.labelEn;

/** Nulls after numbers, larger numbers first. */
const descNullsLast = (a: number | null, b: number | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a;

/** Ties are broken by the whole entry, so the order never depends on ids of an installation. */
const byContent = (a: unknown, b: unknown): number => {
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

const workOrder = (a: ExportedWorkHistory, b: ExportedWorkHistory): number =>
  (a.endYear === null ? 0 : 1) - (b.endYear === null ? 0 : 1) ||
  descNullsLast(a.endYear, b.endYear) ||
  descNullsLast(a.startYear, b.startYear) ||
  byContent(a, b);

const educationOrder = (a: ExportedEducation, b: ExportedEducation): number =>
  descNullsLast(a.year, b.year) || byContent(a, b);

const skillOrder = (a: ExportedSkill, b: ExportedSkill): number =>
  a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;

/**
 * A passport as the portable `overstap.passport/v1` document: taxonomy URIs instead of ids,
 * and a canonical order (current jobs first, then newest; skills by URI) so that exporting,
 * importing and exporting again gives the same document.
 */
export function toPassportExport(parts: PassportParts, exportedAt: Date): PassportExport {
  const { wishes } = parts;
  return {
    format: PASSPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    person: presentPersonal(parts.person),
    workHistory: parts.workHistory
      .map((w): ExportedWorkHistory => ({
        ...workHistoryFieldsOf(w),
        occupationUri: w.occupation?.uri ?? null,
        occupationLabel: w.occupation ? labelOf(w.occupation) : null,
      }))
      .sort(workOrder),
    education: parts.education.map(educationFieldsOf).sort(educationOrder),
    skills: parts.skills
      .map((s): ExportedSkill => ({
        uri: s.skill.uri,
        label: labelOf(s.skill),
        level: s.level,
        evidence: s.evidence as Evidence,
        source: s.source as SkillSource,
        note: s.note,
        confirmedAt: s.confirmedAt?.toISOString() ?? null,
      }))
      .sort(skillOrder),
    wishes: wishes
      ? {
          sectors: wishes.sectors as Sector[],
          occupationUris: wishes.occupations.map((o) => o.uri),
          hoursMin: wishes.hoursMin,
          hoursMax: wishes.hoursMax,
          maxTravelKm: wishes.maxTravelKm,
          minMonthlySalary: wishes.minMonthlySalary,
          earliestStart: wishes.earliestStart,
          contractTypes: wishes.contractTypes as ContractType[],
          trainingHoursPerWeek: wishes.trainingHoursPerWeek,
        }
      : null,
  };
}

/** A file name that says what the file is and whose it is, without personal data. */
export const exportFileName = (pseudonym: string): string =>
  `overstap-paspoort-${pseudonym.replace(/[^A-Za-z0-9-]/g, '')}.json`;
