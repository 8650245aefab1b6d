import { useTranslation } from 'react-i18next';
import type { FigureTable } from '../../../../src/modules/dashboard/contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { columnLabel, formatCell, keyLabel } from './figure-format.ts';

type Row = FigureTable['rows'][number];

/** Any table of the dashboard, with its caption; also the accessible alternative of each chart. */
export function FigureTableView({ table, caption }: { table: FigureTable; caption?: string }) {
  const { t } = useTranslation();
  return (
    <DataTable<Row>
      caption={caption ?? t(`dashboard.tables.${table.id}`)}
      rows={table.rows}
      rowKey={(r) => r.key}
      empty={t('dashboard.chart.noFlows')}
      columns={[
        {
          header: t('dashboard.columns.item'),
          cell: (r) => r.label ?? keyLabel(r.key, t, table.id),
          rowHeader: true,
        },
        ...table.columns.map((c) => ({
          header: columnLabel(c.key, t),
          cell: (r: Row) => formatCell(r.cells[c.key], r.kind ?? c.kind),
          numeric: true,
        })),
      ]}
    />
  );
}
