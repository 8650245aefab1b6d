import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Passport, UpdatePersonBody } from '../contracts.ts';
import { normalisePersonal, requireCaseOrganisation } from '../new-person.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { passportAfterChange, passportView } from '../passport-view.ts';
import { mayChooseCaseOrganisation } from '../policies.ts';
import { persons } from '../schema.ts';

/** Changes personal fields; the candidate may also choose or withdraw their case organisation. */
export async function updatePersonalData(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdatePersonBody,
  now: Date,
): Promise<Passport> {
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, id);
    const { caseOrganisationId, ...personal } = input;
    const changes: Partial<typeof persons.$inferInsert> = normalisePersonal(personal);
    if (caseOrganisationId !== undefined && caseOrganisationId !== person.caseOrganisationId) {
      if (!mayChooseCaseOrganisation(actor)) {
        throw new AppError(
          'forbidden',
          'caseOrganisationId: only the candidate chooses their case organisation',
          'caseOrganisationId',
        );
      }
      if (caseOrganisationId)
        await requireCaseOrganisation(tx, person.regionId, caseOrganisationId);
      changes.caseOrganisationId = caseOrganisationId;
    }
    const changed = Object.keys(changes).filter(
      (k) => changes[k as keyof typeof changes] !== person[k as keyof typeof person],
    );
    if (changed.length === 0) return passportView(tx, actor, person);
    await tx.update(persons).set(changes).where(eq(persons.id, id));
    await recordPersonEvent(tx, actor, person, 'person.personal_data_changed', {
      changed,
      ...(changes.caseOrganisationId !== undefined
        ? { caseOrganisation: { from: person.caseOrganisationId, to: changes.caseOrganisationId } }
        : {}),
    });
    return passportAfterChange(tx, actor, person, now);
  });
}
