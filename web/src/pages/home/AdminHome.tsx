import { Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOrganisations, useUsers } from '../../api/queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';

export function AdminHome() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const organisations = useOrganisations();
  const users = useUsers();
  const counts = (() => {
    if (!organisations.data || !users.data) return null;
    return [
      { what: t('home.admin.organisations'), count: organisations.data.length },
      { what: t('home.admin.users'), count: users.data.length },
      { what: t('home.admin.activeUsers'), count: users.data.filter((u) => u.active).length },
      { what: t('home.admin.lockedUsers'), count: users.data.filter((u) => u.locked).length },
    ];
  })();
  const failed = organisations.error ?? users.error;
  return (
    <>
      <PageHeading title={t('home.admin.title')}>{t('home.admin.title')}</PageHeading>
      <Paragraph appearance="lead">{t('home.welcome', { name: me.name })}</Paragraph>
      <Paragraph>{t('home.admin.intro')}</Paragraph>
      {failed ? (
        <ErrorAlert
          error={failed}
          onRetry={() => {
            void organisations.refetch();
            void users.refetch();
          }}
        />
      ) : counts ? (
        <DataTable
          caption={t('home.admin.countsCaption')}
          columns={[
            { header: t('home.admin.what'), cell: (r) => r.what, rowHeader: true },
            { header: t('home.admin.count'), cell: (r) => r.count, numeric: true },
          ]}
          rows={counts}
          rowKey={(r) => r.what}
          empty={null}
          compact
        />
      ) : (
        <Loading />
      )}
      <Heading level={2}>{t('home.admin.manageTitle')}</Heading>
      <LinkList>
        <NavLinkItem to="/beheer/organisaties">{t('home.admin.manageOrganisations')}</NavLinkItem>
        <NavLinkItem to="/beheer/gebruikers">{t('home.admin.manageUsers')}</NavLinkItem>
      </LinkList>
    </>
  );
}
