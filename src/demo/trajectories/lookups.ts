import { and, asc, eq, ilike } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../modules/auth/actor.ts';
import type { Role } from '../../modules/auth/contracts.ts';
import { users } from '../../modules/auth/schema.ts';
import { services, trainings } from '../../modules/offers/schema.ts';
import { organisations } from '../../modules/organisations/schema.ts';
import { vacancies } from '../../modules/vacancies/schema.ts';
import { demoOrganisations } from '../demo-region.ts';
import type { OrgKey } from './script-types.ts';

/** What the stories need from the seeded region: organisations, actors, the catalogue. */
export interface Lookups {
  orgIds: Map<OrgKey, string>;
  caseManagers: Map<string, Actor>;
  candidateActor: (userId: string) => Actor;
  serviceIds: Map<string, string>;
  trainingId: (keyword: string) => Promise<string | null>;
  vacancyId: (employerKey: OrgKey, titleStart: string) => Promise<string | null>;
}

/** Reads the seeded region once: organisations by key, one case manager per organisation, … */
export async function lookups(db: Db, regionId: string): Promise<Lookups> {
  const orgRows = await db.select().from(organisations).where(eq(organisations.regionId, regionId));
  const orgIds = new Map<OrgKey, string>();
  for (const o of demoOrganisations) {
    const row = orgRows.find((r) => r.name === o.name);
    if (row) orgIds.set(o.key, row.id);
  }
  const staff = await db
    .select()
    .from(users)
    .where(and(eq(users.regionId, regionId), eq(users.role, 'case_manager')))
    .orderBy(asc(users.email));
  const caseManagers = new Map<string, Actor>();
  for (const u of staff) {
    if (u.organisationId && !caseManagers.has(u.organisationId)) {
      caseManagers.set(u.organisationId, {
        userId: u.id,
        role: u.role as Role,
        regionId,
        organisationId: u.organisationId,
      });
    }
  }
  const serviceRows = await db
    .select()
    .from(services)
    .where(eq(services.regionId, regionId))
    .orderBy(asc(services.name));
  const serviceIds = new Map<string, string>();
  for (const s of serviceRows) if (!serviceIds.has(s.kind)) serviceIds.set(s.kind, s.id);
  return {
    orgIds,
    caseManagers,
    candidateActor: (userId) => ({ userId, role: 'candidate', regionId, organisationId: null }),
    serviceIds,
    trainingId: async (keyword) => {
      const [row] = await db
        .select({ id: trainings.id })
        .from(trainings)
        .where(and(eq(trainings.regionId, regionId), ilike(trainings.name, `%${keyword}%`)))
        .orderBy(asc(trainings.name))
        .limit(1);
      return row?.id ?? null;
    },
    vacancyId: async (employerKey, titleStart) => {
      const employerId = orgIds.get(employerKey);
      if (!employerId) return null;
      const [row] = await db
        .select({ id: vacancies.id })
        .from(vacancies)
        .where(and(eq(vacancies.employerId, employerId), ilike(vacancies.title, `${titleStart}%`)))
        .orderBy(asc(vacancies.title), asc(vacancies.id))
        .limit(1);
      return row?.id ?? null;
    },
  };
}
