import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/database.ts';
import type { CreateUserBody, User } from '../../src/modules/auth/contracts.ts';
import { createUser } from '../../src/modules/auth/use-cases/create-user.ts';
import type {
  CreateOrganisationBody,
  Organisation,
  Region,
} from '../../src/modules/organisations/contracts.ts';
import { regions } from '../../src/modules/organisations/schema.ts';
import { createOrganisation } from '../../src/modules/organisations/use-cases/create-organisation.ts';

export const TEST_PASSWORD = 'correct horse battery';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function aRegion(db: Db, overrides: Partial<Region> = {}): Promise<Region> {
  const region = {
    id: randomUUID(),
    code: `region-${unique()}`,
    name: `Regio ${unique()}`,
    ...overrides,
  };
  await db.insert(regions).values(region);
  return region;
}

export async function anOrganisation(
  db: Db,
  overrides: Partial<CreateOrganisationBody> & { regionId: string },
): Promise<Organisation> {
  return createOrganisation(db, null, {
    name: `Organisatie ${unique()}`,
    kinds: ['hiring_employer'],
    sector: 'care',
    city: 'Oss',
    postcode: '5341 AB',
    ...overrides,
  });
}

export async function aUser(
  db: Db,
  overrides: Partial<CreateUserBody> & { regionId: string },
): Promise<User> {
  return createUser(
    db,
    null,
    {
      name: `Gebruiker ${unique()}`,
      email: `user-${unique()}@example.test`,
      role: 'candidate',
      password: TEST_PASSWORD,
      locale: 'nl',
      ...overrides,
    },
    new Date(),
  );
}
