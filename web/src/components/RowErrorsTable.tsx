import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../../src/modules/vacancies/import-contracts.ts';
import { DataTable } from './DataTable.tsx';
import { localiseFormMessage } from './form-messages.ts';

/** The problems of an imported file, row by row, as the spreadsheet numbers its rows. */
export function RowErrorsTable({
  errors,
  columnLabel,
}: {
  errors: readonly ImportRowError[];
  columnLabel: (field: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('offers.import.errorsCaption', { count: errors.length })}
      columns={[
        { header: t('offers.import.row'), cell: (e) => e.row, rowHeader: true, numeric: true },
        { header: t('offers.import.column'), cell: (e) => columnLabel(e.field) },
        {
          header: t('offers.import.problem'),
          cell: (e) => localiseFormMessage(e.message, e.field, t),
        },
      ]}
      rows={errors}
      rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
      empty={null}
    />
  );
}
