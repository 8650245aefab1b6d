import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole.tsx';
import { DashboardPage } from './DashboardPage.tsx';

/** The dashboard pages: /dashboard (the coordinator's home shows it too). */
export const dashboardRoutes: RouteObject[] = [
  {
    path: '/dashboard',
    element: (
      <RequireRole page="dashboard">
        <DashboardPage />
      </RequireRole>
    ),
  },
];
