import type { TFunction } from 'i18next';
import type { Service, Training } from '../../../../src/modules/offers/contracts.ts';
import { formatDate, formatEuro } from '../../components/format.ts';

/** How trainings and services read in cards, tables and detail pages. */

export const costLabel = (cost: number, t: TFunction): string =>
  cost === 0 ? t('offers.catalogue.free') : formatEuro(cost);

export const fundingLabel = (funding: readonly string[], t: TFunction): string =>
  funding.map((f) => t(`offers.funding.${f}`)).join(', ') || '–';

export const modalityLabel = (modality: Training['modality'], t: TFunction): string =>
  modality ? t(`offers.modalities.${modality}`) : '–';

export const durationLabel = (training: Training, t: TFunction): string =>
  training.hoursPerWeek
    ? t('offers.catalogue.weeksAndHours', {
        count: training.weeks,
        hours: training.hoursPerWeek,
      })
    : t('offers.catalogue.weeks', { count: training.weeks });

const today = () => new Date().toISOString().slice(0, 10);

/** "Doorlopende instroom", or the next start dates (at most three). */
export function startLabel(training: Training, t: TFunction): string {
  if (training.continuousIntake) return t('offers.catalogue.continuousIntake');
  const next = training.startDates.filter((d) => d >= today()).slice(0, 3);
  if (next.length === 0) return t('offers.catalogue.noStartDates');
  return next.map(formatDate).join(', ');
}

export const offerStatusLabel = (status: Training['status'], t: TFunction): string =>
  t(`offers.offerStatuses.${status}`);

export const serviceKindLabel = (kind: Service['kind'], t: TFunction): string =>
  t(`offers.serviceKinds.${kind}`);
