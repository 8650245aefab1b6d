import type { Locale } from '../i18n/index.ts';

/** A taxonomy concept as the passport API returns it (labels in both languages). */
export interface LabelledConcept {
  uri: string;
  labelNl: string | null;
  labelEn: string | null;
}

/** The label in the user's language, else the other language, else the URI. */
export function conceptLabel(concept: LabelledConcept, locale: Locale): string {
  const [first, second] =
    locale === 'en' ? [concept.labelEn, concept.labelNl] : [concept.labelNl, concept.labelEn];
  return first ?? second ?? concept.uri;
}
