import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { AppError, conflict, forbidden, invalidInput } from '../../../shared/errors.ts';
import { recordEvent } from '../../events/record-event.ts';
import type { OrganisationKind } from '../../organisations/contracts.ts';
import { organisations, regions } from '../../organisations/schema.ts';
import { staffRoles, type Actor } from '../actor.ts';
import type { CreateUserBody, Role, User } from '../contracts.ts';
import { hashPassword } from '../password.ts';
import { mayManageUsers } from '../policies.ts';
import { presentUser } from '../presenters.ts';
import { users } from '../schema.ts';

/** Which organisation kinds a staff role can work for. */
const kindsForRole: Partial<Record<Role, readonly OrganisationKind[]>> = {
  employer: ['releasing_employer', 'hiring_employer'],
  provider: ['training_provider', 'initiative'],
};

export async function createUser(
  db: Db,
  actor: Actor | null,
  input: CreateUserBody,
  now: Date,
): Promise<User> {
  if (actor && !mayManageUsers(actor)) throw forbidden('Only administrators add users');
  const organisationId = input.organisationId ?? null;
  if (staffRoles.includes(input.role) && !organisationId) {
    throw invalidInput(
      'organisationId',
      `organisationId: a ${input.role} must belong to an organisation`,
    );
  }
  // Hash outside the transaction: it is slow on purpose and needs no database.
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [region] = await tx.select().from(regions).where(eq(regions.id, input.regionId));
    if (!region) throw invalidInput('regionId', 'regionId: no such region');
    if (organisationId) {
      const [org] = await tx
        .select()
        .from(organisations)
        .where(eq(organisations.id, organisationId));
      if (!org) throw invalidInput('organisationId', 'organisationId: no such organisation');
      if (org.regionId !== input.regionId) {
        throw invalidInput('organisationId', 'organisationId: organisation is in another region');
      }
      const allowed = kindsForRole[input.role];
      if (allowed && !org.kinds.some((k) => allowed.includes(k as OrganisationKind))) {
        throw invalidInput(
          'role',
          `role: a ${input.role} needs an organisation of kind ${allowed.join(' or ')}`,
        );
      }
    }
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, input.email));
    if (existing) throw conflict('email: a user with this e-mail address exists', 'email');
    const [row] = await tx
      .insert(users)
      .values({
        id: randomUUID(),
        regionId: input.regionId,
        organisationId,
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        locale: input.locale,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('internal', 'insert returned no row');
    await recordEvent(tx, {
      regionId: row.regionId,
      type: 'user.created',
      actorUserId: actor?.userId ?? null,
      subjectType: 'user',
      subjectId: row.id,
      data: { role: row.role, organisationId },
    });
    return presentUser(row, now);
  });
}
