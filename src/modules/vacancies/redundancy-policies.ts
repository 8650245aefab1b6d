import type { Actor } from '../auth/actor.ts';
import { hasKind, type ActingOrganisation } from './acting-organisation.ts';

/** What the notice policies need to know about a redundancy notice. */
export interface NoticeRef {
  regionId: string;
  employerId: string;
}

const ownEmployer = (actor: Actor, employerId: string) =>
  actor.role === 'employer' && actor.organisationId !== null && actor.organisationId === employerId;

/** Releasing employers report for their own organisation; administrators for any. */
export function mayReportRedundancy(actor: Actor, org: ActingOrganisation | null): boolean {
  if (actor.role === 'admin') return true;
  return (
    org !== null &&
    ownEmployer(actor, org.id) &&
    org.regionId === actor.regionId &&
    hasKind(org, ['releasing_employer'])
  );
}

/**
 * Rapid response: case managers and coordinators of the region see every notice at once; the
 * employer sees its own. Candidates, providers and other employers see none (404).
 */
export function mayViewNotice(actor: Actor, notice: NoticeRef): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'case_manager' || actor.role === 'coordinator') {
    return actor.regionId === notice.regionId;
  }
  return ownEmployer(actor, notice.employerId);
}

/** Changing a notice and inviting employees: the employer's own staff and administrators. */
export const mayManageNotice = (actor: Actor, notice: NoticeRef): boolean =>
  actor.role === 'admin' || ownEmployer(actor, notice.employerId);

/**
 * The names and e-mail addresses of invited employees stay with their employer until each of
 * them accepts and consents (consent module); case managers see the counts on the notice.
 */
export const mayViewEnrolments = mayManageNotice;

export type NoticeListScope =
  { kind: 'all' } | { kind: 'region'; regionId: string } | { kind: 'employer'; employerId: string };

export function noticeListScope(actor: Actor): NoticeListScope | null {
  if (actor.role === 'admin') return { kind: 'all' };
  if (actor.role === 'case_manager' || actor.role === 'coordinator') {
    return { kind: 'region', regionId: actor.regionId };
  }
  if (actor.role === 'employer' && actor.organisationId) {
    return { kind: 'employer', employerId: actor.organisationId };
  }
  return null;
}
