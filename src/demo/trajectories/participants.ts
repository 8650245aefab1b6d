import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../modules/auth/actor.ts';
import type { Sector } from '../../modules/organisations/contracts.ts';
import { personWishes, personWorkHistory, persons } from '../../modules/people/schema.ts';
import { addWorkHistory } from '../../modules/people/use-cases/add-work-history.ts';
import { createPerson } from '../../modules/people/use-cases/create-person.ts';
import { demoOrganisations } from '../demo-region.ts';
import type { OrgKey } from './script-types.ts';

/** A person of the region who takes part in the pilot (a current job at a caterer or the hotel). */
export interface Participant {
  id: string;
  userId: string | null;
  caseOrganisationId: string | null;
  releasingKey: OrgKey | null;
  wishes: Sector[];
}

const cateringKeys: OrgKey[] = ['catering-a', 'catering-b', 'hotel'];

/** Stand-ins when the region has fewer than 30 participants (the passports are made elsewhere). */
const standIns = [
  ['Henk', 'Verstappen'],
  ['Miranda', 'Gerrits'],
  ['Ahmed', 'Benali'],
  ['Carla', 'van Rooij'],
  ['Theo', 'Smulders'],
  ['Ria', 'van Gemert'],
] as const;

/**
 * The region's first `count` participants, in a stable order, with their releasing employer and
 * wishes; makes stand-ins (with the case manager `cm`) when there are fewer.
 */
export async function participants(
  db: Db,
  regionId: string,
  cm: Actor,
  now: Date,
  count: number,
): Promise<Participant[]> {
  const nameToKey = new Map(
    demoOrganisations.filter((o) => cateringKeys.includes(o.key)).map((o) => [o.name, o.key]),
  );
  const load = () =>
    db
      .selectDistinctOn([persons.id], {
        id: persons.id,
        userId: persons.userId,
        caseOrganisationId: persons.caseOrganisationId,
        createdAt: persons.createdAt,
        familyName: persons.familyName,
        givenName: persons.givenName,
        employerName: personWorkHistory.employerName,
      })
      .from(persons)
      .innerJoin(personWorkHistory, eq(personWorkHistory.personId, persons.id))
      .where(
        and(
          eq(persons.regionId, regionId),
          isNull(persons.erasedAt),
          isNull(personWorkHistory.endYear),
          inArray(personWorkHistory.employerName, [...nameToKey.keys()]),
        ),
      )
      .orderBy(asc(persons.id));
  let found = await load();
  for (let i = found.length; i < count; i++) {
    const [givenName, familyName] = standIns[i % standIns.length] ?? ['Deelnemer', 'Pilot'];
    const key = cateringKeys[i % cateringKeys.length] ?? 'catering-a';
    const employerName = demoOrganisations.find((o) => o.key === key)?.name ?? key;
    const person = await createPerson(
      db,
      cm,
      { givenName, familyName: `${familyName} ${i + 1}`, city: 'Oss' },
      now,
    );
    await addWorkHistory(
      db,
      cm,
      person.id,
      {
        jobTitle: 'Medewerker bedrijfsrestaurant',
        employerName,
        sector: 'hospitality',
        startYear: 2008,
        endYear: null,
        hoursPerWeek: 28,
        monthlySalary: 2050,
      },
      now,
    );
  }
  if (found.length < count) found = await load();
  // Creation order, then name: the same order on every run.
  found.sort(
    (a, b) =>
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.familyName ?? '').localeCompare(b.familyName ?? '') ||
      (a.givenName ?? '').localeCompare(b.givenName ?? '') ||
      a.id.localeCompare(b.id),
  );
  const wishRows = await db
    .select({ personId: personWishes.personId, sectors: personWishes.sectors })
    .from(personWishes)
    .where(
      inArray(
        personWishes.personId,
        found.map((p) => p.id),
      ),
    );
  const wishes = new Map(wishRows.map((w) => [w.personId, w.sectors as Sector[]]));
  return found.slice(0, count).map((p) => ({
    id: p.id,
    userId: p.userId,
    caseOrganisationId: p.caseOrganisationId,
    releasingKey: (p.employerName && nameToKey.get(p.employerName)) || null,
    wishes: wishes.get(p.id) ?? [],
  }));
}
