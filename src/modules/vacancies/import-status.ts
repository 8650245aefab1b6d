/** The HTTP status of an import report: a refused import is a 400 that still carries its rows. */
export function importStatus(report: {
  dryRun: boolean;
  saved: boolean;
  errors: unknown[];
}): 200 | 201 | 400 {
  if (report.saved) return 201;
  if (report.dryRun) return 200;
  return 400;
}

/** The error envelope a refused import carries beside its row errors. */
export function withRefusal<T extends { dryRun: boolean; saved: boolean; errors: unknown[] }>(
  report: T,
): T & { error?: { code: 'invalid_input'; message: string; field: string } } {
  if (report.saved || report.dryRun) return report;
  const n = report.errors.length;
  return {
    ...report,
    error: {
      code: 'invalid_input',
      message: `rows: ${n} ${n === 1 ? 'problem' : 'problems'} in the file; nothing was saved`,
      field: 'rows',
    },
  };
}
