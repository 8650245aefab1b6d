import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Passport, UpdateWorkHistoryBody } from '../contracts.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { passportAfterChange } from '../passport-view.ts';
import { personWorkHistory } from '../schema.ts';
import { requireOccupation } from '../taxonomy-lookups.ts';
import { requireYearsInOrder } from '../work-history-rules.ts';

export async function updateWorkHistory(
  db: Db,
  actor: Actor,
  personId: string,
  entryId: string,
  input: UpdateWorkHistoryBody,
  now: Date,
): Promise<Passport> {
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, personId);
    const entryOfPerson = and(
      eq(personWorkHistory.id, entryId),
      eq(personWorkHistory.personId, personId),
    );
    const [entry] = await tx.select().from(personWorkHistory).where(entryOfPerson);
    if (!entry) throw notFound('Work history entry');
    requireYearsInOrder(
      input.startYear !== undefined ? input.startYear : entry.startYear,
      input.endYear !== undefined ? input.endYear : entry.endYear,
    );
    if (input.occupationId) await requireOccupation(tx, input.occupationId, 'occupationId');
    const changed = Object.keys(input).filter(
      (k) => input[k as keyof typeof input] !== entry[k as keyof typeof entry],
    );
    if (changed.length > 0) {
      await tx.update(personWorkHistory).set(input).where(entryOfPerson);
      await recordPersonEvent(tx, actor, person, 'person.work_history_changed', {
        entryId,
        changed,
        ...(changed.includes('occupationId') ? { occupationId: input.occupationId } : {}),
      });
    }
    return passportAfterChange(tx, actor, person, now);
  });
}
