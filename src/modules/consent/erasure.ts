import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { sessions, users } from '../auth/schema.ts';
import {
  personEducation,
  personSkills,
  personWishes,
  personWorkHistory,
  persons,
  type PersonRow,
} from '../people/schema.ts';
import { scrubTrajectories, trajectoryIdsOf } from '../trajectories/personal-data.ts';
import { redundancyEnrolments } from '../vacancies/schema.ts';
import { recordPersonRightsEvent } from './person-lookup.ts';

/** What an erased account is called; its e-mail is unique nonsense on a reserved domain. */
export const ERASED_USER_NAME = 'Verwijderde gebruiker';

export interface Erased {
  trajectories: number;
  accountDeactivated: boolean;
}

/**
 * Removes a person's personal data from every table, inside the caller's transaction, and keeps
 * what the statistics need (ids, codes, dates, skills and their levels, amounts):
 * - persons: every personal field emptied, the account unlinked, erased_at set; the pseudonym and
 *   the case organisation stay, so counts still add up
 * - work history, education and wishes: deleted; skills: kept without their notes
 * - trajectories: every free text removed (intake, obstacles, notes, feedback, goals)
 * - redundancy enrolments: name, e-mail and function title emptied
 * - the account: deactivated, sessions ended, name, e-mail and password replaced
 * - consents and the access log hold ids and times only and stay as the record of what was shared
 * - events hold no personal values by design (event-types.ts); person.erased is added
 */
export async function erasePersonData(
  tx: Db,
  actor: Actor | null,
  person: PersonRow,
  via: 'request' | 'retention',
  now: Date,
): Promise<Erased> {
  const trajectoryIds = await trajectoryIdsOf(tx, person.id);
  await scrubTrajectories(tx, trajectoryIds, now);
  await tx.delete(personWorkHistory).where(eq(personWorkHistory.personId, person.id));
  await tx.delete(personEducation).where(eq(personEducation.personId, person.id));
  await tx.delete(personWishes).where(eq(personWishes.personId, person.id));
  await tx.update(personSkills).set({ note: null }).where(eq(personSkills.personId, person.id));
  await tx
    .update(redundancyEnrolments)
    .set({ name: null, email: null, functionTitle: null })
    .where(eq(redundancyEnrolments.personId, person.id));
  await tx
    .update(persons)
    .set({
      givenName: null,
      familyName: null,
      email: null,
      phone: null,
      postcode: null,
      city: null,
      birthYear: null,
      summary: null,
      userId: null,
      erasedAt: now,
      updatedAt: now,
    })
    .where(eq(persons.id, person.id));
  let accountDeactivated = false;
  if (person.userId) {
    await tx.delete(sessions).where(eq(sessions.userId, person.userId));
    await tx
      .update(users)
      .set({
        name: ERASED_USER_NAME,
        email: `erased-${randomUUID()}@erased.invalid`,
        // Not a hash of anything: no password verifies against it.
        passwordHash: `erased:${randomBytes(24).toString('hex')}`,
        active: false,
        lastLoginAt: null,
        updatedAt: now,
      })
      .where(eq(users.id, person.userId));
    accountDeactivated = true;
  }
  await recordPersonRightsEvent(
    tx,
    actor,
    person,
    'person.erased',
    { via, trajectories: trajectoryIds.length, accountDeactivated },
    now,
  );
  return { trajectories: trajectoryIds.length, accountDeactivated };
}
