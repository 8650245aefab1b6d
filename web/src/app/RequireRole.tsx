import type { ReactNode } from 'react';
import { NoAccess } from '../components/NoAccess.tsx';
import { mayOpen, type PageName } from './access.ts';
import { useCurrentUser } from './current-user.ts';

/** Shows the page only to roles that may use it, and a clear "no access" to the others. */
export function RequireRole({ page, children }: { page: PageName; children: ReactNode }) {
  const me = useCurrentUser();
  if (!mayOpen(me.role, page)) return <NoAccess role={me.role} />;
  return <>{children}</>;
}
