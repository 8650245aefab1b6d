import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import type { trajectories } from './schema.ts';
import {
  touchTrajectory,
  trajectoryForManaging,
  type LoadedTrajectory,
} from './trajectory-access.ts';

export interface ChangeResult {
  /** Columns of the trajectory row to change with it. */
  changes?: Partial<typeof trajectories.$inferInsert>;
  /** The id of a record the change created, returned to the caller. */
  createdId?: string;
}

/** What a change answers: the trajectory changed, and the record it created, if any. */
export interface TrajectoryChanged {
  id: string;
  createdId?: string;
}

/**
 * The frame of every change to a trajectory: one transaction; the trajectory locked and the
 * actor checked as its case team; the change (which records its own event); the activity time
 * stamped. The route then presents the whole trajectory (present-change.ts), so a client never
 * stitches parts together — and a batch such as the demo seed does not pay for that each time.
 */
export async function changeTrajectory(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
  change: (tx: Db, t: LoadedTrajectory) => Promise<ChangeResult | void>,
): Promise<TrajectoryChanged> {
  return db.transaction(async (tx) => {
    const t = await trajectoryForManaging(tx, actor, id, now);
    const result = (await change(tx, t)) ?? {};
    const row = await touchTrajectory(tx, t.row.id, now, result.changes);
    return result.createdId ? { id: row.id, createdId: result.createdId } : { id: row.id };
  });
}
