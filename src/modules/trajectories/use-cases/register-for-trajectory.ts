import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { MyTrajectory } from '../contracts.ts';
import { openTrajectory } from '../new-trajectory.ts';
import { presentMyTrajectory } from '../presenters.ts';
import { readTrajectory } from '../trajectory-reader.ts';

/** Self-registration: the candidate asks for a trajectory; their case team does the intake. */
export async function registerForTrajectory(
  db: Db,
  actor: Actor,
  personId: string,
  now: Date,
): Promise<MyTrajectory> {
  if (actor.role !== 'candidate') throw forbidden('Only candidates register themselves');
  return db.transaction(async (tx) => {
    const { row, person } = await openTrajectory(tx, actor, { personId, source: 'self' }, now);
    return presentMyTrajectory(await readTrajectory(tx, row, person), now);
  });
}
