import type { RouteObject } from 'react-router';
import '../../components/offers.css';
import { RequireRole } from '../../app/RequireRole.tsx';
import { NewNoticePage } from './NewNoticePage.tsx';
import { NoticeDetailPage } from './NoticeDetailPage.tsx';
import { NoticesPage } from './NoticesPage.tsx';

/** Redundancy notices: /boventalligheid (list), /melden (new), /:id (one notice). */
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
];
