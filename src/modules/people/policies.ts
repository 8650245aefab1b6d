import type { Actor } from '../auth/actor.ts';
import type { Evidence } from './field-rules.ts';

/** What the policies need to know about a person. */
export interface PassportRef {
  regionId: string;
  /** The candidate's own account, if any. */
  userId: string | null;
  caseOrganisationId: string | null;
}

/**
 * Who may read a passport: the candidate themself, and the case managers of the person's case
 * organisation. Nobody else — not coordinators (they get aggregates), not employers (they get
 * pseudonymous views through consent, in the consent module), and not administrators either:
 * support works through the case organisation, so operator staff never browse personal data.
 * Use cases answer 404 (not 403) to anyone refused here, so they learn nothing of its existence.
 */
export function mayReadPassport(actor: Actor, person: PassportRef): boolean {
  if (actor.role === 'candidate') return person.userId !== null && person.userId === actor.userId;
  if (actor.role === 'case_manager') {
    return (
      actor.organisationId !== null &&
      person.caseOrganisationId === actor.organisationId &&
      person.regionId === actor.regionId
    );
  }
  return false;
}

/** Editing follows reading today; a read-only share (consent) will make them differ. */
export const mayEditPassport = (actor: Actor, person: PassportRef): boolean =>
  mayReadPassport(actor, person);

/** Confirming a skill (evidence coach_verified) is what a case manager with access does. */
export const mayConfirmSkills = (actor: Actor, person: PassportRef): boolean =>
  actor.role === 'case_manager' && mayReadPassport(actor, person);

/** Case managers create passports for their organisation; a candidate creates their own once. */
export const mayCreatePerson = (actor: Actor): boolean =>
  actor.role === 'candidate' || (actor.role === 'case_manager' && actor.organisationId !== null);

/**
 * Only the candidate chooses (or withdraws) the organisation whose case managers see their
 * passport; a case manager cannot move a person into another organisation's caseload.
 */
export const mayChooseCaseOrganisation = (actor: Actor): boolean => actor.role === 'candidate';

export type CaseloadScope =
  { kind: 'organisation'; organisationId: string } | { kind: 'own'; userId: string };

/** Whose persons a list shows: a case manager's organisation, or the candidate's own. */
export function caseloadScope(actor: Actor): CaseloadScope | null {
  if (actor.role === 'candidate') return { kind: 'own', userId: actor.userId };
  if (actor.role === 'case_manager' && actor.organisationId) {
    return { kind: 'organisation', organisationId: actor.organisationId };
  }
  return null;
}

/** Evidence that says someone other than the candidate checked the skill. */
export const verifiedEvidence: readonly Evidence[] = ['coach_verified', 'test', 'certificate'];

/**
 * Which evidence an actor may put on a skill. Candidates declare (self) or derive from their work
 * history; they may claim a certificate only when the passport holds the certificate entry that
 * proves it. Case managers may record any evidence, having seen the test or the paper.
 */
export function maySetEvidence(
  actor: Actor,
  evidence: Evidence,
  hasCertificateEntry: boolean,
): boolean {
  if (actor.role === 'case_manager') return true;
  if (actor.role !== 'candidate') return false;
  if (evidence === 'self' || evidence === 'work_history') return true;
  return evidence === 'certificate' && hasCertificateEntry;
}
