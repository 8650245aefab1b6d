import type { TFunction } from 'i18next';
import { currentLocale } from '../i18n/index.ts';
import { localiseServerMessage } from '../i18n/server-messages.ts';
import { ApiError } from './client.ts';

/** A sentence for the user about any failure, in their language. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('states.server');
  // No answer, or a proxy saying the app behind it is down.
  if (error.code === 'network' || [502, 503, 504].includes(error.status)) {
    return t('states.network');
  }
  if (error.status >= 500) return t('states.server');
  if (error.status === 401) return t('states.sessionEnded');
  if (error.status === 403) return t('states.forbidden');
  if (error.status === 404) return t('states.notFound');
  return localiseServerMessage(error.message, error.field, currentLocale());
}

/** Which form field a server error belongs to: `kinds.0` → `kinds`, `body.name` → `name`. */
export function fieldOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.field) return null;
  if (error.status !== 400 && error.status !== 409) return null;
  const parts = error.field.split('.').filter((p) => p !== 'body');
  return parts[0] ?? null;
}

export type FieldErrors = Partial<Record<string, string>>;

/** Server errors for a form: inline by field where the server names one, otherwise general. */
export function formErrorsOf(
  error: unknown,
  t: TFunction,
  fields: readonly string[],
): { fields: FieldErrors; general: string | null } {
  const field = fieldOf(error);
  const message = errorMessage(error, t);
  if (field && fields.includes(field)) return { fields: { [field]: message }, general: null };
  return { fields: {}, general: message };
}
