import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError, conflict, forbidden, invalidInput } from '../../shared/errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { OrganisationKind } from '../organisations/contracts.ts';
import { organisations } from '../organisations/schema.ts';
import { normalisePostcode } from '../organisations/use-cases/normalise-postcode.ts';
import type { PersonalData } from './contracts.ts';
import { recordPersonEvent } from './person-access.ts';
import { mayChooseCaseOrganisation, mayCreatePerson } from './policies.ts';
import { newPseudonym } from './pseudonym.ts';
import { persons, type PersonRow } from './schema.ts';

/** Organisations with a case team: they may hold a caseload of candidates. */
export const caseKinds: readonly OrganisationKind[] = [
  'public_employment_service',
  'municipality',
  'union',
  'initiative',
];

/** Empty strings from forms become null; postcodes are written one way. */
export function normalisePersonal<T extends Partial<PersonalData>>(input: T): T {
  const out: Record<string, unknown> = { ...input };
  for (const [key, value] of Object.entries(out)) if (value === '') out[key] = null;
  if (typeof out.postcode === 'string') out.postcode = normalisePostcode(out.postcode);
  return out as T;
}

/** Fails naming caseOrganisationId unless it is an active case organisation of the region. */
export async function requireCaseOrganisation(tx: Db, regionId: string, id: string): Promise<void> {
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, id));
  const ok =
    org?.active &&
    org.regionId === regionId &&
    org.kinds.some((k) => caseKinds.includes(k as OrganisationKind));
  if (!ok) {
    throw invalidInput(
      'caseOrganisationId',
      'caseOrganisationId: not a case organisation (UWV, municipality, union, initiative) of your region',
    );
  }
}

/** A pseudonym no one has yet; the code grows a character when the short ones get crowded. */
async function uniquePseudonym(tx: Db): Promise<string> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const candidate = newPseudonym(4 + Math.floor(attempt / 10));
    const [taken] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(eq(persons.pseudonym, candidate));
    if (!taken) return candidate;
  }
  throw new AppError('internal', 'no free pseudonym found');
}

/**
 * Creates the person row of a new passport, inside the caller's transaction. A case manager's
 * person joins their organisation's caseload; a candidate's is linked to their account (once)
 * and joins the case organisation they name, if any.
 */
export async function insertPerson(
  tx: Db,
  actor: Actor,
  input: { personal: Partial<PersonalData>; caseOrganisationId?: string | null | undefined },
  via: 'form' | 'import',
  now: Date,
): Promise<PersonRow> {
  if (!mayCreatePerson(actor))
    throw forbidden('Only candidates and case managers create passports');
  let caseOrganisationId = actor.role === 'case_manager' ? actor.organisationId : null;
  const chosen = input.caseOrganisationId;
  if (chosen !== undefined && chosen !== caseOrganisationId) {
    if (!mayChooseCaseOrganisation(actor)) {
      throw new AppError(
        'forbidden',
        'caseOrganisationId: a case manager creates passports for their own organisation',
        'caseOrganisationId',
      );
    }
    if (chosen) await requireCaseOrganisation(tx, actor.regionId, chosen);
    caseOrganisationId = chosen;
  }
  const userId = actor.role === 'candidate' ? actor.userId : null;
  if (userId) {
    const [own] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(eq(persons.userId, userId));
    if (own) throw conflict('You already have a passport; import into it instead');
  }
  const [row] = await tx
    .insert(persons)
    .values({
      id: randomUUID(),
      regionId: actor.regionId,
      userId,
      caseOrganisationId,
      pseudonym: await uniquePseudonym(tx),
      ...normalisePersonal(input.personal),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new AppError('internal', 'insert returned no row');
  await recordPersonEvent(tx, actor, row, 'person.created', {
    via,
    pseudonym: row.pseudonym,
    caseOrganisationId,
    ownAccount: userId !== null,
  });
  return row;
}
