import { Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  organisationKinds,
  type Organisation,
  type OrganisationKind,
} from '../../../../src/modules/organisations/contracts.ts';
import { useOrganisations } from '../../api/queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { OffersLinks } from '../catalogue/OffersLinks.tsx';
import { DashboardView } from '../dashboard/DashboardView.tsx';
import { RecentNotices } from '../notices/RecentNotices.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';

/** How many partners of each kind (an organisation can count for several kinds). */
export function countByKind(organisations: readonly Organisation[]) {
  return organisationKinds
    .filter((kind) => kind !== 'operator')
    .map((kind: OrganisationKind) => ({
      kind,
      count: organisations.filter((o) => o.kinds.includes(kind)).length,
    }));
}

export function CoordinatorHome() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const organisations = useOrganisations();
  return (
    <>
      <PageHeading title={t('home.coordinator.title')}>{t('home.coordinator.title')}</PageHeading>
      <Paragraph appearance="lead">{t('home.welcome', { name: me.name })}</Paragraph>
      <Paragraph>{t('home.coordinator.intro', { region: me.regionName })}</Paragraph>
      {/* The coordinator's home is the dashboard of the region. */}
      <DashboardView />
      <Heading level={2}>{t('dashboard.home.partnersTitle')}</Heading>
      <QueryResult query={organisations}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('home.coordinator.noPartners')}</Paragraph>
          ) : (
            <>
              <DataTable
                caption={t('home.coordinator.kindsCaption')}
                columns={[
                  {
                    header: t('home.coordinator.kind'),
                    cell: (r) => t(`kinds.${r.kind}`),
                    rowHeader: true,
                  },
                  { header: t('home.coordinator.count'), cell: (r) => r.count, numeric: true },
                ]}
                rows={countByKind(list)}
                rowKey={(r) => r.kind}
                empty={null}
                compact
              />
              <Paragraph>
                {t('home.coordinator.total')}: <strong>{list.length}</strong>
              </Paragraph>
            </>
          )
        }
      </QueryResult>
      <RecentNotices />
      <OffersLinks />
      <Heading level={2}>{t('home.linksTitle')}</Heading>
      <LinkList>
        <NavLinkItem to="/overstappaden">{t('matching.links.homeTransitionPaths')}</NavLinkItem>
        <NavLinkItem to="/partners">{t('home.coordinator.toPartners')}</NavLinkItem>
        <NavLinkItem to="/organisatie">{t('home.coordinator.toOrganisation')}</NavLinkItem>
      </LinkList>
    </>
  );
}
