import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { chainStateOf, type DropoutOrigin } from '../chain.ts';
import type { DropoutBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { blankToNull, recordTransition, requireChain } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** Dropout (uitval) at any step, with a reason from the list; re-entry stays possible. */
export async function dropOut(
  db: Db,
  actor: Actor,
  id: string,
  input: DropoutBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const from = chainStateOf(row);
    const result = requireChain(row, { kind: 'drop_out' });
    await recordTransition(
      tx,
      actor,
      row,
      {
        action: 'drop_out',
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
      'trajectory.dropped_out',
      { step: from.step, from: from.status as DropoutOrigin, reason: input.reason },
      now,
    );
    return { changes: { status: 'dropped_out', droppedOutFrom: result.next.droppedOutFrom } };
  });
}
