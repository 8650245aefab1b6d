import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Passport } from '../contracts.ts';
import { personForReading } from '../person-access.ts';
import { passportView } from '../passport-view.ts';
import { persons } from '../schema.ts';

export async function getPassport(db: Db, actor: Actor, id: string): Promise<Passport> {
  return passportView(db, actor, await personForReading(db, actor, id));
}

/** The signed-in candidate's own passport; 404 until they have made or imported one. */
export async function getMyPassport(db: Db, actor: Actor): Promise<Passport> {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.userId, actor.userId), isNull(persons.erasedAt)));
  if (!row) throw notFound('Passport');
  return passportView(db, actor, row);
}
