import type { TFunction } from 'i18next';
import type { Vacancy } from '../../../../src/modules/vacancies/contracts.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { formatEuro, formatRange } from '../../components/format.ts';
import { currentLocale } from '../../i18n/index.ts';

/** How a vacancy's facts read in a table, a card or the detail page. */

export const statusLabel = (status: Vacancy['status'], t: TFunction): string =>
  t(`offers.vacancies.statuses.${status}`);

export const contractLabel = (v: Pick<Vacancy, 'contractType'>, t: TFunction): string =>
  v.contractType ? t(`offers.vacancies.contractTypes.${v.contractType}`) : '–';

export const hoursLabel = (v: Pick<Vacancy, 'hoursMin' | 'hoursMax'>, t: TFunction): string => {
  const range = formatRange(v.hoursMin, v.hoursMax);
  return range ? t('offers.vacancies.hoursPerWeek', { hours: range }) : '–';
};

export const salaryLabel = (v: Pick<Vacancy, 'salaryMin' | 'salaryMax'>, t: TFunction): string => {
  const range = formatRange(v.salaryMin, v.salaryMax, formatEuro);
  return range ? t('offers.vacancies.salaryPerMonth', { salary: range }) : '–';
};

export const occupationLabel = (v: Pick<Vacancy, 'occupation'>): string =>
  v.occupation ? conceptLabel(v.occupation, currentLocale()) : '–';

export const placeOf = (v: Pick<Vacancy, 'postcode' | 'city'>): string =>
  [v.postcode, v.city].filter(Boolean).join(' ') || '–';

export const sectorOf = (sector: string | null, t: TFunction): string =>
  sector ? t(`sectors.${sector}`, { defaultValue: sector }) : '–';

export const yesNo = (value: boolean, t: TFunction): string =>
  value ? t('forms.yes') : t('forms.no');
