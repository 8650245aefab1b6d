import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../layout/AppLayout.tsx';
import { AdminOrganisationsPage } from '../pages/AdminOrganisationsPage.tsx';
import { AdminUsersPage } from '../pages/AdminUsersPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { MyOrganisationPage } from '../pages/MyOrganisationPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PartnersPage } from '../pages/PartnersPage.tsx';
import { CaseloadPage } from '../pages/caseload/CaseloadPage.tsx';
import { CasePassportPage } from '../pages/caseload/CasePassportPage.tsx';
import { catalogueRoutes } from '../pages/catalogue/catalogue-routes.tsx';
import { dashboardRoutes } from '../pages/dashboard/dashboard-routes.tsx';
import { invitationRoutes } from '../pages/invitation/invitation-routes.tsx';
import { matchingRoutes } from '../pages/matching/matching-routes.tsx';
import { noticeRoutes } from '../pages/notices/notice-routes.tsx';
import { MyPassportPage } from '../pages/passport/MyPassportPage.tsx';
import {
  PrintCasePassportPage,
  PrintMyPassportPage,
} from '../pages/passport/PrintPassportPage.tsx';
import { privacyPublicRoutes, privacyRoutes } from '../pages/privacy/privacy-routes.tsx';
import { trajectoryRoutes } from '../pages/trajectory/trajectory-routes.tsx';
import { vacancyRoutes } from '../pages/vacancies/vacancy-routes.tsx';
import { RequireRole } from './RequireRole.tsx';
import { RequireSignIn } from './RequireSignIn.tsx';

/** Dutch paths, as users see and share them. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/inloggen', element: <LoginPage /> },
      ...invitationRoutes,
      ...privacyPublicRoutes,
      {
        element: <RequireSignIn />,
        children: [
          { path: '/', element: <HomePage /> },
          ...vacancyRoutes,
          ...catalogueRoutes,
          ...noticeRoutes,
          ...matchingRoutes,
          ...trajectoryRoutes,
          ...privacyRoutes,
          ...dashboardRoutes,
          {
            path: '/beheer/organisaties',
            element: (
              <RequireRole page="adminOrganisations">
                <AdminOrganisationsPage />
              </RequireRole>
            ),
          },
          {
            path: '/beheer/gebruikers',
            element: (
              <RequireRole page="adminUsers">
                <AdminUsersPage />
              </RequireRole>
            ),
          },
          {
            path: '/organisatie',
            element: (
              <RequireRole page="myOrganisation">
                <MyOrganisationPage />
              </RequireRole>
            ),
          },
          {
            path: '/paspoort',
            element: (
              <RequireRole page="myPassport">
                <MyPassportPage />
              </RequireRole>
            ),
          },
          {
            path: '/paspoort/afdrukken',
            element: (
              <RequireRole page="myPassport">
                <PrintMyPassportPage />
              </RequireRole>
            ),
          },
          {
            path: '/caseload',
            element: (
              <RequireRole page="caseload">
                <CaseloadPage />
              </RequireRole>
            ),
          },
          {
            path: '/caseload/:id',
            element: (
              <RequireRole page="caseload">
                <CasePassportPage />
              </RequireRole>
            ),
          },
          {
            path: '/caseload/:id/afdrukken',
            element: (
              <RequireRole page="caseload">
                <PrintCasePassportPage />
              </RequireRole>
            ),
          },
          {
            path: '/partners',
            element: (
              <RequireRole page="partners">
                <PartnersPage />
              </RequireRole>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
