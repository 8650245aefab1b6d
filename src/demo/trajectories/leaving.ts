import { closeTrajectory } from '../../modules/trajectories/use-cases/close-trajectory.ts';
import { dropOut } from '../../modules/trajectories/use-cases/drop-out.ts';
import { recordOutcome } from '../../modules/trajectories/use-cases/record-outcome.ts';
import { at } from './pilot-calendar.ts';
import type { Ending } from './script-types.ts';
import type { StoryContext } from './story-context.ts';

/** The five who left: their last action, after which the story records nothing more. */

/** Did not come to the intake. */
export function addNeverStarted(
  c: StoryContext,
  ending: Extract<Ending, { kind: 'never_started' }>,
): void {
  const { db, story, cm, t } = c;
  story.end(at(ending.on, '10:00'), () =>
    dropOut(
      db,
      cm,
      t(),
      { reason: 'never_started', note: 'Niet op de intake verschenen; wil geen begeleiding' },
      at(ending.on, '10:00'),
    ),
  );
}

/** How the story ends for those who leave later: stopped for private reasons, or stayed. */
export function addLeaving(c: StoryContext): void {
  const { db, story, cm, t } = c;
  const ending = c.s.ending;
  if (ending.kind === 'dropout') {
    story.end(at(ending.on, '11:00'), () =>
      dropOut(
        db,
        cm,
        t(),
        { reason: 'private_circumstances', note: ending.note },
        at(ending.on, '11:00'),
      ),
    );
  }
  if (ending.kind === 'stayed') {
    story.end(at(ending.on, '11:00'), async () => {
      await recordOutcome(
        db,
        cm,
        t(),
        { outcome: 'stayed_with_employer', note: ending.note },
        at(ending.on, '11:00'),
      );
      return closeTrajectory(
        db,
        cm,
        t(),
        { reason: 'stayed_with_employer', note: ending.note },
        at(ending.on, '11:00'),
      );
    });
  }
}
