import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ErasureResult } from '../contracts.ts';
import { erasePersonData } from '../erasure.ts';
import { personFor } from '../person-lookup.ts';
import { mayReadPassport } from '../../people/policies.ts';
import { mayErasePerson, type PersonRef } from '../policies.ts';

/**
 * The right to erasure: the candidate themself, or an administrator on their request. Personal
 * data is removed from every table at once (erasure.ts); what remains counts, but names no one.
 */
export async function erasePerson(
  db: Db,
  actor: Actor,
  personId: string,
  now: Date,
): Promise<ErasureResult> {
  return db.transaction(async (tx) => {
    // Those who may see the person but not erase them (their case team) hear why; others 404.
    const visible = (a: Actor, p: PersonRef) => mayErasePerson(a, p) || mayReadPassport(a, p);
    const person = await personFor(tx, actor, personId, visible, true);
    if (!mayErasePerson(actor, person)) {
      throw forbidden('Only the candidate themself or an administrator erases personal data');
    }
    const erased = await erasePersonData(tx, actor, person, 'request', now);
    return { personId: person.id, erasedAt: now.toISOString(), ...erased };
  });
}
