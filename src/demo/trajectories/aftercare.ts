import type { Db } from '../../db/database.ts';
import type { Actor } from '../../modules/auth/actor.ts';
import { addMonths } from '../../modules/trajectories/schedule.ts';
import { getTrajectory } from '../../modules/trajectories/use-cases/get-trajectory.ts';
import { recordCheck } from '../../modules/trajectories/use-cases/record-check.ts';
import { PILOT_CLOSING_TIME, at, workday } from './pilot-calendar.ts';
import type { StoryContext } from './story-context.ts';
import type { Story } from './story.ts';

/** Step 7, aftercare: the placement's follow-up checks. */

/** Three months after the start: still at work with the same employer. */
export function addThreeMonthCheck(c: StoryContext, placedOn: string): void {
  const { db, story, cm, t } = c;
  const threeMonths = workday(addMonths(placedOn, 3));
  story.add(at(threeMonths, '10:30'), async () =>
    recordCheck(
      db,
      cm,
      t(),
      await checkId(db, cm, story, 3),
      { atWork: true, sameEmployer: true, note: 'Gaat goed; wil graag blijven.' },
      at(threeMonths, '10:30'),
    ),
  );
}

/** The id of a placement check, read from the trajectory. */
async function checkId(db: Db, cm: Actor, story: Story, months: number): Promise<string> {
  const view = await getTrajectory(db, cm, story.trajectoryId, PILOT_CLOSING_TIME);
  const check = view.placements.flatMap((p) => p.checks).find((c) => c.months === months);
  if (!check) throw new Error('demo trajectories: no such check');
  return check.id;
}

/**
 * At the end of the pilot nobody was followed further: every follow-up still open is recorded as
 * unknown (atWork null), so the 6- and 12-month outcomes read "unknown", never "no".
 */
export async function closeFollowUp(db: Db, cm: Actor, trajectoryId: string): Promise<void> {
  const view = await getTrajectory(db, cm, trajectoryId, PILOT_CLOSING_TIME);
  for (const check of view.placements.flatMap((p) => p.checks)) {
    if (check.result !== 'open') continue;
    await recordCheck(
      db,
      cm,
      trajectoryId,
      check.id,
      { atWork: null, note: 'Pilot beëindigd op 1 april 2021; niet verder gevolgd.' },
      PILOT_CLOSING_TIME,
    );
  }
}
