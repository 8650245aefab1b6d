import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, forbidden, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { recordEvent } from '../../events/record-event.ts';
import type { Organisation, UpdateOrganisationBody } from '../contracts.ts';
import {
  mayChangeOrganisationStatus,
  mayUpdateOrganisation,
  mayViewOrganisation,
} from '../policies.ts';
import { presentOrganisation } from '../presenters.ts';
import { organisations } from '../schema.ts';
import { normalisePostcode } from './normalise-postcode.ts';

export async function updateOrganisation(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateOrganisationBody,
): Promise<Organisation> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, id))
      .for('update');
    // Someone who may not even see it learns nothing about its existence.
    if (!current || !mayViewOrganisation(actor, current)) throw notFound('Organisation');
    if (!mayUpdateOrganisation(actor, current))
      throw forbidden('You may not change this organisation');
    if (
      (input.kinds !== undefined || input.active !== undefined) &&
      !mayChangeOrganisationStatus(actor)
    ) {
      throw forbidden('Only administrators change kinds or status');
    }
    if (input.name && input.name !== current.name) {
      const clash = await tx
        .select({ id: organisations.id, regionId: organisations.regionId })
        .from(organisations)
        .where(eq(organisations.name, input.name));
      if (clash.some((c) => c.regionId === current.regionId)) {
        throw conflict(`name: an organisation "${input.name}" exists in this region`, 'name');
      }
    }
    const changes = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.kinds !== undefined ? { kinds: [...new Set(input.kinds)] } : {}),
      ...(input.sector !== undefined ? { sector: input.sector } : {}),
      ...(input.city !== undefined ? { city: input.city } : {}),
      ...(input.postcode !== undefined
        ? { postcode: input.postcode ? normalisePostcode(input.postcode) : null }
        : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    };
    const [row] = await tx
      .update(organisations)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(organisations.id, id))
      .returning();
    if (!row) throw notFound('Organisation');
    await recordEvent(tx, {
      regionId: row.regionId,
      type: 'organisation.updated',
      actorUserId: actor.userId,
      subjectType: 'organisation',
      subjectId: row.id,
      data: { changed: Object.keys(changes) },
    });
    return presentOrganisation(row);
  });
}
