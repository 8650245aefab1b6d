import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { Actor } from '../modules/auth/actor.ts';
import type { Role } from '../modules/auth/contracts.ts';
import { users } from '../modules/auth/schema.ts';
import { organisations } from '../modules/organisations/schema.ts';
import { persons } from '../modules/people/schema.ts';
import { demoOrganisations } from './demo-region.ts';
import { seedIntakePassport } from './demo-person-intake.ts';
import { seedOwnPassport } from './demo-own-passport.ts';
import { pilotParticipants } from './pilot-participants.ts';

/** The case managers who did the intakes, by case organisation (demo-region.ts). */
const caseManagerEmails = {
  uwv: 'casemanager@overstap.demo',
  oss: 'casemanager.oss@overstap.demo',
} as const;

/**
 * The 30 participants of the catering pilot with their skills passports, made through the
 * passport's own use cases, so every step is in the passport's history, signed by who did it.
 * Sandra de Vries (kandidaat@overstap.demo) built hers herself, step by step, from her work
 * history's suggestions; the others' passports were read in at the intake by their case manager,
 * who confirmed some skills. Deterministic: the same people, skills and levels on every run.
 */
export async function seedDemoPersons(db: Db, regionId: string, now: Date): Promise<number> {
  const rows = await db.select().from(users).where(eq(users.regionId, regionId));
  const actorOf = (email: string): Actor => {
    const u = rows.find((r) => r.email === email);
    if (!u) throw new Error(`demo persons: no demo user ${email}`);
    return { userId: u.id, role: u.role as Role, regionId, organisationId: u.organisationId };
  };
  for (const [index, person] of pilotParticipants.entries()) {
    const caseManager = actorOf(caseManagerEmails[person.caseOrganisation]);
    if (person.accountEmail) {
      await seedOwnPassport(db, actorOf(person.accountEmail), caseManager, person, index, now);
    } else {
      await seedIntakePassport(db, caseManager, person, index, now);
    }
  }
  await linkCurrentEmployers(db, regionId);
  return pilotParticipants.length;
}

/**
 * Everyone in the pilot still worked for the releasing employer of their current job, so the
 * employer's redundancy notice (and its group placement) can find them.
 */
async function linkCurrentEmployers(db: Db, regionId: string): Promise<void> {
  const orgs = await db.select().from(organisations).where(eq(organisations.regionId, regionId));
  const orgIdOf = (key: string) => {
    const name = demoOrganisations.find((o) => o.key === key)?.name;
    return orgs.find((o) => o.name === name)?.id;
  };
  for (const p of pilotParticipants) {
    const current = p.jobs.find((j) => j.endYear === null);
    const employerId = current ? orgIdOf(current.employer) : undefined;
    if (!employerId) continue;
    await db
      .update(persons)
      .set({ currentEmployerId: employerId })
      .where(
        and(
          eq(persons.regionId, regionId),
          eq(persons.givenName, p.givenName),
          eq(persons.familyName, p.familyName),
        ),
      );
  }
}
