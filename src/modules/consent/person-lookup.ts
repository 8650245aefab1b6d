import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../shared/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordEvent } from '../events/record-event.ts';
import { persons, type PersonRow } from '../people/schema.ts';
import type { PersonRef } from './policies.ts';

/**
 * The (not erased) person, if `allowed` says the actor may act on them; otherwise 404, as if
 * there were no such person. `lock` takes a row lock for a change.
 */
export async function personFor(
  db: Db,
  actor: Actor,
  id: string,
  allowed: (actor: Actor, person: PersonRef) => boolean,
  lock = false,
): Promise<PersonRow> {
  const query = db
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), isNull(persons.erasedAt)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !allowed(actor, row)) throw notFound('Person');
  return row;
}

/** Consent and data-rights events are events on the person. */
export async function recordPersonRightsEvent(
  tx: Db,
  actor: Actor | null,
  person: Pick<PersonRow, 'id' | 'regionId'>,
  type: 'consent.granted' | 'consent.withdrawn' | 'person.data_exported' | 'person.erased',
  data: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await recordEvent(tx, {
    regionId: person.regionId,
    type,
    actorUserId: actor?.userId ?? null,
    subjectType: 'person',
    subjectId: person.id,
    data,
    occurredAt: now,
  });
}
