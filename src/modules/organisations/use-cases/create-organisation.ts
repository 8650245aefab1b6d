import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { AppError, conflict, forbidden, invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { recordEvent } from '../../events/record-event.ts';
import type { CreateOrganisationBody, Organisation } from '../contracts.ts';
import { mayCreateOrganisation } from '../policies.ts';
import { presentOrganisation } from '../presenters.ts';
import { organisations, regions } from '../schema.ts';
import { normalisePostcode } from './normalise-postcode.ts';

export async function createOrganisation(
  db: Db,
  actor: Actor | null,
  input: CreateOrganisationBody,
): Promise<Organisation> {
  // `actor === null` is the system itself (demo seed, imports), which may always create.
  if (actor && !mayCreateOrganisation(actor))
    throw forbidden('Only administrators add organisations');
  return db.transaction(async (tx) => {
    const [region] = await tx.select().from(regions).where(eq(regions.id, input.regionId));
    if (!region) throw invalidInput('regionId', 'regionId: no such region');
    const [existing] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.regionId, input.regionId), eq(organisations.name, input.name)));
    if (existing)
      throw conflict(`name: an organisation "${input.name}" exists in this region`, 'name');
    const [row] = await tx
      .insert(organisations)
      .values({
        id: randomUUID(),
        regionId: input.regionId,
        name: input.name,
        kinds: [...new Set(input.kinds)],
        sector: input.sector ?? null,
        city: input.city ?? null,
        postcode: input.postcode ? normalisePostcode(input.postcode) : null,
      })
      .returning();
    if (!row) throw new AppError('internal', 'insert returned no row');
    await recordEvent(tx, {
      regionId: row.regionId,
      type: 'organisation.created',
      actorUserId: actor?.userId ?? null,
      subjectType: 'organisation',
      subjectId: row.id,
      data: { name: row.name, kinds: row.kinds, sector: row.sector },
    });
    return presentOrganisation(row);
  });
}
