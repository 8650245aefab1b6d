import type { TFunction } from 'i18next';
import type { Evidence } from '../../../../src/modules/people/contracts.ts';

export const skillLevels = [1, 2, 3, 4] as const;

/** 1 Basis · 2 Zelfstandig · 3 Ervaren · 4 Expert */
export const levelName = (level: number, t: TFunction): string => t(`skillLevels.${level}`);

/** Evidence that someone other than the person checked the skill. */
export const confirmedEvidence: readonly Evidence[] = ['coach_verified', 'test', 'certificate'];
export const isConfirmed = (evidence: Evidence): boolean => confirmedEvidence.includes(evidence);

/** "2015 – 2020", "sinds 2015", "tot 2020" or a dash. */
export function yearsLabel(start: number | null, end: number | null, t: TFunction): string {
  if (start && end) return start === end ? String(start) : `${start} – ${end}`;
  if (start) return t('passport.work.since', { year: start });
  if (end) return t('passport.work.until', { year: end });
  return '–';
}

export const orDash = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '–' : String(value);
