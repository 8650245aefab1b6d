import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  employerPersonViewSchema,
  type EmployerPersonView,
} from '../../../../src/modules/consent/contracts.ts';
import { apiRequest } from '../../api/client.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { FactList } from '../../components/FactList.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';

/**
 * An invited employee as their employer may see them, decided by consent at the moment of
 * reading (the server logs the read for the person): the passport with passport consent,
 * otherwise a pseudonym and skills; the step and status with progress consent.
 */
export function SharedPersonPage() {
  const { id = '', personId = '' } = useParams();
  const { t } = useTranslation();
  const person = useQuery({
    queryKey: ['employer-person', personId],
    queryFn: () => apiRequest('GET', `/api/employer/persons/${personId}`, employerPersonViewSchema),
  });
  return (
    <>
      <QueryResult query={person}>{(p) => <SharedPerson person={p} />}</QueryResult>
      <Paragraph>
        <AppLink to={`/boventalligheid/${id}`}>{t('offers.notices.backToNotice')}</AppLink>
      </Paragraph>
    </>
  );
}

function SharedPerson({ person }: { person: EmployerPersonView }) {
  const { t } = useTranslation();
  const name = person.personal
    ? [person.personal.givenName, person.personal.familyName].filter(Boolean).join(' ')
    : person.pseudonym;
  return (
    <>
      <PageHeading title={name}>{name}</PageHeading>
      <Paragraph>{t('offers.shared.intro')}</Paragraph>
      {person.personal && (
        <FactList
          facts={[
            [t('offers.shared.email'), person.personal.email ?? '–'],
            [t('offers.shared.phone'), person.personal.phone ?? '–'],
            [t('offers.shared.city'), person.personal.city ?? '–'],
          ]}
        />
      )}
      {person.progress && (
        <>
          <Heading level={2}>{t('offers.shared.progress')}</Heading>
          <FactList
            facts={[
              [
                t('offers.shared.status'),
                t(`offers.enrolments.trajectoryStatuses.${person.progress.status}`, {
                  defaultValue: person.progress.status,
                }),
              ],
              [t('offers.shared.step'), person.progress.step ?? '–'],
            ]}
          />
        </>
      )}
      {person.workHistory && (
        <>
          <Heading level={2}>{t('offers.shared.workHistory')}</Heading>
          <DataTable
            caption={t('offers.shared.workHistory')}
            rows={person.workHistory.map((w, i) => ({ ...w, key: String(i) }))}
            rowKey={(w) => w.key}
            empty={t('offers.shared.none')}
            columns={[
              { header: t('offers.shared.job'), cell: (w) => w.jobTitle, rowHeader: true },
              { header: t('offers.shared.employer'), cell: (w) => w.employerName ?? '–' },
              {
                header: t('offers.shared.years'),
                cell: (w) => [w.startYear, w.endYear].filter(Boolean).join('–') || '–',
              },
            ]}
          />
        </>
      )}
      <Heading level={2}>{t('offers.shared.skills')}</Heading>
      <DataTable
        caption={t('offers.shared.skillsCaption', { count: person.skills.length })}
        rows={person.skills}
        rowKey={(s) => s.uri}
        empty={t('offers.shared.none')}
        columns={[
          { header: t('offers.shared.skill'), cell: (s) => s.label ?? s.uri, rowHeader: true },
          { header: t('offers.shared.level'), cell: (s) => s.level, numeric: true },
        ]}
      />
    </>
  );
}
