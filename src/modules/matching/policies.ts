import type { Actor } from '../auth/actor.ts';
import { mayReadPassport, type PassportRef } from '../people/policies.ts';
import { mayViewVacancy, type VacancyRef } from '../vacancies/policies.ts';

/**
 * Who may ask the matching routes what. Refusals answer 404 (as the modules whose data it is do),
 * so nobody learns that a person, vacancy or notice exists.
 */

const regionStaff = (actor: Actor) => actor.role === 'case_manager' || actor.role === 'coordinator';
const ownEmployer = (actor: Actor, employerId: string) =>
  actor.role === 'employer' && actor.organisationId !== null && actor.organisationId === employerId;

/** A person's opportunities: whoever may read the passport (the candidate, their case team). */
export const mayReadOpportunities = (actor: Actor, person: PassportRef): boolean =>
  mayReadPassport(actor, person);

/**
 * Candidates for a vacancy: the hiring employer that owns it (pseudonymous unless consent), and
 * case managers and coordinators of the region while it is open.
 */
export const mayListCandidates = (actor: Actor, vacancy: VacancyRef): boolean =>
  ownEmployer(actor, vacancy.employerId) || (regionStaff(actor) && mayViewVacancy(actor, vacancy));

/** Transition paths are about occupations, not people: every staff role and administrators. */
export const mayReadTransitionPaths = (actor: Actor): boolean => actor.role !== 'candidate';

/** One pair explained: whoever may read the passport or list the vacancy's candidates. */
export function mayExplainMatch(actor: Actor, person: PassportRef, vacancy: VacancyRef): boolean {
  if (person.regionId !== vacancy.regionId) return false;
  if (mayReadPassport(actor, person)) return mayViewVacancy(actor, vacancy);
  return mayListCandidates(actor, vacancy);
}

/** Names beside the pseudonym: only for those who may read the passport (consent adds employers). */
export const maySeeNames = (actor: Actor, person: PassportRef): boolean =>
  mayReadPassport(actor, person);

/**
 * Proposing a candidate to a hiring employer is the case team's act (a case manager who may read
 * the passport); the candidate's consent for that employer is checked by the use case.
 */
export const mayProposeMatch = (actor: Actor, person: PassportRef): boolean =>
  actor.role === 'case_manager' && mayReadPassport(actor, person);

/** Withdrawing a proposal is the case team's act too, like making it. */
export const mayWithdrawProposal = mayProposeMatch;

/**
 * The proposals for a vacancy: whoever may list its candidates (its employer; the region's case
 * managers and coordinators while it is open). Names follow the same rules as there.
 */
export const mayListVacancyProposals = mayListCandidates;

/** Answering a proposal (invite for an interview, or "does not fit") is the vacancy's employer's. */
export const mayAnswerProposal = (actor: Actor, vacancy: VacancyRef): boolean =>
  ownEmployer(actor, vacancy.employerId);

/** The count of proposals awaiting an answer is an employer's own to-do. */
export const mayCountAwaitingProposals = (actor: Actor): boolean =>
  actor.role === 'employer' && actor.organisationId !== null;
