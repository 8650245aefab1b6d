import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { chainStateOf, type Step } from '../chain.ts';
import type { ReentryBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { trajectoryTransitions } from '../schema.ts';
import { blankToNull, recordTransition, requireChain } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

const DAY_MS = 86_400_000;

/** Back in after a dropout: at the step left, or an earlier one. */
export async function reenterTrajectory(
  db: Db,
  actor: Actor,
  id: string,
  input: ReentryBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const from = chainStateOf(row);
    const result = requireChain(row, { kind: 'reenter', step: input.step as Step | undefined });
    const [left] = await tx
      .select({ at: trajectoryTransitions.occurredAt })
      .from(trajectoryTransitions)
      .where(
        and(
          eq(trajectoryTransitions.trajectoryId, row.id),
          eq(trajectoryTransitions.action, 'drop_out'),
        ),
      )
      .orderBy(desc(trajectoryTransitions.occurredAt))
      .limit(1);
    const daysAway = left ? Math.floor((now.getTime() - left.at.getTime()) / DAY_MS) : 0;
    await recordTransition(
      tx,
      actor,
      row,
      { action: 'reenter', from, to: result.next, reasonCode: null, note: blankToNull(input.note) },
      now,
    );
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'trajectory.reentered',
      { step: result.next.step, status: result.next.status, daysAway },
      now,
    );
    if (result.entered !== null && result.entered !== from.step) {
      // Coming back at an earlier step is entering that step again.
      await recordTrajectoryEvent(
        tx,
        actor,
        row,
        'trajectory.step_entered',
        { step: result.entered, fromStep: from.step, via: 'reentry', reason: null },
        now,
      );
    }
    return {
      changes: {
        status: result.next.status,
        step: result.next.step,
        droppedOutFrom: null,
      },
    };
  });
}
