import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useVacancies } from '../../api/vacancy-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatEuro, formatRange } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { apiFilter, filterFromParams, paramsFromFilter } from './open-vacancy-filter.ts';
import { OpenVacanciesFilters } from './OpenVacanciesFilters.tsx';
import { occupationLabel, yesNo } from './vacancy-labels.ts';

/** The open vacancies of the region, for case managers, coordinators and candidates. */
export function OpenVacanciesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const vacancies = useVacancies(apiFilter(filter));
  const title = t('offers.vacancies.openTitle');
  const caption = (count: number) => t('offers.vacancies.captionOpen', { count });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>{t('offers.vacancies.openIntro')}</Paragraph>
      <OpenVacanciesFilters
        initial={filter}
        onApply={(next) => setParams(paramsFromFilter(next))}
      />
      <p role="status" className="ov-visually-hidden">
        {vacancies.data && !vacancies.isPlaceholderData ? caption(vacancies.data.length) : ''}
      </p>
      <QueryResult query={vacancies}>
        {(list) => (
          <DataTable
            caption={caption(list.length)}
            rows={list}
            rowKey={(v) => v.id}
            empty={t('offers.vacancies.emptyOpen')}
            columns={[
              {
                header: t('offers.vacancies.title'),
                cell: (v) => <AppLink to={`/vacatures/${v.id}`}>{v.title}</AppLink>,
                rowHeader: true,
              },
              { header: t('offers.vacancies.employer'), cell: (v) => v.employer.name },
              { header: t('offers.vacancies.occupation'), cell: (v) => occupationLabel(v) },
              { header: t('offers.vacancies.place'), cell: (v) => v.city ?? '–' },
              {
                header: t('offers.vacancies.hoursShort'),
                cell: (v) => formatRange(v.hoursMin, v.hoursMax) ?? '–',
              },
              {
                header: t('offers.vacancies.salaryShort'),
                cell: (v) => formatRange(v.salaryMin, v.salaryMax, formatEuro) ?? '–',
              },
              {
                header: t('offers.vacancies.conditionalShort'),
                cell: (v) => yesNo(v.conditionalContract, t),
              },
              {
                header: t('offers.vacancies.shadowingShort'),
                cell: (v) => yesNo(v.jobShadowing, t),
              },
            ]}
          />
        )}
      </QueryResult>
    </>
  );
}
