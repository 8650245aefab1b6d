import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Passport } from '../contracts.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { passportAfterChange } from '../passport-view.ts';
import { personEducation } from '../schema.ts';

export async function removeEducation(
  db: Db,
  actor: Actor,
  personId: string,
  entryId: string,
  now: Date,
): Promise<Passport> {
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, personId);
    const [removed] = await tx
      .delete(personEducation)
      .where(and(eq(personEducation.id, entryId), eq(personEducation.personId, personId)))
      .returning();
    if (!removed) throw notFound('Education entry');
    await recordPersonEvent(tx, actor, person, 'person.education_removed', {
      entryId,
      kind: removed.kind,
    });
    return passportAfterChange(tx, actor, person, now);
  });
}
