import type { z } from 'zod';
import type { ImportRowError } from './import-contracts.ts';

/** Turns the zod issues of one row into row errors named by the spreadsheet's columns. */
export function rowErrorsFromZod(
  row: number,
  error: z.ZodError,
  columnOf: (field: string) => string,
): ImportRowError[] {
  return error.issues.map((issue) => {
    const field = columnOf(String(issue.path[0] ?? 'row'));
    return { row, field, message: `${field}: ${issue.message}` };
  });
}

export const rowError = (row: number, field: string, message: string): ImportRowError => ({
  row,
  field,
  message: `${field}: ${message}`,
});
