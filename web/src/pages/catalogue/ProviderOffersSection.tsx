import { Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMyServices, useMyTrainings } from '../../api/offer-queries.ts';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';

/** On a provider's home: how much it offers, and where to publish more. */
export function ProviderOffersSection() {
  const { t } = useTranslation();
  const trainings = useMyTrainings();
  const services = useMyServices();
  return (
    <section aria-labelledby="provider-offers-title">
      <Heading level={2} id="provider-offers-title">
        {t('offers.home.providerTitle')}
      </Heading>
      {trainings.data && services.data && (
        <Paragraph>
          {t('offers.home.providerCounts', {
            trainings: trainings.data.length,
            services: services.data.length,
          })}
        </Paragraph>
      )}
      <LinkList>
        <NavLinkItem to="/mijn-aanbod">{t('offers.home.toMyOffers')}</NavLinkItem>
        <NavLinkItem to="/mijn-aanbod/opleidingen/nieuw">
          {t('offers.home.toNewTraining')}
        </NavLinkItem>
        <NavLinkItem to="/mijn-aanbod/diensten/nieuw">{t('offers.home.toNewService')}</NavLinkItem>
      </LinkList>
    </section>
  );
}
