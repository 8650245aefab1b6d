import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TrajectoryView } from '../contracts.ts';
import { presentTrajectory } from '../presenters.ts';
import { trajectoryForReading } from '../trajectory-access.ts';
import { readTrajectory } from '../trajectory-reader.ts';

/** The whole trajectory: for its case team, or a partner organisation under case consent. */
export async function getTrajectory(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<TrajectoryView> {
  return db.transaction(async (tx) => {
    const t = await trajectoryForReading(tx, actor, id, now);
    const access = t.access === 'partner' ? 'partner' : 'case_team';
    return presentTrajectory(await readTrajectory(tx, t.row, t.person), access);
  });
}
