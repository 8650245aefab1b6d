import { useTranslation } from 'react-i18next';
import { useMe, useUpdateMyLocale } from '../api/queries.ts';
import { currentLocale, rememberLocale, type Locale } from './index.ts';

/** The current language and a way to change it: here, on this device, and in the user's account. */
export function useLanguage() {
  const { i18n } = useTranslation();
  const me = useMe();
  const updateMyLocale = useUpdateMyLocale();
  const changeLanguage = (locale: Locale) => {
    void i18n.changeLanguage(locale);
    rememberLocale(locale);
    if (me.data && me.data.locale !== locale) updateMyLocale.mutate(locale);
  };
  return { language: currentLocale(), changeLanguage };
}
