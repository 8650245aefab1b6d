import { invalidInput } from '../../../shared/errors.ts';
import { decodeText, parseCsv } from './csv.ts';
import { readXlsxRows } from './xlsx.ts';

/** One data row: its number as the spreadsheet shows it and its cells by column key. */
export interface TableRow {
  row: number;
  cells: Record<string, string>;
}

export interface ColumnSpec {
  /** The field name the API and the row errors use ("startDate"). */
  key: string;
  /** Header texts people write, in Dutch and English; compared without case, spaces or dashes. */
  aliases: readonly string[];
  required?: boolean;
}

export interface Table {
  rows: TableRow[];
  /** Problems with the header: required columns that are missing (reported as row 1). */
  headerErrors: { row: number; field: string; message: string }[];
}

export const MAX_IMPORT_ROWS = 2000;

const headerKey = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Decodes the uploaded file and reads it as CSV or XLSX by its extension. */
export async function readUploadedRows(
  filename: string,
  contentBase64: string,
): Promise<{ row: number; cells: string[] }[]> {
  const compact = contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw invalidInput('contentBase64', 'contentBase64: is not base64');
  }
  const bytes = new Uint8Array(Buffer.from(compact, 'base64'));
  if (/\.xlsx$/i.test(filename)) {
    try {
      return await readXlsxRows(bytes);
    } catch {
      throw invalidInput('contentBase64', 'contentBase64: is not a readable XLSX file');
    }
  }
  if (/\.csv$/i.test(filename)) {
    return parseCsv(decodeText(bytes)).map((cells, i) => ({ row: i + 1, cells }));
  }
  throw invalidInput('filename', 'filename: must end in .csv or .xlsx');
}

/**
 * Maps the header row (the first non-empty row) onto the columns of an import; later rows
 * become cells by column key. Empty rows are skipped; unknown columns are ignored.
 */
export function toTable(
  raw: { row: number; cells: string[] }[],
  columns: readonly ColumnSpec[],
): Table {
  const nonEmpty = raw.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...data] = nonEmpty;
  if (!header) throw invalidInput('contentBase64', 'contentBase64: the file has no rows');
  if (data.length === 0) {
    throw invalidInput('contentBase64', 'contentBase64: the file has a header but no rows');
  }
  if (data.length > MAX_IMPORT_ROWS) {
    throw invalidInput(
      'contentBase64',
      `contentBase64: at most ${MAX_IMPORT_ROWS} rows per file (this one has ${data.length})`,
    );
  }
  const indexOf = new Map<string, number>();
  const headerErrors: Table['headerErrors'] = [];
  const keys = header.cells.map(headerKey);
  for (const column of columns) {
    const wanted = new Set([column.key, ...column.aliases].map(headerKey));
    const index = keys.findIndex((k) => wanted.has(k));
    if (index >= 0) indexOf.set(column.key, index);
    else if (column.required) {
      headerErrors.push({
        row: header.row,
        field: column.key,
        message: `${column.key}: column missing (name it ${[column.key, ...column.aliases].map((a) => `"${a}"`).join(' or ')})`,
      });
    }
  }
  const rows = data.map((r) => {
    const cells: Record<string, string> = {};
    for (const [key, index] of indexOf) cells[key] = (r.cells[index] ?? '').trim();
    return { row: r.row, cells };
  });
  return { rows, headerErrors };
}
