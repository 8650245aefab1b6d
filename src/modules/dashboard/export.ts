import ExcelJS from 'exceljs';
import type { Dashboard, FigureTable } from './contracts.ts';

/**
 * Every table of the dashboard as CSV (one block per table) or XLSX (one sheet per table), with
 * the suppressed cells exactly as the API shows them ("< 5", "x"): exports never hold more than
 * the screen. Codes are kept as they are (the UI translates them), so the files are stable.
 */
const csvField = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",;\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

function tableLines(table: FigureTable): string[][] {
  const header = ['', ...table.columns.map((c) => c.key)];
  const body = table.rows.map((r) => [
    r.label ?? r.key,
    ...table.columns.map((c) => {
      const v = r.cells[c.key];
      return v === undefined || v === null ? '' : String(v);
    }),
  ]);
  return [header, ...body];
}

export function dashboardCsv(d: Dashboard): string {
  const lines: string[] = [
    `# Overstap dashboard;${d.scope.regionName};${d.period.from ?? ''};${d.period.to}`,
    `# "< ${d.threshold}": fewer than ${d.threshold} people; "x": hidden so that a small cell cannot be worked out`,
  ];
  for (const table of d.tables) {
    lines.push('', `# ${table.id}`);
    for (const row of tableLines(table)) lines.push(row.map(csvField).join(';'));
  }
  return `${lines.join('\n')}\n`;
}

export async function dashboardXlsx(d: Dashboard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Overstap';
  const about = workbook.addWorksheet('about');
  about.addRows([
    ['region', d.scope.regionName],
    ['from', d.period.from ?? ''],
    ['to', d.period.to],
    ['threshold', d.threshold],
    [`< ${d.threshold}`, `fewer than ${d.threshold} people`],
    ['x', 'hidden so that a small cell cannot be worked out by subtraction'],
  ]);
  for (const table of d.tables) {
    const sheet = workbook.addWorksheet(table.id.slice(0, 31));
    for (const row of tableLines(table)) {
      sheet.addRow(row.map((v) => (v !== '' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)));
    }
    sheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
