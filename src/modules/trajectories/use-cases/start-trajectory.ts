import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { StartTrajectoryBody, TrajectoryView } from '../contracts.ts';
import { openTrajectory } from '../new-trajectory.ts';
import { presentTrajectory } from '../presenters.ts';
import { readTrajectory } from '../trajectory-reader.ts';

/** A case manager starts a trajectory for a person of their caseload; the intake comes next. */
export async function startTrajectory(
  db: Db,
  actor: Actor,
  input: StartTrajectoryBody,
  now: Date,
): Promise<TrajectoryView> {
  if (actor.role !== 'case_manager') {
    throw forbidden('Case managers start trajectories; candidates register themselves');
  }
  return db.transaction(async (tx) => {
    const { row, person } = await openTrajectory(tx, actor, input, now);
    return presentTrajectory(await readTrajectory(tx, row, person), 'case_team');
  });
}
