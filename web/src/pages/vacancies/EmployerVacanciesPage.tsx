import { ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vacancyStatuses } from '../../../../src/modules/vacancies/contracts.ts';
import { useVacancies } from '../../api/vacancy-queries.ts';
import { ActionLink } from '../../components/ActionLink.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatShortDate } from '../../components/format.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useOwnKinds } from '../employer/useOwnKinds.ts';
import { occupationLabel, statusLabel } from './vacancy-labels.ts';

/** A hiring employer's own vacancies, in every status, with the ways to add more. */
export function EmployerVacanciesPage() {
  const { t } = useTranslation();
  const kinds = useOwnKinds();
  const [status, setStatus] = useState('');
  const vacancies = useVacancies({ status });
  const title = t('offers.vacancies.employerTitle');
  const caption = (count: number) =>
    status
      ? t('offers.vacancies.captionStatus', {
          count,
          status: t(`offers.vacancies.statuses.${status}`),
        })
      : t('offers.vacancies.captionOwn', { count });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>{t('offers.vacancies.employerIntro')}</Paragraph>
      {kinds !== null && !kinds.includes('hiring_employer') ? (
        <EmptyState>{t('offers.vacancies.notHiring')}</EmptyState>
      ) : (
        <ButtonGroup className="ov-actions">
          <ActionLink to="/vacatures/nieuw" appearance="primary">
            {t('offers.vacancies.new')}
          </ActionLink>
          <ActionLink to="/vacatures/importeren">{t('offers.vacancies.import')}</ActionLink>
        </ButtonGroup>
      )}
      <div className="ov-filter">
        <SelectField
          id="status-filter"
          label={t('offers.vacancies.statusFilter')}
          isFilter
          value={status}
          options={[
            { value: '', label: t('offers.vacancies.allStatuses') },
            ...vacancyStatuses.map((s) => ({ value: s, label: statusLabel(s, t) })),
          ]}
          onChange={setStatus}
        />
      </div>
      <p role="status" className="ov-visually-hidden">
        {vacancies.data ? caption(vacancies.data.length) : ''}
      </p>
      <QueryResult query={vacancies}>
        {(list) => (
          <DataTable
            caption={caption(list.length)}
            rows={list}
            rowKey={(v) => v.id}
            empty={t('offers.vacancies.emptyOwn')}
            columns={[
              {
                header: t('offers.vacancies.title'),
                cell: (v) => <AppLink to={`/vacatures/${v.id}`}>{v.title}</AppLink>,
                rowHeader: true,
              },
              { header: t('offers.vacancies.status'), cell: (v) => statusLabel(v.status, t) },
              { header: t('offers.vacancies.occupation'), cell: (v) => occupationLabel(v) },
              { header: t('offers.vacancies.place'), cell: (v) => v.city ?? '–' },
              { header: t('offers.vacancies.positions'), cell: (v) => v.positions, numeric: true },
              {
                header: t('offers.vacancies.skillCount'),
                cell: (v) => v.requirements.length,
                numeric: true,
              },
              {
                header: t('offers.vacancies.updatedAt'),
                cell: (v) => formatShortDate(v.updatedAt),
              },
            ]}
          />
        )}
      </QueryResult>
    </>
  );
}
