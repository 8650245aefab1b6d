import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole.tsx';
import { ActivitiesPage } from './ActivitiesPage.tsx';
import { FundingPage } from './FundingPage.tsx';
import { OverviewPage } from './OverviewPage.tsx';
import { PlacementPage } from './PlacementPage.tsx';
import { PlanPage } from './PlanPage.tsx';
import { TrajectoryLayout } from './TrajectoryLayout.tsx';
import { WorklistPage } from './WorklistPage.tsx';

/** The trajectory pages of the case team (the candidate's own view lives with privacy). */
export const trajectoryRoutes: RouteObject[] = [
  {
    path: '/caseload/:id/traject',
    element: (
      <RequireRole page="caseload">
        <TrajectoryLayout />
      </RequireRole>
    ),
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'plan', element: <PlanPage /> },
      { path: 'activiteiten', element: <ActivitiesPage /> },
      { path: 'plaatsing', element: <PlacementPage /> },
      { path: 'financiering', element: <FundingPage /> },
    ],
  },
  {
    path: '/werklijst',
    element: (
      <RequireRole page="worklist">
        <WorklistPage />
      </RequireRole>
    ),
  },
];
