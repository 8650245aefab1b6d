import { PageHeader, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Me } from '../../../src/modules/auth/contracts.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LogoutButton } from './LogoutButton.tsx';

/** Product name, the region, who is signed in, the language switch and signing out. */
export function SiteHeader({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  return (
    <PageHeader className="ov-header">
      <div className="ov-header__content">
        <div className="ov-brand">
          <RouterLink to="/" className="ov-brand__name">
            {t('app.name')}
          </RouterLink>
          <span className="ov-brand__tagline">
            {t('app.tagline')}
            {me && <> · {t('header.region', { name: me.regionName })}</>}
          </span>
        </div>
        <div className="ov-header__tools">
          {me && (
            <Paragraph className="ov-user">
              <span className="ov-visually-hidden">{t('header.signedInAs')} </span>
              <strong>{me.name}</strong>
              <span className="ov-user__role">
                {t(`roles.${me.role}`)}
                {me.organisationName && <>, {me.organisationName}</>}
              </span>
            </Paragraph>
          )}
          <LanguageSwitch />
          {me && <LogoutButton />}
        </div>
      </div>
    </PageHeader>
  );
}
