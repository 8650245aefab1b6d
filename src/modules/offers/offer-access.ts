import type { Db } from '../../db/database.ts';
import { forbidden, notFound } from '../../shared/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordEvent } from '../events/record-event.ts';
import { mayManageOffer, mayViewOffer, type OfferRef } from './policies.ts';

/** The row, if the actor may see it; otherwise 404 as if it did not exist. */
export function visibleOffer<T>(
  actor: Actor,
  row: T | undefined,
  refOf: (row: T) => OfferRef,
  what: string,
): T {
  if (row === undefined || !mayViewOffer(actor, refOf(row))) throw notFound(what);
  return row;
}

/** The row, if the actor may change it: 404 when they may not see it, else 403. */
export function manageableOffer<T>(
  actor: Actor,
  row: T | undefined,
  refOf: (row: T) => OfferRef,
  what: string,
): T {
  const visible = visibleOffer(actor, row, refOf, what);
  if (!mayManageOffer(actor, refOf(visible)))
    throw forbidden(`Only its owner changes this ${what.toLowerCase()}`);
  return visible;
}

export const trainingRef = (r: {
  regionId: string;
  providerId: string;
  status: string;
}): OfferRef => ({
  regionId: r.regionId,
  ownerId: r.providerId,
  status: r.status,
});
export const serviceRef = trainingRef;
export const slotRef = (r: { regionId: string; employerId: string; status: string }): OfferRef => ({
  regionId: r.regionId,
  ownerId: r.employerId,
  status: r.status,
});
export const eventRef = (r: {
  regionId: string;
  organiserId: string;
  status: string;
}): OfferRef => ({
  regionId: r.regionId,
  ownerId: r.organiserId,
  status: r.status,
});

/** Every change to the catalogue is an event on the offer (what the dashboard counts). */
export async function recordOfferEvent(
  tx: Db,
  actor: Actor | null,
  subject: {
    type: 'training' | 'service' | 'shadowing_slot' | 'matching_event';
    id: string;
    regionId: string;
  },
  action: string,
  data: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await recordEvent(tx, {
    regionId: subject.regionId,
    type: `${subject.type}.${action}`,
    actorUserId: actor?.userId ?? null,
    subjectType: subject.type,
    subjectId: subject.id,
    data,
    occurredAt: now,
  });
}
