import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../../../../src/modules/auth/contracts.ts';
import { RequireRole } from '../../app/RequireRole.tsx';
import { useCurrentUser } from '../../app/current-user.ts';
import { NoAccess } from '../../components/NoAccess.tsx';
import { CaseOpportunitiesPage } from './CaseOpportunitiesPage.tsx';
import { GroupPlacementPage } from './GroupPlacementPage.tsx';
import { MatchCheckPage } from './MatchCheckPage.tsx';
import './matching.css';
import { MyOpportunitiesPage } from './MyOpportunitiesPage.tsx';
import { TransitionPathsPage } from './TransitionPathsPage.tsx';
import { VacancyCandidatesPage } from './VacancyCandidatesPage.tsx';

/** Who may list a vacancy's candidates (the server narrows it to the owning employer). */
const candidateListRoles: readonly Role[] = ['employer', 'case_manager', 'coordinator'];

/** A page that is no navigation item of its own: its roles are checked here. */
function RequireAnyRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useCurrentUser();
  if (!roles.includes(me.role)) return <NoAccess role={me.role} />;
  return <>{children}</>;
}

/**
 * Matching: /kansen (a candidate's own opportunities, and one vacancy checked), a caseload
 * person's opportunities, a vacancy's best candidates, transition paths and group placement.
 */
export const matchingRoutes: RouteObject[] = [
  {
    path: '/kansen',
    element: (
      <RequireRole page="opportunities">
        <MyOpportunitiesPage />
      </RequireRole>
    ),
  },
  {
    path: '/kansen/vacatures/:id',
    element: (
      <RequireRole page="opportunities">
        <MatchCheckPage />
      </RequireRole>
    ),
  },
  {
    path: '/caseload/:id/kansen',
    element: (
      <RequireRole page="caseload">
        <CaseOpportunitiesPage />
      </RequireRole>
    ),
  },
  {
    path: '/vacatures/:id/kandidaten',
    element: (
      <RequireAnyRole roles={candidateListRoles}>
        <VacancyCandidatesPage />
      </RequireAnyRole>
    ),
  },
  {
    path: '/overstappaden',
    element: (
      <RequireRole page="transitionPaths">
        <TransitionPathsPage />
      </RequireRole>
    ),
  },
  {
    path: '/boventalligheid/:id/plaatsing',
    element: (
      <RequireRole page="notices">
        <GroupPlacementPage />
      </RequireRole>
    ),
  },
];
