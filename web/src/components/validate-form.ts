import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../api/client.ts';
import { errorMessage, type FieldErrors } from '../api/error-messages.ts';
import { localiseFormMessage } from './form-messages.ts';

export type FormCheck<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Checks a form against the shared contract, all problems at once. Errors are keyed by their
 * full path ("conditions.holidayAllowancePct", "requirements.2.minLevel") and by each shorter
 * prefix, so a field can show its own error and a group the first of its members.
 */
export function checkForm<S extends z.ZodType>(
  schema: S,
  value: unknown,
  t: TFunction,
): FormCheck<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    const message = localiseFormMessage(issue.message, undefined, t);
    for (let i = path.length; i >= 1; i--) errors[path.slice(0, i).join('.')] ??= message;
    if (path.length === 0) errors.form ??= message;
  }
  return { ok: false, errors };
}

/** Merges errors found before the schema (numbers that are not numbers) with the schema's. */
export function withErrors(check: FormCheck<unknown>, extra: FieldErrors): FieldErrors {
  return { ...(check.ok ? {} : check.errors), ...extra };
}

/**
 * A server refusal for a form: inline at the field the server names (its full path, without
 * "body."), when the form has that field; otherwise as a general message.
 */
export function serverErrors(
  error: unknown,
  t: TFunction,
  fields: readonly string[],
): { fields: FieldErrors; general: string | null } {
  const field =
    error instanceof ApiError && error.field && [400, 409].includes(error.status)
      ? error.field.replace(/^body\./, '')
      : null;
  const message =
    error instanceof ApiError &&
    error.status >= 400 &&
    error.status < 500 &&
    ![401, 403, 404].includes(error.status)
      ? localiseFormMessage(error.message, error.field, t)
      : errorMessage(error, t);
  if (field) {
    const known = fields.find((f) => field === f || field.startsWith(`${f}.`));
    if (known) return { fields: { [field]: message, [known]: message }, general: null };
  }
  return { fields: {}, general: message };
}
