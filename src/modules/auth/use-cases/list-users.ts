import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../actor.ts';
import type { User } from '../contracts.ts';
import { mayListUsersOf } from '../policies.ts';
import { presentUser } from '../presenters.ts';
import { users } from '../schema.ts';

/** Admins list everyone (or one organisation); staff list their own organisation. */
export async function listUsers(
  db: Db,
  actor: Actor,
  filter: { organisationId?: string | undefined },
  now: Date,
): Promise<User[]> {
  const organisationId =
    filter.organisationId ?? (actor.role === 'admin' ? undefined : actor.organisationId);
  if (actor.role !== 'admin' && !mayListUsersOf(actor, organisationId ?? null)) {
    throw forbidden('You may only list the users of your own organisation');
  }
  const query = db.select().from(users).orderBy(asc(users.name));
  const rows = organisationId
    ? await query.where(eq(users.organisationId, organisationId))
    : await query;
  return rows.map((r) => presentUser(r, now));
}
