import { Heading, LinkList } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';

/** On the homes of case managers and coordinators: the region's vacancies and catalogue. */
export function OffersLinks() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="offers-links-title">
      <Heading level={2} id="offers-links-title">
        {t('offers.home.offersTitle')}
      </Heading>
      <LinkList>
        <NavLinkItem to="/vacatures">{t('offers.home.toVacancies')}</NavLinkItem>
        <NavLinkItem to="/aanbod">{t('offers.home.toCatalogue')}</NavLinkItem>
      </LinkList>
    </section>
  );
}
