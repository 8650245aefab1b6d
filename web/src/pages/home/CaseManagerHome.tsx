import { Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type {
  Organisation,
  OrganisationKind,
} from '../../../../src/modules/organisations/contracts.ts';
import { useCaseload } from '../../api/passport-queries.ts';
import { useOrganisations } from '../../api/queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { kindsLabel, placeLabel, sectorLabel } from '../../i18n/labels.ts';
import { OffersLinks } from '../catalogue/OffersLinks.tsx';
import { RecentNotices } from '../notices/RecentNotices.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { OrganisationDetails } from '../parts/OrganisationDetails.tsx';
import { WorklistSummary } from '../trajectory/WorklistPage.tsx';

/** Where a case manager sends candidates: training, coaching and employers that hire. */
const referralKinds: readonly OrganisationKind[] = [
  'training_provider',
  'initiative',
  'hiring_employer',
];

export function CaseManagerHome() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const organisations = useOrganisations();
  const caseload = useCaseload('');
  const isReferral = (o: Organisation) =>
    o.id !== me.organisationId && o.active && o.kinds.some((k) => referralKinds.includes(k));
  return (
    <>
      <PageHeading title={t('home.caseManager.title')}>{t('home.caseManager.title')}</PageHeading>
      <Paragraph appearance="lead">{t('home.welcome', { name: me.name })}</Paragraph>
      <WorklistSummary />
      <Heading level={2}>{t('home.caseManager.caseloadTitle')}</Heading>
      <QueryResult query={caseload}>
        {(persons) => (
          <Paragraph>{t('home.caseManager.caseloadCount', { count: persons.length })}</Paragraph>
        )}
      </QueryResult>
      <LinkList>
        <NavLinkItem to="/caseload">{t('home.caseManager.toCaseload')}</NavLinkItem>
        <NavLinkItem to="/dashboard">{t('dashboard.home.toDashboard')}</NavLinkItem>
      </LinkList>
      <RecentNotices />
      <OffersLinks />
      <Heading level={2}>{t('home.caseManager.yourOrganisation')}</Heading>
      <OrganisationDetails organisationId={me.organisationId} />
      <Heading level={2}>{t('home.caseManager.referralsTitle')}</Heading>
      <Paragraph>{t('home.caseManager.referralsIntro')}</Paragraph>
      <QueryResult query={organisations}>
        {(list) => (
          <DataTable
            caption={t('home.caseManager.referralsCaption')}
            columns={[
              { header: t('organisation.name'), cell: (o) => o.name, rowHeader: true },
              { header: t('organisation.kinds'), cell: (o) => kindsLabel(o.kinds, t) },
              { header: t('organisation.sector'), cell: (o) => sectorLabel(o.sector, t) },
              { header: t('organisation.city'), cell: (o) => placeLabel(o.city, null) },
            ]}
            rows={list.filter(isReferral)}
            rowKey={(o) => o.id}
            empty={t('home.caseManager.noReferrals')}
          />
        )}
      </QueryResult>
      <LinkList>
        <NavLinkItem to="/partners">{t('home.caseManager.toPartners')}</NavLinkItem>
      </LinkList>
    </>
  );
}
