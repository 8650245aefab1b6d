import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AddEducationBody, Passport } from '../contracts.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { passportAfterChange } from '../passport-view.ts';
import { personEducation } from '../schema.ts';

/** Adds a course, diploma or certificate. */
export async function addEducation(
  db: Db,
  actor: Actor,
  personId: string,
  input: AddEducationBody,
  now: Date,
): Promise<Passport> {
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, personId);
    const entryId = randomUUID();
    await tx.insert(personEducation).values({ ...input, id: entryId, personId });
    await recordPersonEvent(tx, actor, person, 'person.education_added', {
      entryId,
      kind: input.kind,
    });
    return passportAfterChange(tx, actor, person, now);
  });
}
