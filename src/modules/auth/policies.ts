import type { Actor } from './actor.ts';

interface UserRef {
  id: string;
  organisationId: string | null;
}

export const mayManageUsers = (actor: Actor): boolean => actor.role === 'admin';

/** Staff see the colleagues of their own organisation; candidates see no user lists. */
export function mayListUsersOf(actor: Actor, organisationId: string | null): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'candidate') return false;
  return organisationId !== null && actor.organisationId === organisationId;
}

export function mayViewUser(actor: Actor, user: UserRef): boolean {
  return actor.userId === user.id || mayListUsersOf(actor, user.organisationId);
}
