import type { Actor } from '../auth/actor.ts';

/** What the policies need to know about a person. */
export interface PersonRef {
  regionId: string;
  userId: string | null;
  caseOrganisationId: string | null;
}

const isCandidate = (actor: Actor, p: PersonRef) =>
  actor.role === 'candidate' && p.userId !== null && p.userId === actor.userId;

const isCaseTeam = (actor: Actor, p: PersonRef) =>
  actor.role === 'case_manager' &&
  actor.organisationId !== null &&
  actor.organisationId === p.caseOrganisationId &&
  actor.regionId === p.regionId;

/**
 * The candidate gives and withdraws consent; their case team records a consent given on paper at
 * the intake (many candidates have no account) and a withdrawal said on the phone.
 */
export const mayManageConsents = (actor: Actor, p: PersonRef): boolean =>
  isCandidate(actor, p) || isCaseTeam(actor, p);

/** Who read my data: the candidate, and their case team answering their questions. */
export const mayReadAccessLog = (actor: Actor, p: PersonRef): boolean =>
  isCandidate(actor, p) || isCaseTeam(actor, p);

/** The export of all data: the candidate, or their case team handling a request for them. */
export const mayExportPersonalData = (actor: Actor, p: PersonRef): boolean =>
  isCandidate(actor, p) || isCaseTeam(actor, p);

/**
 * Erasure is irreversible: the candidate themself, or an administrator carrying out a request
 * (never a case manager, whose caseload it is).
 */
export const mayErasePerson = (actor: Actor, p: PersonRef): boolean =>
  isCandidate(actor, p) || actor.role === 'admin';

/** The consent-governed employer view is for employers' staff. */
export const mayUseEmployerView = (actor: Actor): boolean =>
  actor.role === 'employer' && actor.organisationId !== null;
