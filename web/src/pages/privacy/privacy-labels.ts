import type { TFunction } from 'i18next';
import type { Consent } from '../../../../src/modules/consent/contracts.ts';

/** Labels of the codes the consent and trajectory APIs answer with, in the user's language. */

/** A code the UI does not know yet is shown as "unknown" rather than as a raw code. */
export const codeLabel = (t: TFunction, group: string, code: string | null | undefined): string =>
  code ? t(`privacy.${group}.${code}`, { defaultValue: t('states.unknownValue') }) : '–';

/** "Alle werkgevers die personeel zoeken" for a passport consent without a named recipient. */
export const recipientLabel = (t: TFunction, consent: Pick<Consent, 'recipient'>): string =>
  consent.recipient?.name ?? t('privacy.consent.allHiringEmployers');
