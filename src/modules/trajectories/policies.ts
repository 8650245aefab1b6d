import type { Actor } from '../auth/actor.ts';

/** What the policies need to know about a trajectory. */
export interface TrajectoryRef {
  regionId: string;
  caseOrganisationId: string;
  /** The candidate's own account, if any. */
  personUserId: string | null;
}

/** What the policies need to know about a person who might start a trajectory. */
export interface PersonRef {
  regionId: string;
  userId: string | null;
  caseOrganisationId: string | null;
}

/**
 * How an actor sees a trajectory: the case team (case managers of its case organisation)
 * manages it; a partner organisation's staff read it under the candidate's case consent; the
 * candidate sees 'Mijn traject'. Everyone else gets 404.
 */
export type TrajectoryAccess = 'case_team' | 'partner' | 'candidate';

export function isCaseTeam(actor: Actor, t: TrajectoryRef): boolean {
  return (
    actor.role === 'case_manager' &&
    actor.organisationId !== null &&
    actor.organisationId === t.caseOrganisationId &&
    actor.regionId === t.regionId
  );
}

export const isOwnTrajectory = (actor: Actor, t: TrajectoryRef): boolean =>
  actor.role === 'candidate' && t.personUserId !== null && t.personUserId === actor.userId;

/**
 * Staff of another partner organisation (a case manager of UWV, a municipality or a union, or a
 * provider) may read the case once the candidate consents to share it with their organisation.
 */
export function mayAskCaseConsent(actor: Actor, t: TrajectoryRef): boolean {
  return (
    (actor.role === 'case_manager' || actor.role === 'provider') &&
    actor.organisationId !== null &&
    actor.organisationId !== t.caseOrganisationId &&
    actor.regionId === t.regionId
  );
}

/** Only the case team changes a trajectory. */
export const mayManageTrajectory = (access: TrajectoryAccess): boolean => access === 'case_team';

/** Obstacles (language, debts, health, care duties) are for the case team and consented partners. */
export const maySeeObstacles = (access: TrajectoryAccess): boolean =>
  access === 'case_team' || access === 'partner';

/** Internal notes and reasons are the professionals'; the candidate's view leaves them out. */
export const maySeeCaseNotes = (access: TrajectoryAccess): boolean =>
  access === 'case_team' || access === 'partner';

/**
 * A case manager starts a trajectory for a person of their caseload; a candidate registers
 * themself once they have chosen a case organisation (the intake follows).
 */
export function mayStartTrajectory(actor: Actor, person: PersonRef): boolean {
  if (actor.role === 'candidate') {
    return person.userId === actor.userId && person.caseOrganisationId !== null;
  }
  return (
    actor.role === 'case_manager' &&
    actor.organisationId !== null &&
    actor.organisationId === person.caseOrganisationId &&
    actor.regionId === person.regionId
  );
}

/** The worklist is a case manager's: the due work of their organisation's caseload. */
export const mayViewWorklist = (actor: Actor): boolean =>
  actor.role === 'case_manager' && actor.organisationId !== null;
