import type { RouteObject } from 'react-router';
import '../../components/offers.css';
import { RequireRole } from '../../app/RequireRole.tsx';
import { EditNoticePage } from './EditNoticePage.tsx';
import { NewNoticePage } from './NewNoticePage.tsx';
import { NoticeDetailPage } from './NoticeDetailPage.tsx';
import { NoticesPage } from './NoticesPage.tsx';
import { SharedPersonPage } from './SharedPersonPage.tsx';

/** Redundancy notices: /boventalligheid (list), /melden (new), /:id (one), /:id/wijzigen (edit). */
export const noticeRoutes: RouteObject[] = [
  {
    path: '/boventalligheid',
    element: (
      <RequireRole page="notices">
        <NoticesPage />
      </RequireRole>
    ),
  },
  {
    path: '/boventalligheid/melden',
    element: (
      <RequireRole page="notices">
        <NewNoticePage />
      </RequireRole>
    ),
  },
  {
    path: '/boventalligheid/:id',
    element: (
      <RequireRole page="notices">
        <NoticeDetailPage />
      </RequireRole>
    ),
  },
  {
    path: '/boventalligheid/:id/wijzigen',
    element: (
      <RequireRole page="notices">
        <EditNoticePage />
      </RequireRole>
    ),
  },
  {
    path: '/boventalligheid/:id/medewerkers/:personId',
    element: (
      <RequireRole page="notices">
        <SharedPersonPage />
      </RequireRole>
    ),
  },
];
