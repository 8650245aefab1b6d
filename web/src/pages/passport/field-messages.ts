import type { z } from 'zod';
import type { FieldErrors } from '../../api/error-messages.ts';
import { currentLocale } from '../../i18n/index.ts';
import { localiseServerMessage } from '../../i18n/server-messages.ts';

/** Dutch for the passport's field rules (src/modules/people/field-rules.ts). */
const dutch: Record<string, string> = {
  'must be a whole number': 'Vul een heel getal in.',
  'must be 1, 2, 3 or 4': 'Kies niveau 1, 2, 3 of 4.',
  'must be 1900 or later': 'Vul een jaartal vanaf 1900 in.',
  'must be 2100 or earlier': 'Vul een jaartal tot 2100 in.',
  'must be a date like 2025-09-01': 'Vul een datum in.',
  'must be a phone number like 06 12345678': 'Vul een telefoonnummer in, zoals 06 12345678.',
};

const dutchPatterns: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^must be at most (\d+) characters$/, (m) => `Gebruik hoogstens ${m[1] ?? ''} tekens.`],
  [
    /^Too small: expected number to be >=(\d+)$/,
    (m) => `Vul een getal van minstens ${m[1] ?? ''} in.`,
  ],
  [
    /^Too big: expected number to be <=(\d+)$/,
    (m) => `Vul een getal van hoogstens ${m[1] ?? ''} in.`,
  ],
  [/^(\d+) is below hoursMin (\d+)$/, () => 'Het maximum ligt onder het minimum aantal uren.'],
  [/^(\d+) is before startYear (\d+)$/, () => 'Het eindjaar ligt voor het beginjaar.'],
  [/expected number, received NaN$/i, () => 'Vul een getal in.'],
  // Import of a passport file (src/modules/people/passport-import-plan.ts).
  [/^unknown occupation (.+)$/, (m) => `Onbekend beroep: ${m[1] ?? ''}`],
  [/^unknown skill (.+)$/, (m) => `Onbekende vaardigheid: ${m[1] ?? ''}`],
  [/^(.+) is listed twice$/, (m) => `${m[1] ?? ''} staat er twee keer in`],
  [/^must not be before startYear$/, () => 'Het eindjaar ligt voor het beginjaar.'],
  [/^must not be below hoursMin$/, () => 'Het maximum ligt onder het minimum aantal uren.'],
  [
    /^(\w+) is not verified here; recorded as self$/,
    () => 'Hier niet gecontroleerd; opgenomen als zelf opgegeven.',
  ],
];

/** A field message in the user's language: the passport's rules first, then the shared ones. */
export function passportMessage(message: string, field?: string): string {
  const bare = localiseServerMessage(message, field, currentLocale());
  if (currentLocale() !== 'nl') return bare;
  const known = dutch[bare];
  if (known) return known;
  for (const [pattern, render] of dutchPatterns) {
    const match = bare.match(pattern);
    if (match) return render(match);
  }
  return bare;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Checks a form against the shared contract; errors by field, in the user's words. */
export function checkForm<S extends z.ZodType>(schema: S, value: unknown): Checked<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= passportMessage(issue.message);
  }
  return { ok: false, errors };
}

/** A number field's text as the API wants it: empty is null; anything else a number (or NaN). */
export const numberOrNull = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.trim().replace(',', '.'));

export const textOrNull = (text: string): string | null =>
  text.trim() === '' ? null : text.trim();

/** Server errors for a form, inline where they name a field of it, in the user's words. */
export function localiseFieldErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    if (message) out[field] = passportMessage(message);
  }
  return out;
}
