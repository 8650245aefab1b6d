import type {
  EmploymentConditions,
  Importance,
  Requirement,
  RequirementInput,
  Vacancy,
  VacancyContractType,
} from '../../../../src/modules/vacancies/contracts.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import type { ChosenConcept } from '../../components/JobTitleField.tsx';
import { numberText, type NumberReader } from '../../components/numbers.ts';
import type { Locale } from '../../i18n/index.ts';

/** A vacancy as the form holds it: texts as typed, choices as chosen. */

export interface RequirementDraft {
  skill: ChosenConcept;
  importance: Importance;
  learnable: boolean;
  minLevel: number;
  certificate: boolean;
}

export type IrregularHoursPay = NonNullable<EmploymentConditions['irregularHoursPay']>;

export interface ConditionsDraft {
  collectiveAgreement: string;
  pensionScheme: string;
  pensionEmployerSharePct: string;
  holidayAllowancePct: string;
  endOfYearBonusPct: string;
  leaveDaysPerYear: string;
  travelAllowancePerKm: string;
  irregularHoursPay: IrregularHoursPay | '';
  irregularHoursNote: string;
  other: string;
}

export interface VacancyDraft {
  title: string;
  occupation: ChosenConcept | null;
  tasks: string;
  description: string;
  hoursMin: string;
  hoursMax: string;
  salaryMin: string;
  salaryMax: string;
  postcode: string;
  city: string;
  startDate: string;
  positions: string;
  contractType: VacancyContractType | '';
  conditionalContract: boolean;
  jobShadowing: boolean;
  conditions: ConditionsDraft;
  requirements: RequirementDraft[];
}

export const emptyConditions: ConditionsDraft = {
  collectiveAgreement: '',
  pensionScheme: '',
  pensionEmployerSharePct: '',
  holidayAllowancePct: '',
  endOfYearBonusPct: '',
  leaveDaysPerYear: '',
  travelAllowancePerKm: '',
  irregularHoursPay: '',
  irregularHoursNote: '',
  other: '',
};

export const emptyDraft: VacancyDraft = {
  title: '',
  occupation: null,
  tasks: '',
  description: '',
  hoursMin: '',
  hoursMax: '',
  salaryMin: '',
  salaryMax: '',
  postcode: '',
  city: '',
  startDate: '',
  positions: '1',
  contractType: '',
  conditionalContract: false,
  jobShadowing: false,
  conditions: emptyConditions,
  requirements: [],
};

export const requirementDraft = (r: Requirement, locale: Locale): RequirementDraft => ({
  skill: { id: r.skill.id, label: conceptLabel(r.skill, locale) },
  importance: r.importance,
  learnable: r.learnable,
  minLevel: r.minLevel,
  certificate: r.certificate,
});

const text = (value: string | number | null) => (value === null ? '' : String(value));

export function draftOf(vacancy: Vacancy, locale: Locale): VacancyDraft {
  const c = vacancy.conditions;
  return {
    title: vacancy.title,
    occupation: vacancy.occupation
      ? { id: vacancy.occupation.id, label: conceptLabel(vacancy.occupation, locale) }
      : null,
    tasks: vacancy.tasks.join('\n'),
    description: vacancy.description ?? '',
    hoursMin: numberText(vacancy.hoursMin),
    hoursMax: numberText(vacancy.hoursMax),
    salaryMin: numberText(vacancy.salaryMin),
    salaryMax: numberText(vacancy.salaryMax),
    postcode: vacancy.postcode ?? '',
    city: vacancy.city ?? '',
    startDate: vacancy.startDate ?? '',
    positions: String(vacancy.positions),
    contractType: vacancy.contractType ?? '',
    conditionalContract: vacancy.conditionalContract,
    jobShadowing: vacancy.jobShadowing,
    conditions: {
      collectiveAgreement: text(c.collectiveAgreement),
      pensionScheme: text(c.pensionScheme),
      pensionEmployerSharePct: text(c.pensionEmployerSharePct),
      holidayAllowancePct: text(c.holidayAllowancePct),
      endOfYearBonusPct: text(c.endOfYearBonusPct),
      leaveDaysPerYear: text(c.leaveDaysPerYear),
      travelAllowancePerKm: text(c.travelAllowancePerKm),
      irregularHoursPay: c.irregularHoursPay ?? '',
      irregularHoursNote: text(c.irregularHoursNote),
      other: text(c.other),
    },
    requirements: vacancy.requirements.map((r) => requirementDraft(r, locale)),
  };
}

/** One task per line; empty lines are left out. */
export const taskLines = (tasks: string): string[] =>
  tasks
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const orNull = (value: string) => value.trim() || null;

/** The fields of a create or update request (numbers read through `numbers`). */
export function fieldsOf(draft: VacancyDraft, numbers: NumberReader) {
  const c = draft.conditions;
  const decimal = (key: keyof ConditionsDraft) =>
    numbers.read(`conditions.${key}`, c[key], 'decimal');
  return {
    title: draft.title,
    occupationId: draft.occupation?.id ?? null,
    tasks: taskLines(draft.tasks),
    description: orNull(draft.description),
    hoursMin: numbers.read('hoursMin', draft.hoursMin),
    hoursMax: numbers.read('hoursMax', draft.hoursMax),
    salaryMin: numbers.read('salaryMin', draft.salaryMin),
    salaryMax: numbers.read('salaryMax', draft.salaryMax),
    postcode: orNull(draft.postcode),
    city: orNull(draft.city),
    startDate: draft.startDate || null,
    positions: numbers.read('positions', draft.positions),
    contractType: draft.contractType || null,
    conditionalContract: draft.conditionalContract,
    jobShadowing: draft.jobShadowing,
    conditions: {
      collectiveAgreement: orNull(c.collectiveAgreement),
      pensionScheme: orNull(c.pensionScheme),
      pensionEmployerSharePct: decimal('pensionEmployerSharePct'),
      holidayAllowancePct: decimal('holidayAllowancePct'),
      endOfYearBonusPct: decimal('endOfYearBonusPct'),
      leaveDaysPerYear: decimal('leaveDaysPerYear'),
      travelAllowancePerKm: decimal('travelAllowancePerKm'),
      irregularHoursPay: c.irregularHoursPay || null,
      irregularHoursNote: orNull(c.irregularHoursNote),
      other: orNull(c.other),
    },
  };
}

export const requirementInputs = (drafts: readonly RequirementDraft[]): RequirementInput[] =>
  drafts.map((r) => ({
    skillId: r.skill.id,
    importance: r.importance,
    learnable: r.learnable,
    minLevel: r.minLevel,
  }));
