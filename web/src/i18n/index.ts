import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';
import matchingEn from './matching.en.json';
import matchingNl from './matching.nl.json';
import trajectoryEn from './trajectory.en.json';
import trajectoryNl from './trajectory.nl.json';
import privacyEn from './privacy.en.json';
import privacyNl from './privacy.nl.json';
import dashboardEn from './dashboard.en.json';
import dashboardNl from './dashboard.nl.json';
import offersEn from './offers.en.json';
import offersNl from './offers.nl.json';

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

const STORAGE_KEY = 'overstap.locale';

const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

/** The language chosen on this device, if any (Dutch is the default). */
export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
}

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : 'nl');

void i18n.use(initReactI18next).init({
  resources: {
    // One file per feature, each under its own top-level key, so features never edit each other's.
    nl: {
      translation: {
        ...nl,
        ...offersNl,
        ...matchingNl,
        ...trajectoryNl,
        ...privacyNl,
        ...dashboardNl,
      },
    },
    en: {
      translation: {
        ...en,
        ...offersEn,
        ...matchingEn,
        ...trajectoryEn,
        ...privacyEn,
        ...dashboardEn,
      },
    },
  },
  lng: storedLocale() ?? 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
});

// Screen readers pronounce the page in the language of <html lang>.
document.documentElement.lang = currentLocale();
i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLocale();
});

export default i18n;
