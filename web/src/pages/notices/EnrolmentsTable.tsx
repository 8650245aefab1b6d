import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatShortDate } from '../../components/format.ts';

/** Who has been invited, and whether they have answered (their codes are never shown again). */
export function EnrolmentsTable({ enrolments }: { enrolments: readonly Enrolment[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('offers.enrolments.caption', { count: enrolments.length })}
      rows={enrolments}
      rowKey={(e) => e.id}
      empty={t('offers.enrolments.empty')}
      columns={[
        { header: t('offers.enrolments.name'), cell: (e) => e.name ?? '–', rowHeader: true },
        { header: t('offers.enrolments.email'), cell: (e) => e.email ?? '–' },
        { header: t('offers.enrolments.function'), cell: (e) => e.functionTitle ?? '–' },
        {
          header: t('offers.enrolments.contractEnd'),
          cell: (e) => formatShortDate(e.contractEndDate),
        },
        { header: t('offers.enrolments.invitedAt'), cell: (e) => formatShortDate(e.invitedAt) },
        {
          header: t('offers.enrolments.status'),
          cell: (e) => t(`offers.enrolments.statuses.${e.status}`),
        },
      ]}
    />
  );
}
