import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AccessLogEntry } from '../contracts.ts';
import { personFor } from '../person-lookup.ts';
import { mayReadAccessLog } from '../policies.ts';
import { accessLogOf } from '../presenters.ts';

/** Who of another organisation read the person's data, what, when, under which consent. */
export async function listAccessLog(
  db: Db,
  actor: Actor,
  personId: string,
): Promise<AccessLogEntry[]> {
  const person = await personFor(db, actor, personId, mayReadAccessLog);
  return accessLogOf(db, person.id);
}
