import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden, invalidInput, notFound } from '../../../shared/errors.ts';
import { recordEvent } from '../../events/record-event.ts';
import { staffRoles, type Actor } from '../actor.ts';
import type { UpdateUserBody, User } from '../contracts.ts';
import { mayManageUsers } from '../policies.ts';
import { presentUser } from '../presenters.ts';
import { users } from '../schema.ts';
import { deleteSessionsOfUser } from '../sessions.ts';

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateUserBody,
  now: Date,
): Promise<User> {
  if (!mayManageUsers(actor)) throw forbidden('Only administrators change users');
  if (id === actor.userId && (input.active === false || (input.role && input.role !== 'admin'))) {
    throw invalidInput('active', 'active: you cannot deactivate or demote yourself');
  }
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!current) throw notFound('User');
    if (input.role && staffRoles.includes(input.role) && !current.organisationId) {
      throw invalidInput('role', `role: a ${input.role} must belong to an organisation`);
    }
    const changes = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
      ...(input.unlock ? { lockedUntil: null, failedLoginCount: 0 } : {}),
    };
    const [row] = await tx
      .update(users)
      .set({ ...changes, updatedAt: now })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw notFound('User');
    // A deactivated user or a changed role takes effect at once: existing sessions end.
    if (input.active === false || (input.role && input.role !== current.role)) {
      await deleteSessionsOfUser(tx, id);
    }
    await recordEvent(tx, {
      regionId: row.regionId,
      type: 'user.updated',
      actorUserId: actor.userId,
      subjectType: 'user',
      subjectId: row.id,
      data: { changed: Object.keys(changes) },
    });
    return presentUser(row, now);
  });
}
