import type { Role } from './contracts.ts';

/** Who is acting: the signed-in user as every policy and use case sees them. */
export interface Actor {
  userId: string;
  role: Role;
  regionId: string;
  organisationId: string | null;
}

/** Roles that work for a partner organisation and must belong to one. */
export const staffRoles: readonly Role[] = ['case_manager', 'employer', 'provider', 'coordinator'];
