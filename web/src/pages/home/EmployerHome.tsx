import { Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../../api/queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { EmployerTasks } from '../employer/EmployerTasks.tsx';
import { ProposalsAwaitingNotice } from '../matching/ProposalsAwaitingNotice.tsx';
import { ColleaguesTable } from '../parts/ColleaguesTable.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { OrganisationFacts } from '../parts/OrganisationDetails.tsx';

/** A releasing and/or hiring employer: what their organisation is in Overstap, and who else is here. */
export function EmployerHome() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const organisation = useOrganisation(me.organisationId);
  return (
    <>
      <PageHeading title={t('home.employer.title')}>{t('home.employer.title')}</PageHeading>
      <Paragraph appearance="lead">{t('home.welcome', { name: me.name })}</Paragraph>
      <ProposalsAwaitingNotice />
      <EmployerTasks />
      <LinkList>
        <NavLinkItem to="/dashboard">{t('dashboard.home.toDashboard')}</NavLinkItem>
      </LinkList>
      <Heading level={2}>{t('home.organisationTitle')}</Heading>
      <QueryResult query={organisation}>
        {(org) => (
          <>
            {org.kinds.includes('releasing_employer') && (
              <Paragraph>{t('home.employer.releasing')}</Paragraph>
            )}
            {org.kinds.includes('hiring_employer') && (
              <Paragraph>{t('home.employer.hiring')}</Paragraph>
            )}
            <OrganisationFacts organisation={org} />
          </>
        )}
      </QueryResult>
      <Heading level={2}>{t('home.colleaguesTitle')}</Heading>
      <ColleaguesTable me={me} />
    </>
  );
}
