/** Calendar arithmetic on YYYY-MM-DD dates (UTC), for evaluations and aftercare check-ins. */

const DAY_MS = 86_400_000;

export const toDateString = (d: Date): string => d.toISOString().slice(0, 10);

const parse = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** The same day `months` later; the 31st becomes the month's last day when it has fewer. */
export function addMonths(date: string, months: number): string {
  const d = parse(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return toDateString(target);
}

export const addDays = (date: string, days: number): string =>
  toDateString(new Date(parse(date).getTime() + days * DAY_MS));

/** Whole days from `a` to `b` (negative when b is earlier). */
export const daysBetween = (a: string, b: string): number =>
  Math.round((parse(b).getTime() - parse(a).getTime()) / DAY_MS);

/** Goals are evaluated every three months. */
export const EVALUATION_MONTHS = 3;
export const nextEvaluationOn = (from: string): string => addMonths(from, EVALUATION_MONTHS);

/** The outcome measurements every placement gets: still at work after 6 and 12 months? */
export const OUTCOME_MONTHS: readonly number[] = [6, 12];
export const DEFAULT_AFTERCARE_MONTHS: readonly number[] = [3, 6];

export interface PlannedCheck {
  months: number;
  dueOn: string;
  measuresOutcome: boolean;
}

/**
 * The checks after a placement: the configured aftercare check-ins and the 6- and 12-month
 * outcome measurements, once per month count, in order.
 */
export function checkSchedule(
  startDate: string,
  aftercareMonths: readonly number[],
): PlannedCheck[] {
  const months = [...new Set([...aftercareMonths, ...OUTCOME_MONTHS])].sort((a, b) => a - b);
  return months.map((m) => ({
    months: m,
    dueOn: addMonths(startDate, m),
    measuresOutcome: OUTCOME_MONTHS.includes(m),
  }));
}
