import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../src/modules/offers/contracts.ts';
import { OfferCardFacts } from './OfferCardFacts.tsx';
import { costLabel, fundingLabel, serviceKindLabel } from './offer-labels.ts';

/** A service in the search results: what it is, for whom, how long, what it costs. */
export function ServiceCard({ service: s }: { service: Service }) {
  const { t } = useTranslation();
  return (
    <article className="ov-offer-card" aria-labelledby={`service-${s.id}`}>
      <Heading level={3} id={`service-${s.id}`}>
        {s.name}
      </Heading>
      <Paragraph className="ov-offer-card__by">
        {s.provider.name} · {serviceKindLabel(s.kind, t)}
      </Paragraph>
      <OfferCardFacts
        facts={[
          [
            t('offers.catalogue.duration'),
            s.durationWeeks ? t('offers.catalogue.weeks', { count: s.durationWeeks }) : '–',
          ],
          [t('offers.catalogue.cost'), costLabel(s.costEur, t)],
          [t('offers.catalogue.targetGroup'), s.targetGroup ?? '–'],
          [t('offers.catalogue.funding'), fundingLabel(s.funding, t)],
        ]}
      />
      {s.description && <Paragraph>{s.description}</Paragraph>}
    </article>
  );
}
