import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Consent } from '../contracts.ts';
import { personFor } from '../person-lookup.ts';
import { mayManageConsents } from '../policies.ts';
import { consentsOf } from '../presenters.ts';

/** The person's consents, newest first, withdrawn and expired ones included (history). */
export async function listConsents(
  db: Db,
  actor: Actor,
  personId: string,
  now: Date,
): Promise<Consent[]> {
  const person = await personFor(db, actor, personId, mayManageConsents);
  return consentsOf(db, person.id, now);
}
