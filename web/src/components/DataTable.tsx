import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState.tsx';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** The cell that names the row (a <th scope="row">), usually the first. */
  rowHeader?: boolean;
  numeric?: boolean;
}

export interface DataTableProps<T> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty: ReactNode;
  /** Narrow tables (a few counts) need not stretch across the page. */
  compact?: boolean;
}

/** A table with a caption and column headers; an empty list is said in words, not an empty table. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, columns, rows, rowKey, empty, compact } = props;
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <div className="ov-table-scroll">
      <Table className={compact ? 'ov-table ov-table--compact' : 'ov-table'}>
        <TableCaption className="ov-table__caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell
                key={column.header}
                scope="col"
                className={column.numeric ? 'ov-numeric' : undefined}
              >
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <TableHeaderCell key={column.header} scope="row">
                    {column.cell(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell
                    key={column.header}
                    className={column.numeric ? 'ov-numeric' : undefined}
                  >
                    {column.cell(row)}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
