import { currentLocale } from '../i18n/index.ts';

/** Dates, amounts and ranges as Dutch (or English) readers expect them. */

const bcp47 = () => (currentLocale() === 'en' ? 'en-GB' : 'nl-NL');

/** "1 september 2025" from "2025-09-01" or an ISO time; '–' for none. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(bcp47(), { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "1 sep. 2025": for table cells, where the long month would wrap. */
export function formatShortDate(value: string | null | undefined): string {
  if (!value) return '–';
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(bcp47(), { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "1 sep. 2025, 14:05" for moments in a history. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  return date.toLocaleString(bcp47(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** "€ 1.950" (whole euros). */
export function formatEuro(amount: number): string {
  return new Intl.NumberFormat(bcp47(), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(amount);
}

/** "24–32", "32", or null when both ends are unknown. */
export function formatRange(
  min: number | null,
  max: number | null,
  show: (n: number) => string = String,
): string | null {
  if (min === null && max === null) return null;
  if (min !== null && max !== null) return min === max ? show(min) : `${show(min)}–${show(max)}`;
  return show((min ?? max) as number);
}

/** Today as yyyy-mm-dd in the user's time zone, and `days` from today. */
export function isoDay(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
