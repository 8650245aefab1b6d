import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { chainStateOf } from '../chain.ts';
import type { CloseBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { placementChecks } from '../placement-schema.ts';
import { trajectoryOutcomes } from '../schema.ts';
import { blankToNull, recordTransition, requireChain } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';
import type { OutcomeKind } from '../vocabularies.ts';

/**
 * Closes a trajectory for good, with a reason. A durable placement is one measured at work
 * after 12 months, so that reason needs the 12-month check recorded as at work.
 */
export async function closeTrajectory(
  db: Db,
  actor: Actor,
  id: string,
  input: CloseBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const from = chainStateOf(row);
    const result = requireChain(row, { kind: 'close', reason: input.reason });
    if (input.reason === 'durable_placement') {
      const [durable] = await tx
        .select({ id: placementChecks.id })
        .from(placementChecks)
        .where(
          and(
            eq(placementChecks.trajectoryId, row.id),
            eq(placementChecks.months, 12),
            eq(placementChecks.atWork, true),
            isNotNull(placementChecks.recordedAt),
          ),
        );
      if (!durable) {
        throw conflict(
          'reason: durable_placement needs the 12-month check recorded as at work',
          'reason',
        );
      }
    }
    const [last] = await tx
      .select({ outcome: trajectoryOutcomes.outcome })
      .from(trajectoryOutcomes)
      .where(eq(trajectoryOutcomes.trajectoryId, row.id))
      .orderBy(desc(trajectoryOutcomes.recordedAt))
      .limit(1);
    const note = blankToNull(input.note);
    await recordTransition(
      tx,
      actor,
      row,
      { action: 'close', from, to: result.next, reasonCode: input.reason, note },
      now,
    );
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'trajectory.closed',
      {
        reason: input.reason,
        step: from.step,
        fromStatus: from.status,
        lastOutcome: (last?.outcome as OutcomeKind | undefined) ?? null,
      },
      now,
    );
    return {
      changes: { status: 'closed', closedAt: now, closureReason: input.reason, closureNote: note },
    };
  });
}
