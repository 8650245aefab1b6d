import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Passport } from '../contracts.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { passportAfterChange } from '../passport-view.ts';
import { personWorkHistory } from '../schema.ts';

/** Removes a job; skills already taken over from it stay (the person decides on those). */
export async function removeWorkHistory(
  db: Db,
  actor: Actor,
  personId: string,
  entryId: string,
  now: Date,
): Promise<Passport> {
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, personId);
    const [removed] = await tx
      .delete(personWorkHistory)
      .where(and(eq(personWorkHistory.id, entryId), eq(personWorkHistory.personId, personId)))
      .returning();
    if (!removed) throw notFound('Work history entry');
    await recordPersonEvent(tx, actor, person, 'person.work_history_removed', {
      entryId,
      occupationId: removed.occupationId,
    });
    return passportAfterChange(tx, actor, person, now);
  });
}
