import type { z } from 'zod';
import type { FieldErrors } from '../api/error-messages.ts';
import { currentLocale } from '../i18n/index.ts';
import { localiseServerMessage } from '../i18n/server-messages.ts';

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Checks a form against the same contract the server uses, so all problems show at once
 * before sending; the server still has the last word (e.g. a name already taken).
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= localiseServerMessage(issue.message, undefined, currentLocale());
  }
  return { ok: false, errors };
}
