import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { forbidden, notFound } from '../../shared/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordEvent } from '../events/record-event.ts';
import { mayEditPassport, mayReadPassport } from './policies.ts';
import { persons, type PersonRow } from './schema.ts';

const live = (id: string) => and(eq(persons.id, id), isNull(persons.erasedAt));

/** The person, if the actor may read their passport; otherwise 404, as if it did not exist. */
export async function personForReading(db: Db, actor: Actor, id: string): Promise<PersonRow> {
  const [row] = await db.select().from(persons).where(live(id));
  if (!row || !mayReadPassport(actor, row)) throw notFound('Passport');
  return row;
}

/**
 * The person, locked for this transaction, if the actor may edit the passport. Those who may not
 * read it get 404; those who may read but not edit get 403.
 */
export async function personForEditing(tx: Db, actor: Actor, id: string): Promise<PersonRow> {
  const [row] = await tx.select().from(persons).where(live(id)).for('update');
  if (!row || !mayReadPassport(actor, row)) throw notFound('Passport');
  if (!mayEditPassport(actor, row)) throw forbidden('You may not change this passport');
  return row;
}

/** Marks the passport as changed (its updated_at) after a change to one of its parts. */
export async function touchPerson(tx: Db, id: string, now: Date): Promise<PersonRow> {
  const [row] = await tx
    .update(persons)
    .set({ updatedAt: now })
    .where(eq(persons.id, id))
    .returning();
  if (!row) throw notFound('Passport');
  return row;
}

/**
 * Every change to a passport is an event on the person: who (actor), when (occurred_at) and what
 * (field names, entry ids, skill URIs and levels). Personal values themselves stay out of the
 * append-only log, so erasing a person's data never needs to rewrite history.
 */
export async function recordPersonEvent(
  tx: Db,
  actor: Actor | null,
  person: Pick<PersonRow, 'id' | 'regionId'>,
  type: `person.${string}`,
  data: Record<string, unknown> = {},
): Promise<void> {
  await recordEvent(tx, {
    regionId: person.regionId,
    type,
    actorUserId: actor?.userId ?? null,
    subjectType: 'person',
    subjectId: person.id,
    data,
  });
}
