import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { personForReading } from '../../people/person-access.ts';
import type { MyTrajectory } from '../contracts.ts';
import { presentMyTrajectory } from '../presenters.ts';
import { trajectories } from '../schema.ts';
import { readTrajectory } from '../trajectory-reader.ts';

/**
 * 'Mijn traject': the person's current trajectory (or the last closed one) as the candidate
 * sees it. The candidate themself and their case team (to see what the candidate sees) read it.
 */
export async function getMyTrajectory(
  db: Db,
  actor: Actor,
  personId: string,
  now: Date,
): Promise<MyTrajectory> {
  const person = await personForReading(db, actor, personId);
  const [row] = await db
    .select()
    .from(trajectories)
    .where(eq(trajectories.personId, person.id))
    .orderBy(sql`(${trajectories.status} = 'closed')`, desc(trajectories.startedAt))
    .limit(1);
  if (!row) throw notFound('Trajectory');
  return presentMyTrajectory(await readTrajectory(db, row, person), now);
}
