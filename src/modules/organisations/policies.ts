import type { Actor } from '../auth/actor.ts';

interface OrganisationRef {
  id: string;
  regionId: string;
}

/** Creating organisations and changing their kinds or region is the operator's job. */
export const mayCreateOrganisation = (actor: Actor): boolean => actor.role === 'admin';

/**
 * The region's directory of partners (names, kinds, sectors) is what case managers and
 * coordinators work with; employers and providers see only their own organisation.
 */
export function mayViewOrganisation(actor: Actor, org: OrganisationRef): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'coordinator' || actor.role === 'case_manager') {
    return actor.regionId === org.regionId;
  }
  return actor.organisationId === org.id;
}

/** The listing scope a role gets: every region, one region, or only its own organisation. */
export function organisationListScope(
  actor: Actor,
): { kind: 'all' } | { kind: 'region'; regionId: string } | { kind: 'own'; id: string } | null {
  if (actor.role === 'admin') return { kind: 'all' };
  if (actor.role === 'coordinator' || actor.role === 'case_manager') {
    return { kind: 'region', regionId: actor.regionId };
  }
  if (actor.organisationId) return { kind: 'own', id: actor.organisationId };
  return null;
}

/** Admins edit any organisation; staff of an organisation (not candidates) edit their own profile. */
export function mayUpdateOrganisation(actor: Actor, org: OrganisationRef): boolean {
  if (actor.role === 'admin') return true;
  return actor.role !== 'candidate' && actor.organisationId === org.id;
}

/** Fields only the operator may change: what an organisation is and whether it is active. */
export const mayChangeOrganisationStatus = (actor: Actor): boolean => actor.role === 'admin';
