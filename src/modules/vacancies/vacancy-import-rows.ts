import { toSearchText } from '../taxonomy/search-text.ts';
import {
  createVacancyBody,
  type CreateVacancyBody,
  type ImportRowError,
  type VacancyContractType,
} from './contracts.ts';
import { rowError, rowErrorsFromZod } from './import-rows.ts';
import {
  parseBooleanCell,
  parseDateCell,
  parseIntegerCell,
  parseListCell,
  parseRangeCell,
} from './tabular/cells.ts';
import type { ColumnSpec, TableRow } from './tabular/read-table.ts';
import type { Resolution } from './taxonomy-refs.ts';

/** The columns of a vacancy list; headers may be Dutch or English. */
export const vacancyImportColumns: readonly ColumnSpec[] = [
  { key: 'title', aliases: ['titel', 'functietitel', 'vacaturetitel', 'functie'], required: true },
  { key: 'occupation', aliases: ['beroep', 'occupation uri', 'beroep uri'] },
  { key: 'hours', aliases: ['uren', 'uren per week', 'hours per week'] },
  { key: 'salary', aliases: ['salaris', 'bruto maandsalaris', 'salary per month'] },
  { key: 'postcode', aliases: ['postal code', 'zip'] },
  { key: 'city', aliases: ['plaats', 'standplaats', 'woonplaats', 'place'] },
  { key: 'startDate', aliases: ['startdatum', 'start date', 'start', 'ingangsdatum'] },
  { key: 'positions', aliases: ['aantal', 'aantal plaatsen', 'plaatsen', 'number of positions'] },
  { key: 'contractType', aliases: ['contract', 'contractvorm', 'soort contract', 'contract type'] },
  { key: 'skills', aliases: ['vaardigheden', 'competenties', 'skill uris'] },
  { key: 'tasks', aliases: ['taken'] },
  { key: 'description', aliases: ['omschrijving', 'beschrijving'] },
  { key: 'conditionalContract', aliases: ['voorwaardelijk contract', 'baangarantie'] },
  { key: 'jobShadowing', aliases: ['meeloopstage', 'meelopen'] },
];

const contractWords: Record<string, VacancyContractType> = {
  permanent: 'permanent',
  vast: 'permanent',
  'vast contract': 'permanent',
  'onbepaalde tijd': 'permanent',
  fixed_term: 'fixed_term',
  'fixed term': 'fixed_term',
  tijdelijk: 'fixed_term',
  'bepaalde tijd': 'fixed_term',
  jaarcontract: 'fixed_term',
  temporary_agency: 'temporary_agency',
  'temporary agency': 'temporary_agency',
  uitzend: 'temporary_agency',
  uitzendbureau: 'temporary_agency',
  uitzendkracht: 'temporary_agency',
  on_call: 'on_call',
  'on call': 'on_call',
  oproep: 'on_call',
  oproepkracht: 'on_call',
  nulurencontract: 'on_call',
  trial_job: 'trial_job',
  'trial job': 'trial_job',
  proefplaatsing: 'trial_job',
  orientatiebaan: 'trial_job',
  apprenticeship: 'apprenticeship',
  leerwerkbaan: 'apprenticeship',
  leerbaan: 'apprenticeship',
  bbl: 'apprenticeship',
};
const contractByWord = new Map(
  Object.entries(contractWords).map(([word, type]) => [toSearchText(word), type]),
);

export function contractTypeOf(text: string): VacancyContractType | null | undefined {
  if (text.trim() === '') return null;
  return contractByWord.get(toSearchText(text));
}

/** Every occupation and skill the rows name, to resolve against the taxonomy in one go. */
export function vacancyReferences(rows: readonly TableRow[]): {
  occupations: string[];
  skills: string[];
} {
  return {
    occupations: rows.map((r) => r.cells.occupation ?? '').filter((s) => s !== ''),
    skills: rows.flatMap((r) => parseListCell(r.cells.skills ?? '')),
  };
}

export interface ConceptLookups {
  occupations: ReadonlyMap<string, Resolution>;
  skills: ReadonlyMap<string, Resolution>;
}

const columnOfField: Record<string, string> = {
  hoursMin: 'hours',
  hoursMax: 'hours',
  salaryMin: 'salary',
  salaryMax: 'salary',
  occupationId: 'occupation',
  requirements: 'skills',
};
const columnOf = (field: string) => columnOfField[field] ?? field;

export type CheckedRow<T> =
  { ok: true; row: number; value: T } | { ok: false; errors: ImportRowError[] };

/**
 * One row of a vacancy list → the request a form would send, or every problem of the row.
 * Skills listed make the requirements (essential); with no skills listed, the requirements
 * start from the occupation's skills, as `fromOccupation` does.
 */
export function checkVacancyRow(
  r: TableRow,
  lookups: ConceptLookups,
): CheckedRow<CreateVacancyBody> {
  const cell = (key: string) => r.cells[key] ?? '';
  const errors: ImportRowError[] = [];
  const fail = (field: string, message: string) => errors.push(rowError(r.row, field, message));

  let occupationId: number | null = null;
  if (cell('occupation')) {
    const found = lookups.occupations.get(cell('occupation'));
    if (found && 'id' in found) occupationId = found.id;
    else fail('occupation', found?.error ?? 'unknown occupation');
  }
  const skillIds: number[] = [];
  for (const token of parseListCell(cell('skills'))) {
    const found = lookups.skills.get(token);
    if (found && 'id' in found) {
      if (!skillIds.includes(found.id)) skillIds.push(found.id);
    } else fail('skills', found?.error ?? `unknown skill "${token}"`);
  }
  const hours = parseRangeCell(cell('hours'));
  if (!hours.ok) fail('hours', hours.message);
  const salary = parseRangeCell(cell('salary'));
  if (!salary.ok) fail('salary', salary.message);
  const startDate = parseDateCell(cell('startDate'));
  if (!startDate.ok) fail('startDate', startDate.message);
  const positions = parseIntegerCell(cell('positions'));
  if (!positions.ok) fail('positions', positions.message);
  const contractType = contractTypeOf(cell('contractType'));
  if (contractType === undefined) {
    fail(
      'contractType',
      'must be vast, tijdelijk, uitzend, oproep, proefplaatsing or leerwerkbaan',
    );
  }
  const conditional = parseBooleanCell(cell('conditionalContract'));
  if (!conditional.ok) fail('conditionalContract', conditional.message);
  const shadowing = parseBooleanCell(cell('jobShadowing'));
  if (!shadowing.ok) fail('jobShadowing', shadowing.message);
  if (errors.length > 0) return { ok: false, errors };

  const parsed = createVacancyBody.safeParse({
    title: cell('title'),
    occupationId,
    tasks: parseListCell(cell('tasks')),
    description: cell('description') || null,
    hoursMin: hours.ok ? (hours.value?.min ?? null) : null,
    hoursMax: hours.ok ? (hours.value?.max ?? null) : null,
    salaryMin: salary.ok ? (salary.value?.min ?? null) : null,
    salaryMax: salary.ok ? (salary.value?.max ?? null) : null,
    postcode: cell('postcode') || null,
    city: cell('city') || null,
    startDate: startDate.ok ? startDate.value : null,
    positions: positions.ok ? (positions.value ?? 1) : 1,
    contractType: contractType ?? null,
    conditionalContract: conditional.ok && conditional.value,
    jobShadowing: shadowing.ok && shadowing.value,
    fromOccupation: occupationId !== null && skillIds.length === 0,
    requirements: skillIds.map((skillId) => ({ skillId, importance: 'essential' })),
  });
  if (!parsed.success)
    return { ok: false, errors: rowErrorsFromZod(r.row, parsed.error, columnOf) };
  return { ok: true, row: r.row, value: parsed.data };
}
