import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { Actor } from '../modules/auth/actor.ts';
import type { Passport } from '../modules/people/contracts.ts';
import { addEducation } from '../modules/people/use-cases/add-education.ts';
import { addWorkHistory } from '../modules/people/use-cases/add-work-history.ts';
import { confirmSkill } from '../modules/people/use-cases/confirm-skill.ts';
import { createPerson } from '../modules/people/use-cases/create-person.ts';
import { saveSkill } from '../modules/people/use-cases/save-skill.ts';
import { setWishes } from '../modules/people/use-cases/set-wishes.ts';
import { suggestSkills } from '../modules/people/use-cases/suggest-skills.ts';
import { occupations, skills } from '../modules/taxonomy/schema.ts';
import {
  starterOccupationUri,
  starterSkillUri,
} from '../modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import {
  certificates,
  certificateYear,
  chooseSkills,
  wishNumbers,
  yearsIn,
} from './demo-person-skills.ts';
import { demoOrganisations } from './demo-region.ts';
import type { PilotJob, PilotParticipant } from './pilot-participants.ts';

const employerName = (key: string) => demoOrganisations.find((o) => o.key === key)?.name ?? key;

/** Taxonomy ids of starter codes, as the UI gets them from the autocomplete. */
async function idsOf(db: Db, person: PilotParticipant) {
  const occupationUris = [...person.jobs.map((j) => j.occupation), ...person.wishes.occupations];
  const skillUris = [
    ...person.certificates.map((c) => certificates[c].skill),
    ...person.informal.map((s) => s.skill),
  ];
  const occupationRows = await db
    .select({ id: occupations.id, uri: occupations.uri })
    .from(occupations)
    .where(inArray(occupations.uri, occupationUris.map(starterOccupationUri)));
  const skillRows = await db
    .select({ id: skills.id, uri: skills.uri })
    .from(skills)
    .where(and(inArray(skills.uri, skillUris.map(starterSkillUri)), eq(skills.kind, 'skill')));
  const find = (rows: { id: number; uri: string }[], uri: string) => {
    const row = rows.find((r) => r.uri === uri);
    if (!row) throw new Error(`demo persons: ${uri} is not in the starter taxonomy`);
    return row.id;
  };
  return {
    occupation: (code: string) => find(occupationRows, starterOccupationUri(code)),
    skill: (code: string) => find(skillRows, starterSkillUri(code)),
  };
}

/**
 * A participant with an account builds the passport the way the UI does: start it and choose the
 * case organisation, add jobs with their occupation, take over the suggested skills, add
 * certificates and informal skills, set wishes. At the intake the case manager confirms two.
 */
export async function seedOwnPassport(
  db: Db,
  candidate: Actor,
  caseManager: Actor,
  person: PilotParticipant,
  index: number,
  now: Date,
): Promise<Passport> {
  const ids = await idsOf(db, person);
  let passport = await createPerson(
    db,
    candidate,
    {
      givenName: person.givenName,
      familyName: person.familyName,
      email: person.accountEmail ?? null,
      postcode: person.postcode,
      city: person.city,
      birthYear: person.birthYear,
      summary: person.summary ?? null,
      caseOrganisationId: caseManager.organisationId,
    },
    now,
  );
  const id = passport.id;
  const jobOf = new Map<string, PilotJob>();
  for (const job of person.jobs) {
    const before = new Set(passport.workHistory.map((w) => w.id));
    passport = await addWorkHistory(
      db,
      candidate,
      id,
      {
        jobTitle: job.title,
        occupationId: ids.occupation(job.occupation),
        employerName: employerName(job.employer),
        sector: job.sector,
        startYear: job.startYear,
        endYear: job.endYear,
        hoursPerWeek: job.hoursPerWeek,
        monthlySalary: job.monthlySalary,
      },
      now,
    );
    const added = passport.workHistory.find((w) => !before.has(w.id));
    if (added) jobOf.set(added.id, job);
  }
  if (person.education) {
    const entry = { kind: 'education' as const, completed: 'completed' as const };
    await addEducation(db, candidate, id, { ...entry, ...person.education }, now);
  }
  const proven = new Set<string>();
  for (const [i, key] of person.certificates.entries()) {
    const cert = certificates[key];
    const entry = cert.entry(certificateYear(person, i, now));
    passport = await addEducation(db, candidate, id, entry, now);
    const certificateEntryId = passport.education.find((e) => e.name === entry.name)?.id;
    proven.add(starterSkillUri(cert.skill));
    await saveSkill(
      db,
      candidate,
      id,
      ids.skill(cert.skill),
      { level: 3, evidence: 'certificate', source: 'manual', certificateEntryId },
      now,
    );
  }
  const year = now.getUTCFullYear();
  const suggestions = await suggestSkills(db, candidate, id);
  const candidates = suggestions.map((s) => ({
    uri: s.uri,
    years: Math.max(
      ...s.fromJobs.map((f) =>
        jobOf.has(f.entryId) ? yearsIn(jobOf.get(f.entryId) as PilotJob, year) : 0,
      ),
    ),
  }));
  const chosen = chooseSkills(person, candidates, false, proven);
  const idOfUri = new Map(suggestions.map((s) => [s.uri, s.id]));
  for (const s of chosen) {
    const skillId = idOfUri.get(s.uri);
    if (skillId === undefined) continue;
    const body = { level: s.level, evidence: s.evidence, source: 'work_history' as const };
    await saveSkill(db, candidate, id, skillId, body, now);
  }
  for (const s of person.informal) {
    const body = { level: s.level, evidence: 'self' as const, source: 'informal' as const };
    await saveSkill(db, candidate, id, ids.skill(s.skill), { ...body, note: s.note }, now);
  }
  passport = await setWishes(
    db,
    candidate,
    id,
    {
      sectors: person.wishes.sectors,
      occupationIds: person.wishes.occupations.map(ids.occupation),
      contractTypes: person.wishes.contractTypes,
      ...wishNumbers(person, index, now),
    },
    now,
  );
  // At the intake the case manager confirmed two of the skills from her work history.
  const fromWork = chosen.filter((s) => s.evidence === 'work_history').slice(0, 2);
  for (const s of fromWork) {
    const skillId = idOfUri.get(s.uri);
    if (skillId !== undefined) passport = await confirmSkill(db, caseManager, id, skillId, {}, now);
  }
  return passport;
}
