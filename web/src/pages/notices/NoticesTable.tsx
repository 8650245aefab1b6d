import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDate, formatShortDate } from '../../components/format.ts';
import { functionsOf, noticeStatusLabel } from './notice-labels.ts';

/**
 * Notices as a table. Staff of the region see whose notice it is; the employer, who sees only
 * its own, sees them by the day they were reported.
 */
export function NoticesTable({
  notices,
  caption,
  empty,
  byEmployer,
}: {
  notices: readonly Notice[];
  caption: string;
  empty: string;
  byEmployer: boolean;
}) {
  const { t } = useTranslation();
  const link = (n: Notice, text: string) => (
    <AppLink to={`/boventalligheid/${n.id}`}>{text}</AppLink>
  );
  return (
    <DataTable
      caption={caption}
      rows={notices}
      rowKey={(n) => n.id}
      empty={empty}
      columns={[
        byEmployer
          ? {
              header: t('offers.notices.employer'),
              cell: (n) => link(n, n.employer.name),
              rowHeader: true,
            }
          : {
              header: t('offers.notices.reportedOn'),
              cell: (n) => link(n, t('offers.notices.noticeOf', { date: formatDate(n.createdAt) })),
              rowHeader: true,
            },
        ...(byEmployer
          ? [
              {
                header: t('offers.notices.reportedOn'),
                cell: (n: Notice) => formatShortDate(n.createdAt),
              },
            ]
          : []),
        { header: t('offers.notices.expectedDate'), cell: (n) => formatShortDate(n.expectedDate) },
        { header: t('offers.notices.peopleCount'), cell: (n) => n.peopleCount, numeric: true },
        { header: t('offers.notices.functions'), cell: (n) => functionsOf(n, t) },
        { header: t('offers.notices.invited'), cell: (n) => n.enrolments.invited, numeric: true },
        { header: t('offers.notices.statusLabel'), cell: (n) => noticeStatusLabel(n, t) },
      ]}
    />
  );
}
