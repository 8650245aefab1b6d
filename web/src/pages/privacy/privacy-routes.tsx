import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole.tsx';
import { AccessLogPage } from './AccessLogPage.tsx';
import { ErasedPage } from './ErasedPage.tsx';
import { MyDataPage } from './MyDataPage.tsx';
import { MyTrajectoryPage } from './MyTrajectoryPage.tsx';
import { PrivacyPage } from './PrivacyPage.tsx';

/** The candidate's trajectory, consent and data-rights pages (signed in). */
export const privacyRoutes: RouteObject[] = [
  {
    path: '/mijn-traject',
    element: (
      <RequireRole page="myTrajectory">
        <MyTrajectoryPage />
      </RequireRole>
    ),
  },
  {
    path: '/privacy',
    element: (
      <RequireRole page="privacy">
        <PrivacyPage />
      </RequireRole>
    ),
  },
  {
    path: '/privacy/inzage',
    element: (
      <RequireRole page="privacy">
        <AccessLogPage />
      </RequireRole>
    ),
  },
  {
    path: '/privacy/mijn-gegevens',
    element: (
      <RequireRole page="privacy">
        <MyDataPage />
      </RequireRole>
    ),
  },
];

/** After erasure there is no account any more: this page needs no sign-in. */
export const privacyPublicRoutes: RouteObject[] = [
  { path: '/gegevens-verwijderd', element: <ErasedPage /> },
];
