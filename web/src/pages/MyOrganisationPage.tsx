import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/current-user.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { ColleaguesTable } from './parts/ColleaguesTable.tsx';
import { OrganisationDetails } from './parts/OrganisationDetails.tsx';

/** Staff: their own organisation's details and their colleagues. */
export function MyOrganisationPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const title = me.organisationName ?? t('myOrganisation.title');
  return (
    <>
      <PageHeading title={t('myOrganisation.title')}>{title}</PageHeading>
      <Heading level={2}>{t('myOrganisation.detailsTitle')}</Heading>
      <OrganisationDetails organisationId={me.organisationId} />
      <Heading level={2}>{t('myOrganisation.colleaguesTitle')}</Heading>
      <ColleaguesTable me={me} />
    </>
  );
}
