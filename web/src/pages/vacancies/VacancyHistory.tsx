import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useVacancyHistory } from '../../api/vacancy-queries.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../components/format.ts';
import { QueryResult } from '../../components/QueryResult.tsx';
import { historyText } from './history-text.ts';

/** What happened to a vacancy, newest first, from the event log. */
export function VacancyHistory({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const history = useVacancyHistory(vacancyId);
  return (
    <section aria-labelledby="vacancy-history-title">
      <Heading level={2} id="vacancy-history-title">
        {t('offers.history.title')}
      </Heading>
      <QueryResult query={history}>
        {(entries) => (
          <DataTable
            caption={t('offers.history.caption', { count: entries.length })}
            rows={[...entries].reverse()}
            rowKey={(e) => e.id}
            empty={t('offers.history.empty')}
            columns={[
              {
                header: t('offers.history.when'),
                cell: (e) => formatDateTime(e.occurredAt),
                rowHeader: true,
              },
              {
                header: t('offers.history.who'),
                cell: (e) => e.actor?.name ?? t('offers.history.system'),
              },
              { header: t('offers.history.what'), cell: (e) => historyText(e, t) },
            ]}
          />
        )}
      </QueryResult>
    </section>
  );
}
