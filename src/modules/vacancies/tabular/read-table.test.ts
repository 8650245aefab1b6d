import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { readUploadedRows, toTable, type ColumnSpec } from './read-table.ts';

const columns: ColumnSpec[] = [
  { key: 'title', aliases: ['titel'], required: true },
  { key: 'startDate', aliases: ['startdatum', 'start date'] },
];
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('reading an uploaded list', () => {
  it('maps Dutch or English headers onto column keys and numbers rows as the sheet does', async () => {
    const raw = await readUploadedRows(
      'lijst.csv',
      b64('Titel;Start date;Onbekend\nKok;1-9-2025;x\n;;\nTester;;'),
    );
    const table = toTable(raw, columns);
    expect(table.headerErrors).toEqual([]);
    expect(table.rows).toEqual([
      { row: 2, cells: { title: 'Kok', startDate: '1-9-2025' } },
      { row: 4, cells: { title: 'Tester', startDate: '' } },
    ]);
  });

  it('reports a missing required column as an error on row 1', async () => {
    const table = toTable(await readUploadedRows('x.csv', b64('naam,plaats\nA,Oss')), columns);
    expect(table.headerErrors).toEqual([
      expect.objectContaining({
        row: 1,
        field: 'title',
        message: expect.stringMatching(/^title: /),
      }),
    ]);
  });

  it('reads the first sheet of an XLSX file, dates included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Vacatures');
    sheet.addRow(['titel', 'startdatum']);
    sheet.addRow(['Helpende zorg', new Date(Date.UTC(2025, 8, 1))]);
    sheet.addRow([{ richText: [{ text: 'Order' }, { text: 'picker' }] }, '2025-10-01']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const table = toTable(await readUploadedRows('v.xlsx', buffer.toString('base64')), columns);
    expect(table.rows).toEqual([
      { row: 2, cells: { title: 'Helpende zorg', startDate: '2025-09-01' } },
      { row: 3, cells: { title: 'Orderpicker', startDate: '2025-10-01' } },
    ]);
  });

  it('refuses what it cannot read, naming the field', async () => {
    await expect(readUploadedRows('v.xlsx', b64('not a zip'))).rejects.toMatchObject({
      field: 'contentBase64',
    });
    await expect(readUploadedRows('v.csv', '***')).rejects.toBeInstanceOf(AppError);
    expect(() => toTable([], columns)).toThrow(/no rows/);
    expect(() => toTable([{ row: 1, cells: ['titel'] }], columns)).toThrow(/header but no rows/);
  });
});
