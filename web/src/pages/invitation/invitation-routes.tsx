import type { RouteObject } from 'react-router';
import { InvitationPage } from './InvitationPage.tsx';

/**
 * /uitnodiging: the employee answers their employer's invitation. Open without signing in —
 * someone without an account makes one by accepting — so it sits outside RequireSignIn.
 */
export const invitationRoutes: RouteObject[] = [
  { path: '/uitnodiging', element: <InvitationPage /> },
];
