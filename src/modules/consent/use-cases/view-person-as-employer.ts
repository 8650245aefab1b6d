import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { organisations } from '../../organisations/schema.ts';
import { readPassport } from '../../people/passport-reader.ts';
import { persons, type PersonRow } from '../../people/schema.ts';
import { trajectories, trajectoryOutcomes } from '../../trajectories/schema.ts';
import { logRead } from '../access-log.ts';
import { findConsent } from '../consent-check.ts';
import type { EmployerPersonView } from '../contracts.ts';
import { mayUseEmployerView } from '../policies.ts';

/** The person's current trajectory (open first, else the newest) of which `orgId` is the releasing employer. */
async function trajectoryReleasedBy(db: Db, personId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(trajectories)
    .where(and(eq(trajectories.personId, personId), eq(trajectories.releasingEmployerId, orgId)))
    .orderBy(sql`(${trajectories.status} = 'closed')`, desc(trajectories.startedAt))
    .limit(1);
  return row ?? null;
}

async function progressOf(db: Db, person: PersonRow, t: typeof trajectories.$inferSelect) {
  const [outcome] = await db
    .select({ outcome: trajectoryOutcomes.outcome })
    .from(trajectoryOutcomes)
    .where(eq(trajectoryOutcomes.trajectoryId, t.id))
    .orderBy(desc(trajectoryOutcomes.recordedAt))
    .limit(1);
  return {
    givenName: person.givenName,
    familyName: person.familyName,
    status: t.status,
    step: t.step,
    startedAt: t.startedAt.toISOString(),
    outcome: outcome?.outcome ?? null,
  };
}

/**
 * A person as an employer may see them, decided by consent at the moment of reading:
 * - a hiring employer with passport consent sees the passport; without, the pseudonym and skills
 * - the releasing employer with progress consent sees the trajectory's step and status
 * Every read is logged for the candidate. An employer with neither role gets 404.
 */
export async function viewPersonAsEmployer(
  db: Db,
  actor: Actor,
  personId: string,
  now: Date,
): Promise<EmployerPersonView> {
  if (!mayUseEmployerView(actor) || !actor.organisationId) {
    throw forbidden('This view is for employers');
  }
  const orgId = actor.organisationId;
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select()
      .from(persons)
      .where(and(eq(persons.id, personId), isNull(persons.erasedAt)));
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, orgId));
    if (!person || !org || person.regionId !== actor.regionId) throw notFound('Person');
    const released = await trajectoryReleasedBy(tx, person.id, orgId);
    const releasing = released !== null || person.currentEmployerId === orgId;
    const hiring = org.kinds.includes('hiring_employer');
    const progressGrant = releasing
      ? await findConsent(tx, person.id, 'progress_to_releasing_employer', orgId, now)
      : null;
    const passportGrant = hiring
      ? await findConsent(tx, person.id, 'passport_to_hiring_employer', orgId, now)
      : null;
    if (!hiring && !progressGrant) throw notFound('Person');
    const parts = await readPassport(tx, person);
    const log = (
      what: 'passport' | 'pseudonymous_profile' | 'progress',
      consentId: string | null,
    ) => logRead(tx, { reader: actor, person, what, consentId, now });
    if (hiring)
      await log(passportGrant ? 'passport' : 'pseudonymous_profile', passportGrant?.id ?? null);
    if (progressGrant) await log('progress', progressGrant.id);
    return {
      personId: person.id,
      pseudonym: person.pseudonym,
      access: { passport: passportGrant !== null, progress: progressGrant !== null },
      personal: passportGrant
        ? {
            givenName: person.givenName,
            familyName: person.familyName,
            email: person.email,
            phone: person.phone,
            city: person.city,
            summary: person.summary,
          }
        : null,
      workHistory: passportGrant
        ? parts.workHistory.map((w) => ({
            jobTitle: w.jobTitle,
            employerName: w.employerName,
            sector: w.sector,
            startYear: w.startYear,
            endYear: w.endYear,
          }))
        : null,
      education: passportGrant
        ? parts.education.map((e) => ({ kind: e.kind, name: e.name, level: e.level, year: e.year }))
        : null,
      skills: parts.skills.map((s) => ({
        uri: s.skill.uri,
        label: s.skill.labelNl ?? s.skill.labelEn,
        level: s.level,
        evidence: s.evidence,
      })),
      progress: progressGrant && released ? await progressOf(tx, person, released) : null,
    };
  });
}
