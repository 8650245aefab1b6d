import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOrganisations, useRegions } from '../api/queries.ts';
import { DataTable } from '../components/DataTable.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { kindsLabel, placeLabel, sectorLabel } from '../i18n/labels.ts';
import { OrganisationForm } from './admin/OrganisationForm.tsx';

/** Administrators: every organisation, and a form to add one. */
export function AdminOrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const regions = useRegions();
  return (
    <>
      <PageHeading title={t('adminOrganisations.title')}>
        {t('adminOrganisations.title')}
      </PageHeading>
      <Paragraph>{t('adminOrganisations.intro')}</Paragraph>
      <QueryResult query={organisations}>
        {(list) => (
          <DataTable
            caption={t('adminOrganisations.caption', { count: list.length })}
            columns={[
              { header: t('organisation.name'), cell: (o) => o.name, rowHeader: true },
              { header: t('organisation.kinds'), cell: (o) => kindsLabel(o.kinds, t) },
              { header: t('organisation.sector'), cell: (o) => sectorLabel(o.sector, t) },
              { header: t('organisation.city'), cell: (o) => placeLabel(o.city, o.postcode) },
              {
                header: t('organisation.status'),
                cell: (o) => (o.active ? t('organisation.active') : t('organisation.inactive')),
              },
            ]}
            rows={list}
            rowKey={(o) => o.id}
            empty={t('adminOrganisations.empty')}
          />
        )}
      </QueryResult>
      <QueryResult query={regions}>{(list) => <OrganisationForm regions={list} />}</QueryResult>
    </>
  );
}
