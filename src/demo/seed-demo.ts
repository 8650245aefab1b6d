import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { createUser } from '../modules/auth/use-cases/create-user.ts';
import { ensureStarterTaxonomy } from '../modules/taxonomy/use-cases/ensure-starter-taxonomy.ts';
import { organisations, regions } from '../modules/organisations/schema.ts';
import { createOrganisation } from '../modules/organisations/use-cases/create-organisation.ts';
import { seedDemoOffers } from './demo-offers.ts';
import { seedDemoPersons } from './demo-persons.ts';
import { DEMO_PASSWORD, demoOrganisations, demoRegion, demoUsers } from './demo-region.ts';
import { seedDemoTrajectories } from './trajectories/index.ts';
import { seedDemoVacancies } from './demo-vacancies.ts';

export interface SeedSummary {
  seeded: boolean;
  region: string;
  organisations: number;
  users: { email: string; role: string; description: string }[];
  password: string;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations);
  return (row?.n ?? 0) === 0;
}

const summary = (seeded: boolean): SeedSummary => ({
  seeded,
  region: demoRegion.name,
  organisations: demoOrganisations.length,
  users: demoUsers.map((u) => ({ email: u.email, role: u.role, description: u.description })),
  password: DEMO_PASSWORD,
});

/** The demo accounts when the demo region is loaded (printed on start), else null. */
export async function demoSummary(db: Db): Promise<SeedSummary | null> {
  const [existing] = await db.select().from(regions).where(eq(regions.code, demoRegion.code));
  return existing ? summary(false) : null;
}

/** Loads the demo region; does nothing (seeded: false) when it is there already. */
export async function seedDemo(db: Db, now: Date): Promise<SeedSummary> {
  // Demo passports, vacancies and trainings refer to the starter taxonomy's skills.
  await ensureStarterTaxonomy(db);
  // One transaction: a crash half-way leaves no half-seeded region behind.
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(regions).where(eq(regions.code, demoRegion.code));
    if (existing) return summary(false);
    await seedRegion(tx, now);
    return summary(true);
  });
}

async function seedRegion(db: Db, now: Date): Promise<void> {
  const regionId = randomUUID();
  await db.insert(regions).values({ id: regionId, ...demoRegion });
  const orgIds = new Map<string, string>();
  for (const org of demoOrganisations) {
    const created = await createOrganisation(db, null, {
      regionId,
      name: org.name,
      kinds: org.kinds,
      sector: org.sector,
      city: org.city,
      postcode: org.postcode,
    });
    orgIds.set(org.key, created.id);
  }
  for (const user of demoUsers) {
    await createUser(
      db,
      null,
      {
        name: user.name,
        email: user.email,
        role: user.role,
        password: DEMO_PASSWORD,
        regionId,
        organisationId: user.organisationKey ? (orgIds.get(user.organisationKey) ?? null) : null,
        locale: 'nl',
      },
      now,
    );
  }
  // The 30 participants of the catering pilot, with their skills passports.
  await seedDemoPersons(db, regionId, now);
  // Vacancies, redundancy notices and the offer catalogue (trainings, services, shadowing, events).
  const hiring = await seedDemoVacancies(db, { regionId, orgIds, now });
  await seedDemoOffers(db, { regionId, orgIds: hiring.orgIds, vacancyIds: hiring.vacancyIds, now });
  // The pilot's trajectories as they stood on 1 April 2021 (after persons and the catalogue).
  await seedDemoTrajectories(db, regionId, now);
}
