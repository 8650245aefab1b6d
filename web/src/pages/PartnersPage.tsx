import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  organisationKinds,
  type OrganisationKind,
} from '../../../src/modules/organisations/contracts.ts';
import { useOrganisations } from '../api/queries.ts';
import { useCurrentUser } from '../app/current-user.ts';
import { DataTable } from '../components/DataTable.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { kindsLabel, placeLabel, sectorLabel } from '../i18n/labels.ts';

const isKind = (value: string): value is OrganisationKind =>
  (organisationKinds as readonly string[]).includes(value);

/** The region's partner directory for coordinators and case managers, filterable by kind. */
export function PartnersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const organisations = useOrganisations({ kind: kind || undefined });
  const kindOptions = [
    { value: '', label: t('partners.filterAll') },
    ...organisationKinds
      .filter((k) => k !== 'operator')
      .map((k) => ({ value: k, label: t(`kinds.${k}`) })),
  ];
  const captionOf = (count: number) =>
    kind
      ? t('partners.captionFiltered', { kind: t(`kinds.${kind}`), count })
      : t('partners.caption', { count });
  return (
    <>
      <PageHeading title={t('partners.title')}>{t('partners.title')}</PageHeading>
      <Paragraph>{t('partners.intro', { region: me.regionName })}</Paragraph>
      <div className="ov-filter">
        <SelectField
          id="kind-filter"
          label={t('partners.filterLabel')}
          description={t('partners.filterDescription')}
          isFilter
          value={kind}
          options={kindOptions}
          onChange={(value) => setKind(isKind(value) ? value : '')}
        />
      </div>
      {/* Announces the result of a filter change without reading the whole table. */}
      <p role="status" className="ov-visually-hidden">
        {organisations.data ? captionOf(organisations.data.length) : ''}
      </p>
      <QueryResult query={organisations}>
        {(list) => (
          <DataTable
            caption={captionOf(list.length)}
            columns={[
              { header: t('organisation.name'), cell: (o) => o.name, rowHeader: true },
              { header: t('organisation.kinds'), cell: (o) => kindsLabel(o.kinds, t) },
              { header: t('organisation.sector'), cell: (o) => sectorLabel(o.sector, t) },
              { header: t('organisation.city'), cell: (o) => placeLabel(o.city, o.postcode) },
            ]}
            rows={list}
            rowKey={(o) => o.id}
            empty={t('partners.empty')}
          />
        )}
      </QueryResult>
    </>
  );
}
