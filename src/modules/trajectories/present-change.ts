import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import type { TrajectoryChanged } from './trajectory-change.ts';
import { getTrajectory } from './use-cases/get-trajectory.ts';
import type { TrajectoryView } from './view-contracts.ts';

/** The answer to a change: the whole trajectory as it is now, with the id of what was created. */
export async function presentChange(
  db: Db,
  actor: Actor,
  changed: Promise<TrajectoryChanged>,
  now: Date,
): Promise<TrajectoryView> {
  const { id, createdId } = await changed;
  const view = await getTrajectory(db, actor, id, now);
  return createdId ? { ...view, createdId } : view;
}
