import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import type { Passport } from './contracts.ts';
import { touchPerson } from './person-access.ts';
import { readPassport } from './passport-reader.ts';
import { presentPassport } from './presenters.ts';
import type { PersonRow } from './schema.ts';

/** The whole passport as the actor sees it. */
export async function passportView(db: Db, actor: Actor, person: PersonRow): Promise<Passport> {
  return presentPassport(await readPassport(db, person), actor);
}

/**
 * Every change answers with the whole passport, so a client never has to stitch parts together;
 * it also stamps the passport's updated_at.
 */
export async function passportAfterChange(
  tx: Db,
  actor: Actor,
  person: PersonRow,
  now: Date,
): Promise<Passport> {
  return passportView(tx, actor, await touchPerson(tx, person.id, now));
}
