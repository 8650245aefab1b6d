import type { TFunction } from 'i18next';
import type { Notice } from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { currentLocale } from '../../i18n/index.ts';

/** The functions of a notice as one line: "Kok, Keukenhulp". */
export const functionsOf = (notice: Notice, t: TFunction): string =>
  notice.occupations.map((o) => conceptLabel(o, currentLocale())).join(', ') ||
  t('offers.notices.noFunctions');

export const noticeStatusLabel = (notice: Notice, t: TFunction): string =>
  t(`offers.notices.status.${notice.status}`);
