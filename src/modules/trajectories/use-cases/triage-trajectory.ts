import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { chainStateOf } from '../chain.ts';
import type { TriageBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { trajectoryIntakes, triageDecisions } from '../schema.ts';
import { recordTransition, requireChain } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';
import type { TriageGroup } from '../vocabularies.ts';

/**
 * Triage after the intake: group 1 self-directed, 2 short service + job matching, 3 tailored
 * support. The first triage enters step 1; a later one changes the group, with its history.
 */
export async function triageTrajectory(
  db: Db,
  actor: Actor,
  id: string,
  input: TriageBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const result = requireChain(row, { kind: 'triage' });
    const [intake] = await tx
      .select({ id: trajectoryIntakes.trajectoryId })
      .from(trajectoryIntakes)
      .where(eq(trajectoryIntakes.trajectoryId, row.id));
    if (!intake) throw conflict('record the intake before triage');
    const previousGroup = row.triageGroup as TriageGroup | null;
    if (previousGroup === input.group) {
      throw conflict(`group: the trajectory is in group ${input.group} already`, 'group');
    }
    await tx.insert(triageDecisions).values({
      id: randomUUID(),
      trajectoryId: row.id,
      regionId: row.regionId,
      group: input.group,
      previousGroup,
      reason: input.reason,
      decidedByUserId: actor.userId,
      decidedAt: now,
    });
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'trajectory.triaged',
      { group: input.group, previousGroup },
      now,
    );
    if (result.entered !== null) {
      await recordTransition(
        tx,
        actor,
        row,
        {
          action: 'triage',
          from: chainStateOf(row),
          to: result.next,
          reasonCode: `group_${input.group}`,
          note: null,
        },
        now,
      );
      await recordTrajectoryEvent(
        tx,
        actor,
        row,
        'trajectory.step_entered',
        { step: result.entered, fromStep: null, via: 'triage', reason: null },
        now,
      );
    }
    return {
      changes: { triageGroup: input.group, status: result.next.status, step: result.next.step },
    };
  });
}
