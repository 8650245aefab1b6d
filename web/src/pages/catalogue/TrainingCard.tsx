import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Training } from '../../../../src/modules/offers/contracts.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { currentLocale } from '../../i18n/index.ts';
import { OfferCardFacts } from './OfferCardFacts.tsx';
import {
  costLabel,
  durationLabel,
  fundingLabel,
  modalityLabel,
  startLabel,
} from './offer-labels.ts';

/** A training in the search results: name, provider, what it teaches and the key facts. */
export function TrainingCard({ training: tr }: { training: Training }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { search } = useLocation();
  const taught = tr.skills
    .map((s) => `${conceptLabel(s.skill, locale)} (${t(`offers.levels.${s.level}`)})`)
    .join(', ');
  return (
    <article className="ov-offer-card" aria-labelledby={`training-${tr.id}`}>
      <Heading level={3} id={`training-${tr.id}`}>
        <AppLink to={`/aanbod/opleidingen/${tr.id}`} state={{ back: `/aanbod${search}` }}>
          {tr.name}
        </AppLink>
      </Heading>
      <Paragraph className="ov-offer-card__by">
        {tr.provider.name}
        {tr.qualification ? ` · ${tr.qualification}` : ''}
      </Paragraph>
      <OfferCardFacts
        facts={[
          [t('offers.catalogue.duration'), durationLabel(tr, t)],
          [t('offers.catalogue.cost'), costLabel(tr.costEur, t)],
          [t('offers.catalogue.start'), startLabel(tr, t)],
          [t('offers.catalogue.modality'), modalityLabel(tr.modality, t)],
          [t('offers.catalogue.place'), tr.city ?? '–'],
          [t('offers.catalogue.funding'), fundingLabel(tr.funding, t)],
        ]}
      />
      <Paragraph className="ov-offer-card__skills">
        <strong>{t('offers.catalogue.teaches')}</strong> {taught || t('offers.catalogue.noSkills')}
      </Paragraph>
    </article>
  );
}
