import type { TFunction } from 'i18next';
import type {
  ExplanationView,
  OccupationRef,
  SkillRef,
  VacancyRef,
} from '../../../../src/modules/matching/contracts.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { formatDate, formatEuro } from '../../components/format.ts';
import { currentLocale } from '../../i18n/index.ts';

/** Plain-Dutch wording of the engine's structured answers (no jargon, no codes). */

/** 'self': the candidate reads about themself ("je"); 'other': staff or an employer reads. */
export type Audience = 'self' | 'other';

export const skillName = (skill: SkillRef): string =>
  conceptLabel({ ...skill, uri: skill.uri || `#${skill.id}` }, currentLocale());

export const occupationName = (occupation: OccupationRef | null): string =>
  occupation
    ? conceptLabel(
        { uri: `#${occupation.id}`, labelNl: occupation.labelNl, labelEn: occupation.labelEn },
        currentLocale(),
      )
    : '–';

export const sectorName = (sector: string | null, t: TFunction): string =>
  sector ? t(`sectors.${sector}`, { defaultValue: sector }) : '–';

/** "72 %" from a share 0–1. */
export const percent = (share: number): string => `${Math.round(share * 100)} %`;

export const score = (value: number): string => String(Math.round(value));

export function readinessText(
  readiness: ExplanationView['readiness'],
  weeks: number,
  t: TFunction,
): string {
  if (readiness === 'after-training')
    return t('matching.readiness.afterTraining', { count: weeks });
  return t(`matching.readiness.${readiness === 'direct' ? 'direct' : 'notNow'}`);
}

export function vacancyMeta(vacancy: VacancyRef, t: TFunction): string {
  return [
    vacancy.employerName,
    vacancy.city,
    vacancy.occupation ? sectorName(vacancy.occupation.sector, t) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const range = (v: unknown): string | null => {
  if (typeof v !== 'object' || v === null) return null;
  const { min, max } = v as { min?: unknown; max?: unknown };
  const lo = num(min);
  const hi = num(max);
  if (lo === null || hi === null) return null;
  return lo === hi ? String(lo) : `${lo}–${hi}`;
};

/**
 * Why a vacancy falls away: the wish or condition it fails, with the values when the reader may
 * see the candidate's side (an employer reading pseudonymous profiles gets the reason only).
 */
export function exclusionText(
  excludedBy: NonNullable<ExplanationView['excludedBy']>,
  audience: Audience,
  t: TFunction,
): string {
  const d = excludedBy.details;
  const who = audience === 'self' ? 'self' : 'other';
  const generic = t(`matching.excluded.generic.${excludedBy.constraint}`);
  switch (excludedBy.constraint) {
    case 'distance': {
      const km = num(d.km);
      const maxKm = num(d.maxKm);
      if (km !== null && maxKm !== null) {
        return t(`matching.excluded.distance.${who}`, { km: Math.round(km), maxKm });
      }
      return str(d.basis) === 'region' ? t('matching.excluded.distanceRegion') : generic;
    }
    case 'hours': {
      const wanted = range(d.wanted);
      const offered = range(d.offered);
      return wanted && offered ? t(`matching.excluded.hours.${who}`, { wanted, offered }) : generic;
    }
    case 'salary': {
      const minWanted = num(d.minWanted);
      const maxOffered = num(d.maxOffered);
      return minWanted !== null && maxOffered !== null
        ? t(`matching.excluded.salary.${who}`, {
            wanted: formatEuro(minWanted),
            offered: formatEuro(maxOffered),
          })
        : generic;
    }
    case 'start-date': {
      const earliest = str(d.earliestStart);
      const start = str(d.vacancyStart);
      return earliest && start
        ? t(`matching.excluded.startDate.${who}`, {
            earliest: formatDate(earliest),
            start: formatDate(start),
          })
        : generic;
    }
    case 'contract-type': {
      const offered = str(d.offered);
      return offered
        ? t(`matching.excluded.contract.${who}`, {
            offered: t(`matching.contractTypes.${offered}`, { defaultValue: offered }),
          })
        : generic;
    }
    case 'sector': {
      const offered = str(d.offered);
      return offered
        ? t(`matching.excluded.sector.${who}`, { offered: sectorName(offered, t) })
        : generic;
    }
    default:
      return generic;
  }
}
