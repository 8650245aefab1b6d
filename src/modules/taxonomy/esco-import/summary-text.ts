import type { EscoFileSummary, EscoImportSummary } from './summary.ts';

/** ESCO's licence asks for this sentence wherever the data is used or shown. */
export const ESCO_ATTRIBUTION =
  'This service uses the ESCO classification of the European Commission.';

/** Rejections shown per file in the text summary; the JSON summary lists more. */
const TEXT_REJECTIONS_PER_FILE = 10;

const COLUMNS = [
  ['file', (f: EscoFileSummary) => f.file],
  ['lang', (f: EscoFileSummary) => f.lang ?? '-'],
  ['read', (f: EscoFileSummary) => f.rowsRead],
  ['inserted', (f: EscoFileSummary) => f.inserted],
  ['updated', (f: EscoFileSummary) => f.updated],
  ['unchanged', (f: EscoFileSummary) => f.unchanged],
  ['skipped', (f: EscoFileSummary) => f.skipped],
  ['rejected', (f: EscoFileSummary) => f.rejected],
  ['seconds', (f: EscoFileSummary) => f.seconds.toFixed(1)],
] as const;

/** One line per file, for logs and non-interactive runs. */
export function fileLine(f: EscoFileSummary): string {
  if (f.fatal !== null) return `${f.file}: NOT IMPORTED: ${f.fatal}`;
  return (
    `${f.file}: ${f.rowsRead} read, ${f.inserted} inserted, ${f.updated} updated, ` +
    `${f.unchanged} unchanged, ${f.skipped} skipped, ${f.rejected} rejected (${f.seconds.toFixed(1)} s)`
  );
}

/** The import summary as a table with the rejections and skips below it. */
export function summaryText(s: EscoImportSummary): string {
  const out: string[] = [];
  const langs = s.languages.length > 0 ? s.languages.join(', ') : 'none';
  out.push(
    `ESCO import from ${s.directory} (languages: ${langs}) in ${s.seconds.toFixed(1)} s`,
    '',
  );
  const totalRow = [
    'total',
    '',
    s.totals.rowsRead,
    s.totals.inserted,
    s.totals.updated,
    s.totals.unchanged,
    s.totals.skipped,
    s.totals.rejected,
    s.seconds.toFixed(1),
  ].map(String);
  const table = [
    COLUMNS.map(([name]) => name),
    ...s.files.map((f) => COLUMNS.map(([, value]) => String(value(f)))),
    totalRow,
  ];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  for (const row of table) {
    out.push(
      row
        .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    );
  }
  const fatal = s.files.filter((f) => f.fatal !== null);
  if (fatal.length > 0) {
    out.push('', 'Files that could not be read:');
    for (const f of fatal) out.push(`  ${f.file}: ${f.fatal}`);
  }
  const rejecting = s.files.filter((f) => f.rejected > 0);
  if (rejecting.length > 0) {
    out.push('', `Rejected rows (first ${TEXT_REJECTIONS_PER_FILE} per file; --json lists more):`);
    for (const f of rejecting) {
      for (const r of f.rejections.slice(0, TEXT_REJECTIONS_PER_FILE)) {
        out.push(`  ${f.file} line ${r.line}: ${r.reason}`);
      }
      const more = f.rejected - Math.min(f.rejections.length, TEXT_REJECTIONS_PER_FILE);
      if (more > 0) out.push(`  ${f.file}: … and ${more} more`);
    }
  }
  const skipping = s.files.filter((f) => f.skipped > 0);
  if (skipping.length > 0) {
    out.push('', 'Skipped rows:');
    for (const f of skipping) {
      for (const r of f.skipReasons) {
        out.push(`  ${f.file}: ${r.count} × ${r.reason} (first at line ${r.firstLine})`);
      }
    }
  }
  if (s.skippedFiles.length > 0) {
    out.push('', 'Files not imported:');
    for (const f of s.skippedFiles) out.push(`  ${f.file}: ${f.reason}`);
  }
  out.push('', ESCO_ATTRIBUTION);
  return out.join('\n');
}
