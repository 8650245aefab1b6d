import { z } from 'zod';

/**
 * Importing a list (vacancies, employees of a redundancy notice) from a CSV or XLSX file.
 * Multipart upload is not set up, so the file travels base64-encoded in a JSON body.
 * All or nothing: a file with any invalid row saves nothing, and a dry run never saves.
 */
export const importFileBody = z.object({
  filename: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(255)
    .regex(/\.(csv|xlsx)$/i, 'must end in .csv or .xlsx'),
  contentBase64: z
    .string()
    .min(1, 'is required')
    .max(14_000_000, 'must be at most 10 MB')
    .describe('The file, base64-encoded'),
  dryRun: z
    .boolean()
    .default(false)
    .describe('Only check the rows and show what would be saved; nothing is saved'),
});
export type ImportFileBody = z.infer<typeof importFileBody>;

export const importRowErrorSchema = z.object({
  row: z.number().int().describe('Row number as the spreadsheet shows it (the header is row 1)'),
  field: z.string().describe('Column name, e.g. "title" or "startDate"'),
  message: z.string().describe('Starts with the field name, e.g. "startDate: must be a date"'),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** The shape every import answers with; `error` is set (HTTP 400) when a real import is refused. */
export const importReportFields = {
  error: z
    .object({ code: z.literal('invalid_input'), message: z.string(), field: z.string() })
    .optional()
    .describe('Present when rows were invalid and nothing was saved (status 400)'),
  dryRun: z.boolean(),
  saved: z.boolean().describe('True only when every row was valid and everything was saved'),
  rowCount: z.number().int().describe('Data rows read (empty rows are skipped)'),
  errors: z.array(importRowErrorSchema),
};
