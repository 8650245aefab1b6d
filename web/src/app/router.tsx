import { createBrowserRouter } from 'react-router';
import { AppLayout } from '../layout/AppLayout.tsx';
import { AdminOrganisationsPage } from '../pages/AdminOrganisationsPage.tsx';
import { AdminUsersPage } from '../pages/AdminUsersPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { MyOrganisationPage } from '../pages/MyOrganisationPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PartnersPage } from '../pages/PartnersPage.tsx';
import { RequireRole } from './RequireRole.tsx';
import { RequireSignIn } from './RequireSignIn.tsx';

/** Dutch paths, as users see and share them. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/inloggen', element: <LoginPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { path: '/', element: <HomePage /> },
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
