import type { Actor } from '../auth/actor.ts';
import { hasKind, type ActingOrganisation } from '../vacancies/acting-organisation.ts';

/**
 * Who may do what with the offer catalogue. One rule for every kind of offer: the owner
 * (provider, employer, organiser) and administrators change it; case managers and coordinators
 * of the region read all of it; everyone else in the region reads what is published.
 */
export interface OfferRef {
  regionId: string;
  /** The provider, employer or organiser the offer belongs to. */
  ownerId: string;
  status: string;
}

const isRegionStaff = (actor: Actor) =>
  actor.role === 'case_manager' || actor.role === 'coordinator';

const actsFor = (actor: Actor, org: ActingOrganisation | null): org is ActingOrganisation =>
  org !== null &&
  actor.organisationId !== null &&
  actor.organisationId === org.id &&
  org.regionId === actor.regionId;

/** Training providers and initiatives publish trainings and services. */
export function mayPublishOffers(actor: Actor, org: ActingOrganisation | null): boolean {
  if (actor.role === 'admin') return true;
  return (
    actor.role === 'provider' &&
    actsFor(actor, org) &&
    hasKind(org, ['training_provider', 'initiative'])
  );
}

/** Hiring employers offer job-shadowing slots. */
export function mayOfferShadowing(actor: Actor, org: ActingOrganisation | null): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'employer' && actsFor(actor, org) && hasKind(org, ['hiring_employer']);
}

/**
 * Matching events are organised by the regional partners: coordinators and case managers for
 * their organisation, and initiatives (a provider of kind initiative).
 */
export function mayOrganiseEvents(actor: Actor, org: ActingOrganisation | null): boolean {
  if (actor.role === 'admin') return true;
  if (!actsFor(actor, org) || !org.active) return false;
  if (isRegionStaff(actor)) return true;
  return actor.role === 'provider' && hasKind(org, ['initiative']);
}

/** Those who may not see an offer get 404, as if it did not exist. */
export function mayViewOffer(actor: Actor, offer: OfferRef): boolean {
  if (actor.role === 'admin') return true;
  if (actor.regionId !== offer.regionId) return false;
  if (isRegionStaff(actor)) return true;
  if (actor.organisationId !== null && actor.organisationId === offer.ownerId) return true;
  return offer.status === 'published';
}

export function mayManageOffer(actor: Actor, offer: OfferRef): boolean {
  if (actor.role === 'admin') return true;
  return (
    actor.role !== 'candidate' &&
    actor.organisationId !== null &&
    actor.organisationId === offer.ownerId &&
    actor.regionId === offer.regionId
  );
}

/** What part of the catalogue a list may show: a region (or all) and which statuses. */
export interface CatalogueScope {
  /** null: every region (administrators). */
  regionId: string | null;
  /** Unpublished offers are visible for everything (true) or only for this owner. */
  unpublished: true | { ownerId: string } | null;
  /** The organisation the actor acts for (for `mine=true`). */
  organisationId: string | null;
}

export function catalogueScope(actor: Actor, requestedRegionId?: string): CatalogueScope {
  const organisationId = actor.organisationId;
  if (actor.role === 'admin') {
    return { regionId: requestedRegionId ?? null, unpublished: true, organisationId };
  }
  if (isRegionStaff(actor)) return { regionId: actor.regionId, unpublished: true, organisationId };
  return {
    regionId: actor.regionId,
    unpublished: organisationId ? { ownerId: organisationId } : null,
    organisationId,
  };
}
