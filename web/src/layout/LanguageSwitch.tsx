import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { locales } from '../i18n/index.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** Each language named in itself (and spoken in it: lang), the current one pressed. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, changeLanguage } = useLanguage();
  return (
    <div role="group" aria-label={t('header.language')} className="ov-language-switch">
      {locales.map((locale) => (
        <Button
          key={locale}
          lang={locale}
          appearance="subtle-button"
          pressed={language === locale}
          onClick={() => changeLanguage(locale)}
        >
          {t(`languages.${locale}`)}
        </Button>
      ))}
    </div>
  );
}
