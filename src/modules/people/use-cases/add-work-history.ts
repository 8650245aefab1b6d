import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AddWorkHistoryBody, Passport } from '../contracts.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { passportAfterChange } from '../passport-view.ts';
import { personWorkHistory } from '../schema.ts';
import { requireOccupation } from '../taxonomy-lookups.ts';
import { requireYearsInOrder } from '../work-history-rules.ts';

/** Adds a job; its occupation (if given) is what skill suggestions are drawn from. */
export async function addWorkHistory(
  db: Db,
  actor: Actor,
  personId: string,
  input: AddWorkHistoryBody,
  now: Date,
): Promise<Passport> {
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, personId);
    requireYearsInOrder(input.startYear ?? null, input.endYear ?? null);
    if (input.occupationId) await requireOccupation(tx, input.occupationId, 'occupationId');
    const entryId = randomUUID();
    await tx.insert(personWorkHistory).values({ ...input, id: entryId, personId });
    await recordPersonEvent(tx, actor, person, 'person.work_history_added', {
      entryId,
      occupationId: input.occupationId ?? null,
    });
    return passportAfterChange(tx, actor, person, now);
  });
}
