import { SkipLink } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useMe } from '../api/queries.ts';
import { useLocaleSync } from '../i18n/useLocaleSync.ts';
import { PrimaryNav } from './PrimaryNav.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { SiteHeader } from './SiteHeader.tsx';
import { MAIN_ID, useFocusOnRouteChange } from './useFocusOnRouteChange.ts';

/** Moves focus without touching the URL, which the router owns. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

/** Landmarks header, nav, main and footer, with a skip link to the content as the first stop. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data ?? null;
  useLocaleSync(user);
  useFocusOnRouteChange();
  return (
    <div className="ov-app">
      <SkipLink href={`#${MAIN_ID}`} onClick={skipToContent}>
        {t('app.skipLink')}
      </SkipLink>
      <SiteHeader me={user} />
      {user && <PrimaryNav role={user.role} />}
      <main id={MAIN_ID} tabIndex={-1} className="ov-main">
        <div className="ov-main__content">
          <Outlet />
        </div>
      </main>
      <SiteFooter me={user} />
    </div>
  );
}
