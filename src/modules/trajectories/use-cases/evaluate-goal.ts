import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { EvaluationBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { goalEvaluations, planGoals } from '../plan-schema.ts';
import { nextEvaluationOn, toDateString } from '../schedule.ts';
import { blankToNull } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/**
 * The 3-monthly evaluation of a goal: progress, and the goal adjusted if need be. An achieved or
 * abandoned goal needs no further evaluation; any other gets the next one three months on.
 */
export async function evaluateGoal(
  db: Db,
  actor: Actor,
  id: string,
  goalId: string,
  input: EvaluationBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const [goal] = await tx
      .select()
      .from(planGoals)
      .where(and(eq(planGoals.id, goalId), eq(planGoals.trajectoryId, row.id)));
    if (!goal) throw notFound('Goal');
    if (goal.status !== 'open') throw conflict(`the goal is ${goal.status.replace('_', ' ')}`);
    const finished = input.progress === 'achieved' || input.progress === 'not_achieved';
    const next = finished ? null : nextEvaluationOn(toDateString(now));
    await tx.insert(goalEvaluations).values({
      id: randomUUID(),
      goalId,
      trajectoryId: row.id,
      regionId: row.regionId,
      progress: input.progress,
      note: blankToNull(input.note),
      adjustedTitle: input.adjustedTitle ?? null,
      adjustedDueOn: input.adjustedDueOn ?? null,
      evaluatedByUserId: actor.userId,
      evaluatedAt: now,
    });
    await tx
      .update(planGoals)
      .set({
        status: finished ? input.progress : 'open',
        nextEvaluationOn: next,
        ...(input.adjustedTitle ? { title: input.adjustedTitle } : {}),
        ...(input.adjustedDueOn ? { dueOn: input.adjustedDueOn } : {}),
        updatedAt: now,
      })
      .where(eq(planGoals.id, goalId));
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'plan.goal_evaluated',
      {
        goalId,
        progress: input.progress,
        adjusted: Boolean(input.adjustedTitle ?? input.adjustedDueOn),
        nextEvaluationOn: next,
      },
      now,
    );
  });
}
