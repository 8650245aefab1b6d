import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { chainStateOf, type Step } from '../chain.ts';
import type { StepBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { blankToNull, recordTransition, requireChain } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** Moves an active trajectory to another step, if the chain allows that move (else 409). */
export async function enterStep(
  db: Db,
  actor: Actor,
  id: string,
  input: StepBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const from = chainStateOf(row);
    const result = requireChain(row, { kind: 'enter_step', step: input.step as Step });
    await recordTransition(
      tx,
      actor,
      row,
      {
        action: 'enter_step',
        from,
        to: result.next,
        reasonCode: input.reason,
        note: blankToNull(input.note),
      },
      now,
    );
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'trajectory.step_entered',
      { step: input.step as Step, fromStep: from.step, via: 'transition', reason: input.reason },
      now,
    );
    return { changes: { step: result.next.step } };
  });
}
