import { ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useMyServices, useMyTrainings } from '../../api/offer-queries.ts';
import { ActionLink } from '../../components/ActionLink.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import {
  costLabel,
  durationLabel,
  offerStatusLabel,
  serviceKindLabel,
  startLabel,
} from './offer-labels.ts';

/** A provider's own trainings and services, whatever their status, and the way to add more. */
export function MyOffersPage() {
  const { t } = useTranslation();
  const trainings = useMyTrainings();
  const services = useMyServices();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const title = t('offers.myOffers.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {saved && <SuccessAlert message={saved} />}
      <Paragraph>{t('offers.myOffers.intro')}</Paragraph>
      <ButtonGroup className="ov-actions">
        <ActionLink to="/mijn-aanbod/opleidingen/nieuw" appearance="primary">
          {t('offers.myOffers.newTraining')}
        </ActionLink>
        <ActionLink to="/mijn-aanbod/diensten/nieuw">{t('offers.myOffers.newService')}</ActionLink>
      </ButtonGroup>
      <Heading level={2}>{t('offers.myOffers.trainings')}</Heading>
      <QueryResult query={trainings}>
        {(list) => (
          <DataTable
            caption={t('offers.myOffers.trainingsCaption', { count: list.length })}
            rows={list}
            rowKey={(tr) => tr.id}
            empty={t('offers.myOffers.noTrainings')}
            columns={[
              {
                header: t('offers.catalogue.name'),
                cell: (tr) => <AppLink to={`/mijn-aanbod/opleidingen/${tr.id}`}>{tr.name}</AppLink>,
                rowHeader: true,
              },
              {
                header: t('offers.catalogue.status'),
                cell: (tr) => offerStatusLabel(tr.status, t),
              },
              { header: t('offers.catalogue.duration'), cell: (tr) => durationLabel(tr, t) },
              { header: t('offers.catalogue.start'), cell: (tr) => startLabel(tr, t) },
              { header: t('offers.catalogue.cost'), cell: (tr) => costLabel(tr.costEur, t) },
              {
                header: t('offers.catalogue.skillCount'),
                cell: (tr) => tr.skills.length,
                numeric: true,
              },
            ]}
          />
        )}
      </QueryResult>
      <Heading level={2}>{t('offers.myOffers.services')}</Heading>
      <QueryResult query={services}>
        {(list) => (
          <DataTable
            caption={t('offers.myOffers.servicesCaption', { count: list.length })}
            rows={list}
            rowKey={(s) => s.id}
            empty={t('offers.myOffers.noServices')}
            columns={[
              {
                header: t('offers.catalogue.name'),
                cell: (s) => <AppLink to={`/mijn-aanbod/diensten/${s.id}`}>{s.name}</AppLink>,
                rowHeader: true,
              },
              { header: t('offers.catalogue.status'), cell: (s) => offerStatusLabel(s.status, t) },
              {
                header: t('offers.catalogue.serviceKind'),
                cell: (s) => serviceKindLabel(s.kind, t),
              },
              { header: t('offers.catalogue.cost'), cell: (s) => costLabel(s.costEur, t) },
            ]}
          />
        )}
      </QueryResult>
    </>
  );
}
