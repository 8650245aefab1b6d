import type { Actor } from '../auth/actor.ts';
import { hasKind, type ActingOrganisation } from './acting-organisation.ts';
import type { VacancyStatus } from './contracts.ts';

/** What the vacancy policies need to know about a vacancy. */
export interface VacancyRef {
  regionId: string;
  employerId: string;
  status: VacancyStatus | string;
}

const isRegionStaff = (actor: Actor) =>
  actor.role === 'case_manager' || actor.role === 'coordinator';

const ownEmployer = (actor: Actor, employerId: string) =>
  actor.role === 'employer' && actor.organisationId !== null && actor.organisationId === employerId;

/** Hiring employers post vacancies for their own organisation; administrators for any. */
export function mayPostVacancy(actor: Actor, org: ActingOrganisation | null): boolean {
  if (actor.role === 'admin') return true;
  return (
    org !== null &&
    ownEmployer(actor, org.id) &&
    org.regionId === actor.regionId &&
    hasKind(org, ['hiring_employer'])
  );
}

/**
 * An employer sees every vacancy of its own organisation, whatever its status. Case managers,
 * coordinators and candidates of the region see the open ones (what can still be applied for).
 * Those who may not see a vacancy get 404, as if it did not exist.
 */
export function mayViewVacancy(actor: Actor, vacancy: VacancyRef): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'employer') return ownEmployer(actor, vacancy.employerId);
  if (isRegionStaff(actor) || actor.role === 'candidate') {
    return actor.regionId === vacancy.regionId && vacancy.status === 'open';
  }
  return false;
}

/** Editing, requirements, status and carving: the employer's own staff and administrators. */
export const mayManageVacancy = (actor: Actor, vacancy: VacancyRef): boolean =>
  actor.role === 'admin' || ownEmployer(actor, vacancy.employerId);

/** Who posted it and similar employer-internal fields. */
export const maySeeVacancyInternals = mayManageVacancy;

/** The history names people of the employer: not for candidates. */
export const mayViewVacancyHistory = (actor: Actor, vacancy: VacancyRef): boolean =>
  actor.role !== 'candidate' && mayViewVacancy(actor, vacancy);

export type VacancyListScope =
  | { kind: 'all' }
  | { kind: 'employer'; employerId: string }
  | { kind: 'region-open'; regionId: string };

/** Which vacancies a list shows; null when the role lists none (providers). */
export function vacancyListScope(actor: Actor): VacancyListScope | null {
  if (actor.role === 'admin') return { kind: 'all' };
  if (actor.role === 'employer') {
    return actor.organisationId ? { kind: 'employer', employerId: actor.organisationId } : null;
  }
  if (isRegionStaff(actor) || actor.role === 'candidate') {
    return { kind: 'region-open', regionId: actor.regionId };
  }
  return null;
}
