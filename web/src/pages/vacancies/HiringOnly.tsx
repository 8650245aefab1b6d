import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NoAccess } from '../../components/NoAccess.tsx';
import { useOwnKinds } from '../employer/useOwnKinds.ts';

/** Posting and changing vacancies is for employers whose organisation is a hiring employer. */
export function HiringOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const kinds = useOwnKinds();
  if (me.role !== 'employer') return <NoAccess role={me.role} />;
  if (kinds === null) return <Loading />;
  if (!kinds.includes('hiring_employer')) {
    return <EmptyState>{t('offers.vacancies.notHiring')}</EmptyState>;
  }
  return <>{children}</>;
}
