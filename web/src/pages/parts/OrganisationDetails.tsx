import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../src/modules/organisations/contracts.ts';
import { useOrganisation } from '../../api/queries.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { kindsLabel, sectorLabel } from '../../i18n/labels.ts';

export function OrganisationFacts({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('organisation.name'), organisation.name],
    [t('organisation.kinds'), kindsLabel(organisation.kinds, t)],
    [t('organisation.sector'), sectorLabel(organisation.sector, t)],
    [t('organisation.city'), organisation.city ?? '–'],
    [t('organisation.postcode'), organisation.postcode ?? '–'],
  ];
  return (
    <DataList className="ov-facts">
      {facts.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** The signed-in user's own organisation, as the server lets them see it. */
export function OrganisationDetails({ organisationId }: { organisationId: string | null }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(organisationId);
  if (!organisationId) return <EmptyState>{t('organisation.noOrganisation')}</EmptyState>;
  return (
    <QueryResult query={organisation}>
      {(org) => <OrganisationFacts organisation={org} />}
    </QueryResult>
  );
}
