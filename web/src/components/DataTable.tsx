import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type ReactNode, useId, useLayoutEffect, useState } from 'react';
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

/** Whether the element's content is wider than the element (so it scrolls sideways). */
function useOverflows(element: HTMLElement | null): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setOverflows(element.scrollWidth > element.clientWidth),
    );
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [element]);
  return overflows;
}

/** A table with a caption and column headers; an empty list is said in words, not an empty table. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, columns, rows, rowKey, empty, compact } = props;
  const captionId = useId();
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  // A table wider than the screen scrolls sideways: then keyboard users must be able to reach
  // the scrolling region (WCAG 2.1.1), which is named by the table's caption.
  const scrolls = useOverflows(scroller);
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <div
      ref={setScroller}
      className="ov-table-scroll"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {})}
    >
      <Table className={compact ? 'ov-table ov-table--compact' : 'ov-table'}>
        <TableCaption id={captionId} className="ov-table__caption">
          {caption}
        </TableCaption>
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
