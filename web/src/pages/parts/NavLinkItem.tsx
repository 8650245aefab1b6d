import type { ReactNode } from 'react';
import { AppLink } from '../../components/AppLink.tsx';

/** An item of an Utrecht LinkList that navigates inside the app. */
export function NavLinkItem({ to, children }: { to: string; children: ReactNode }) {
  return (
    <li className="utrecht-link-list__item">
      <AppLink to={to} className="utrecht-link-list__link">
        <span className="utrecht-link-list__link-text">{children}</span>
      </AppLink>
    </li>
  );
}
