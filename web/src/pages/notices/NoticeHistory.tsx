import { Heading } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NoticeHistoryEntry } from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import { useNoticeHistory } from '../../api/notice-queries.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../components/format.ts';
import { QueryResult } from '../../components/QueryResult.tsx';

function whatHappened(entry: NoticeHistoryEntry, t: TFunction): string {
  const key = entry.type.replace(/^redundancy_notice\./, '');
  const fields = entry.changed
    .map((f) => t(`offers.notices.fields.${f}`, { defaultValue: f }))
    .join(', ');
  return t(`offers.notices.events.${key}`, {
    defaultValue: key,
    fields: fields || '–',
    count: entry.count ?? 0,
  });
}

/** Who reported, corrected, invited and closed — and when: the notice's history. */
export function NoticeHistory({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation();
  const history = useNoticeHistory(noticeId);
  return (
    <section aria-labelledby="notice-history-title" className="ov-block">
      <Heading level={2} id="notice-history-title">
        {t('offers.notices.historyTitle')}
      </Heading>
      <QueryResult query={history}>
        {(entries) => (
          <DataTable
            caption={t('offers.notices.historyCaption')}
            rows={entries}
            rowKey={(e) => e.id}
            empty={t('offers.notices.historyEmpty')}
            columns={[
              {
                header: t('offers.notices.historyWhen'),
                cell: (e) => formatDateTime(e.occurredAt),
                rowHeader: true,
              },
              { header: t('offers.notices.historyWhat'), cell: (e) => whatHappened(e, t) },
              { header: t('offers.notices.historyWho'), cell: (e) => e.actor?.name ?? '–' },
            ]}
          />
        )}
      </QueryResult>
    </section>
  );
}
