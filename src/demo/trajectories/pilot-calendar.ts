import { addDays } from '../../modules/trajectories/schedule.ts';

/** The pilot's last day: the demo shows the trajectories as they stood then. */
export const PILOT_END = '2021-04-01';
/** Nothing in the demo happens after this moment. */
export const PILOT_CLOSING_TIME = new Date(`${PILOT_END}T15:00:00Z`);

/** The working day on or after a date (Saturday and Sunday move to Monday). */
export function workday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/** An office-hours moment (UTC) on a working day. */
export const at = (date: string, time: string): Date => new Date(`${workday(date)}T${time}:00Z`);
