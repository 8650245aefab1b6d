import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../shared/errors.ts';
import { matchingEvents, services, shadowingSlots, trainings } from '../offers/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { vacancies } from '../vacancies/schema.ts';
import type { ReferralOfferKind } from './vocabularies.ts';

/**
 * Lookups of what a trajectory refers to in other modules (organisations, vacancies, the offer
 * catalogue), by id only: each must exist in the trajectory's region, or the field is named.
 */

export interface EmployerRef {
  employerId: string | null;
  employerName: string | null;
  vacancyId: string | null;
  /** The organisation's sector, when it is one of the region. */
  sector: string | null;
}

export async function organisationInRegion(
  tx: Db,
  regionId: string,
  id: string,
  field: string,
): Promise<{ id: string; name: string; sector: string | null; kinds: string[] }> {
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, id));
  if (!org || org.regionId !== regionId) {
    throw invalidInput(field, `${field}: no such organisation in this region`);
  }
  return org;
}

/** An employer in Overstap, by id or through a vacancy, or one outside it by name. */
export async function employerRef(
  tx: Db,
  regionId: string,
  input: {
    employerId?: string | null | undefined;
    employerName?: string | null | undefined;
    vacancyId?: string | null | undefined;
  },
): Promise<EmployerRef> {
  let employerId = input.employerId ?? null;
  const vacancyId = input.vacancyId ?? null;
  if (vacancyId) {
    const [vacancy] = await tx.select().from(vacancies).where(eq(vacancies.id, vacancyId));
    if (!vacancy || vacancy.regionId !== regionId) {
      throw invalidInput('vacancyId', 'vacancyId: no such vacancy in this region');
    }
    if (employerId && employerId !== vacancy.employerId) {
      throw invalidInput('vacancyId', 'vacancyId: the vacancy is of another employer');
    }
    employerId = vacancy.employerId;
  }
  const name = input.employerName?.trim() || null;
  if (!employerId) {
    if (!name) throw invalidInput('employerId', 'employerId: name the employer (or employerName)');
    return { employerId: null, employerName: name, vacancyId: null, sector: null };
  }
  const org = await organisationInRegion(tx, regionId, employerId, 'employerId');
  return { employerId: org.id, employerName: null, vacancyId, sector: org.sector };
}

/** A shadowing slot of the catalogue, with its employer and vacancy. */
export async function shadowingSlotRef(tx: Db, regionId: string, slotId: string) {
  const [slot] = await tx.select().from(shadowingSlots).where(eq(shadowingSlots.id, slotId));
  if (!slot || slot.regionId !== regionId) {
    throw invalidInput('slotId', 'slotId: no such shadowing slot in this region');
  }
  return slot;
}

/** The name of an offer of the catalogue, or a 400 naming offerId. */
export async function offerTitle(
  tx: Db,
  regionId: string,
  kind: Exclude<ReferralOfferKind, 'other'>,
  id: string,
): Promise<string> {
  const found = await (async () => {
    switch (kind) {
      case 'service':
        return (await tx.select().from(services).where(eq(services.id, id)))[0];
      case 'training':
        return (await tx.select().from(trainings).where(eq(trainings.id, id)))[0];
      case 'shadowing': {
        const [s] = await tx.select().from(shadowingSlots).where(eq(shadowingSlots.id, id));
        return s ? { ...s, name: s.title } : undefined;
      }
      case 'event': {
        const [e] = await tx.select().from(matchingEvents).where(eq(matchingEvents.id, id));
        return e ? { ...e, name: e.title } : undefined;
      }
    }
  })();
  if (!found || found.regionId !== regionId) {
    throw invalidInput('offerId', `offerId: no such ${kind} in this region's catalogue`);
  }
  return found.name;
}
