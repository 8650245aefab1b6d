import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Catalogue, CatalogueKind } from '../../../../src/modules/offers/contracts.ts';
import { useCatalogue } from '../../api/offer-queries.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { EventsTable, ShadowingTable } from './ActivityTables.tsx';
import { catalogueFilterFrom, catalogueParams, catalogueQueryOf } from './catalogue-filter.ts';
import { CatalogueFilters } from './CatalogueFilters.tsx';
import { ServiceCard } from './ServiceCard.tsx';
import { TrainingCard } from './TrainingCard.tsx';

/** "Aanbod": the region's trainings, services, job shadowing and matching events, searchable. */
export function CataloguePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = catalogueFilterFrom(params);
  const catalogue = useCatalogue(catalogueQueryOf(filter));
  const title = t('offers.catalogue.title');
  /** "Gevonden: 3 opleidingen, 1 dienst, …", for the kinds the search shows. */
  const summary = (c: Catalogue) => {
    const counts: [CatalogueKind, string][] = [
      ['training', t('offers.catalogue.countTrainings', { count: c.trainings.length })],
      ['service', t('offers.catalogue.countServices', { count: c.services.length })],
      ['shadowing', t('offers.catalogue.countShadowing', { count: c.shadowingSlots.length })],
      ['event', t('offers.catalogue.countEvents', { count: c.matchingEvents.length })],
    ];
    const shown = counts.filter(([k]) => filter.kind === '' || filter.kind === k);
    return t('offers.catalogue.summary', { list: shown.map(([, text]) => text).join(', ') });
  };
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>{t('offers.catalogue.intro')}</Paragraph>
      <CatalogueFilters initial={filter} onApply={(next) => setParams(catalogueParams(next))} />
      <p role="status" className="ov-visually-hidden">
        {catalogue.data && !catalogue.isPlaceholderData ? summary(catalogue.data) : ''}
      </p>
      <QueryResult query={catalogue}>
        {(c) => (
          <>
            <Paragraph className="ov-result-summary">{summary(c)}</Paragraph>
            <CatalogueResults catalogue={c} kind={filter.kind} />
          </>
        )}
      </QueryResult>
    </>
  );
}

function CatalogueResults({
  catalogue: c,
  kind,
}: {
  catalogue: Catalogue;
  kind: CatalogueKind | '';
}) {
  const { t } = useTranslation();
  const shows = (k: CatalogueKind) => kind === '' || kind === k;
  return (
    <>
      {shows('training') && (
        <section aria-labelledby="results-trainings">
          <Heading level={2} id="results-trainings">
            {t('offers.catalogue.trainingsTitle', { count: c.trainings.length })}
          </Heading>
          {c.trainings.length === 0 ? (
            <EmptyState>{t('offers.catalogue.noTrainings')}</EmptyState>
          ) : (
            <ul className="ov-offer-list">
              {c.trainings.map((tr) => (
                <li key={tr.id}>
                  <TrainingCard training={tr} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {shows('service') && (
        <section aria-labelledby="results-services">
          <Heading level={2} id="results-services">
            {t('offers.catalogue.servicesTitle', { count: c.services.length })}
          </Heading>
          {c.services.length === 0 ? (
            <EmptyState>{t('offers.catalogue.noServices')}</EmptyState>
          ) : (
            <ul className="ov-offer-list">
              {c.services.map((s) => (
                <li key={s.id}>
                  <ServiceCard service={s} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {shows('shadowing') && (
        <section aria-labelledby="results-shadowing">
          <Heading level={2} id="results-shadowing">
            {t('offers.catalogue.shadowingTitle', { count: c.shadowingSlots.length })}
          </Heading>
          <ShadowingTable slots={c.shadowingSlots} />
        </section>
      )}
      {shows('event') && (
        <section aria-labelledby="results-events">
          <Heading level={2} id="results-events">
            {t('offers.catalogue.eventsTitle', { count: c.matchingEvents.length })}
          </Heading>
          <EventsTable events={c.matchingEvents} />
        </section>
      )}
    </>
  );
}
