import { addDays } from '../../modules/trajectories/schedule.ts';
import { workday } from './pilot-calendar.ts';
import type { JobSpec, Script } from './script-types.ts';

/** When a story's steps start, worked back from the moments the script fixes (job, training). */

/** The day step 4 (selection) starts for a job, if the story has one. */
export function selectionStepOn(job: JobSpec): string | null {
  if (job.outcome === 'self_employed') return null;
  return workday(job.shadowingOn ? addDays(job.shadowingOn, 7) : addDays(job.startsOn, -28));
}

/** The day matching (step 3) starts: five weeks after coaching began, or earlier when needed. */
export function matchingOn(s: Script, step2On: string): string {
  const e = s.ending;
  const limits = [addDays(step2On, 35)];
  if (e.kind === 'job') {
    if (e.job.shadowingOn) limits.push(addDays(e.job.shadowingOn, -10));
    const selection = selectionStepOn(e.job);
    limits.push(addDays(selection ?? e.job.startsOn, -7));
  }
  if (e.kind === 'training') limits.push(addDays(e.training.startsOn, -14));
  const day = limits.sort()[0] ?? step2On;
  return workday(day > step2On ? day : addDays(step2On, 1));
}
