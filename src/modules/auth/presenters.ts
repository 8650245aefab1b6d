import type { Role, User } from './contracts.ts';
import type { UserRow } from './schema.ts';

export function presentUser(row: UserRow, now: Date): User {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    locale: row.locale === 'en' ? 'en' : 'nl',
    regionId: row.regionId,
    organisationId: row.organisationId,
    active: row.active,
    locked: row.lockedUntil !== null && row.lockedUntil > now,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
