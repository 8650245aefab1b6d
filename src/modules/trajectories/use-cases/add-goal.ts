import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { GoalBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { planGoals } from '../plan-schema.ts';
import { nextEvaluationOn, toDateString } from '../schedule.ts';
import { blankToNull, requireOpen } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** A goal of the personal plan, with its due date; the first evaluation is in three months. */
export async function addGoal(
  db: Db,
  actor: Actor,
  id: string,
  input: GoalBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    requireOpen(row);
    const goalId = randomUUID();
    const agreedWith = [...new Set(input.agreedWith)];
    await tx.insert(planGoals).values({
      id: goalId,
      trajectoryId: row.id,
      regionId: row.regionId,
      title: input.title,
      description: blankToNull(input.description),
      dueOn: input.dueOn,
      agreedWith,
      status: 'open',
      nextEvaluationOn: nextEvaluationOn(toDateString(now)),
      createdByUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'plan.goal_added',
      { goalId, dueOn: input.dueOn, agreedWith },
      now,
    );
    return { createdId: goalId };
  });
}
