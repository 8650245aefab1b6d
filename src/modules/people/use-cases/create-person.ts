import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { CreatePersonBody, Passport } from '../contracts.ts';
import { insertPerson } from '../new-person.ts';
import { passportView } from '../passport-view.ts';

/** A new, empty passport: for the case manager's organisation, or the candidate's own (once). */
export async function createPerson(
  db: Db,
  actor: Actor,
  input: CreatePersonBody,
  now: Date,
): Promise<Passport> {
  const { caseOrganisationId, ...personal } = input;
  return db.transaction(async (tx) => {
    const person = await insertPerson(tx, actor, { personal, caseOrganisationId }, 'form', now);
    return passportView(tx, actor, person);
  });
}
