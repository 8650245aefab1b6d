import type { TFunction } from 'i18next';
import type { OrganisationKind, Sector } from '../../../src/modules/organisations/contracts.ts';

export const kindsLabel = (kinds: readonly OrganisationKind[], t: TFunction): string =>
  kinds.map((kind) => t(`kinds.${kind}`)).join(', ');

export const sectorLabel = (sector: Sector | null, t: TFunction): string =>
  sector ? t(`sectors.${sector}`) : '–';

export const placeLabel = (city: string | null, postcode: string | null): string =>
  [postcode, city].filter(Boolean).join(' ') || '–';
