import ExcelJS from 'exceljs';

type Cell = ExcelJS.CellValue;
type XlsxInput = Parameters<ExcelJS.Xlsx['load']>[0];

/** Excel stores a date as a moment in UTC at midnight; the calendar date is what was typed. */
const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** The text a person sees in a cell, whatever Excel stored (number, date, rich text, formula). */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as Cell);
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined || typeof value.result === 'object'
      ? value.result instanceof Date
        ? isoDate(value.result)
        : ''
      : String(value.result);
  }
  return '';
}

/** The rows of the first worksheet as text; the header is row 1, as in Excel. */
export async function readXlsxRows(bytes: Uint8Array): Promise<{ row: number; cells: string[] }[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer-like `Buffer`; at run time it takes Node's Buffer.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as XlsxInput);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const out: { row: number; cells: string[] }[] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value).trim();
    });
    out.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return out;
}
