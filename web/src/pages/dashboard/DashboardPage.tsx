import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { DashboardView } from './DashboardView.tsx';

/** /dashboard: the same figures for a case manager's caseload or an employer's consented people. */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const title = t('dashboard.titleRegion', { region: me.regionName });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <DashboardView />
    </>
  );
}
