/**
 * Engine-side checks of the invariants the typed arrays rely on (skill ids are small
 * non-negative integers, levels 1–4, capacities ≥ 1 ...). Throws MatchingInputError naming the
 * field. Cheap: runs once per add/update, never per query.
 */

import { MatchingInputError } from './errors.ts';
import { CONTRACT_TYPES } from './types.ts';
import type {
  CandidateInput,
  GeoPoint,
  NumberRange,
  OccupationInput,
  TrainingInput,
  VacancyInput,
} from './types.ts';

/** Skill ids index typed arrays: keep them dense (the taxonomy table's serial id). */
export const MAX_SKILL_ID = 1 << 24;

function fail(field: string, message: string): never {
  throw new MatchingInputError(field, message);
}

function id(field: string, v: unknown): void {
  if (typeof v !== 'string' || v.length === 0) fail(field, 'expected a non-empty string id');
}

function skillId(field: string, v: number): void {
  if (!Number.isInteger(v) || v < 0 || v >= MAX_SKILL_ID)
    fail(field, `expected an integer 0..${MAX_SKILL_ID - 1}`);
}

function level(field: string, v: number): void {
  if (v !== 1 && v !== 2 && v !== 3 && v !== 4) fail(field, 'expected a level 1–4');
}

function nonNegative(field: string, v: number | undefined): void {
  if (v !== undefined && !(Number.isFinite(v) && v >= 0))
    fail(field, 'expected a finite number ≥ 0');
}

function range(field: string, r: NumberRange | undefined): void {
  if (!r) return;
  nonNegative(`${field}.min`, r.min);
  nonNegative(`${field}.max`, r.max);
  if (r.min > r.max) fail(field, 'min is above max');
}

function point(field: string, p: GeoPoint | undefined): void {
  if (!p) return;
  if (!(Math.abs(p.lat) <= 90)) fail(`${field}.lat`, 'expected −90..90');
  if (!(Math.abs(p.lon) <= 180)) fail(`${field}.lon`, 'expected −180..180');
}

function date(field: string, d: string | undefined): void {
  if (d === undefined) return;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  const ok =
    m &&
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().startsWith(d);
  if (!ok) fail(field, `expected a date YYYY-MM-DD, got "${d}"`);
}

function contract(field: string, t: string): void {
  if (!(CONTRACT_TYPES as readonly string[]).includes(t))
    fail(field, `unknown contract type "${t}"`);
}

export function validateCandidate(c: CandidateInput): void {
  id('id', c.id);
  c.skills.forEach((s, i) => {
    skillId(`skills[${i}].skillId`, s.skillId);
    level(`skills[${i}].level`, s.level);
    if (!['self', 'coach_verified', 'test', 'certificate'].includes(s.evidence)) {
      fail(`skills[${i}].evidence`, 'unknown evidence');
    }
  });
  const w = c.wishes ?? {};
  nonNegative('wishes.maxTravelKm', w.maxTravelKm);
  point('wishes.home', w.home);
  nonNegative('wishes.minHours', w.minHours);
  nonNegative('wishes.maxHours', w.maxHours);
  if (w.minHours !== undefined && w.maxHours !== undefined && w.minHours > w.maxHours) {
    fail('wishes.minHours', 'is above maxHours');
  }
  nonNegative('wishes.minSalary', w.minSalary);
  date('wishes.earliestStart', w.earliestStart);
  (w.contractTypes ?? []).forEach((t, i) => contract(`wishes.contractTypes[${i}]`, t));
}

export function validateVacancy(v: VacancyInput): void {
  id('id', v.id);
  v.requirements.forEach((r, i) => {
    skillId(`requirements[${i}].skillId`, r.skillId);
    level(`requirements[${i}].minLevel`, r.minLevel);
    if (r.importance !== 'essential' && r.importance !== 'optional') {
      fail(`requirements[${i}].importance`, 'expected essential or optional');
    }
  });
  range('hours', v.hours);
  range('salary', v.salary);
  point('location.point', v.location?.point);
  date('startDate', v.startDate);
  if (v.contractType !== undefined) contract('contractType', v.contractType);
  if (!Number.isInteger(v.positions) || v.positions < 1)
    fail('positions', 'expected an integer ≥ 1');
}

export function validateTraining(t: TrainingInput): void {
  id('id', t.id);
  t.skillIds.forEach((s, i) => skillId(`skillIds[${i}]`, s));
  nonNegative('weeks', t.weeks);
  nonNegative('cost', t.cost);
}

export function validateOccupation(o: OccupationInput): void {
  id('id', o.id);
  o.essentialSkillIds.forEach((s, i) => skillId(`essentialSkillIds[${i}]`, s));
  o.optionalSkillIds.forEach((s, i) => skillId(`optionalSkillIds[${i}]`, s));
}
