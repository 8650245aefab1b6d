import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/current-user.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProviderOffersSection } from '../catalogue/ProviderOffersSection.tsx';
import { ColleaguesTable } from '../parts/ColleaguesTable.tsx';
import { OrganisationDetails } from '../parts/OrganisationDetails.tsx';

export function ProviderHome() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeading title={t('home.provider.title')}>{t('home.provider.title')}</PageHeading>
      <Paragraph appearance="lead">{t('home.welcome', { name: me.name })}</Paragraph>
      <Paragraph>{t('home.provider.intro')}</Paragraph>
      <ProviderOffersSection />
      <Heading level={2}>{t('home.organisationTitle')}</Heading>
      <OrganisationDetails organisationId={me.organisationId} />
      <Heading level={2}>{t('home.colleaguesTitle')}</Heading>
      <ColleaguesTable me={me} />
    </>
  );
}
