import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOrganisations, useRegions, useUsers } from '../api/queries.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { UserForm } from './admin/UserForm.tsx';
import { UsersTable } from './admin/UsersTable.tsx';

/** Administrators: every user, with deactivate/reactivate and unlock, and a form to add one. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const organisations = useOrganisations();
  const regions = useRegions();
  const failed = users.error ?? organisations.error ?? regions.error;
  const retry = () => {
    void users.refetch();
    void organisations.refetch();
    void regions.refetch();
  };
  return (
    <>
      <PageHeading title={t('adminUsers.title')}>{t('adminUsers.title')}</PageHeading>
      <Paragraph>{t('adminUsers.intro')}</Paragraph>
      {failed ? (
        <ErrorAlert error={failed} onRetry={retry} />
      ) : !users.data || !organisations.data || !regions.data ? (
        <Loading />
      ) : (
        <>
          <UsersTable users={users.data} organisations={organisations.data} />
          <UserForm regions={regions.data} organisations={organisations.data} />
        </>
      )}
    </>
  );
}
