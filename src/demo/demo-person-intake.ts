import type { Db } from '../db/database.ts';
import type { Actor } from '../modules/auth/actor.ts';
import {
  PASSPORT_FORMAT,
  type ExportedEducation,
  type ExportedSkill,
  type Passport,
  type PassportExport,
} from '../modules/people/contracts.ts';
import { confirmSkill } from '../modules/people/use-cases/confirm-skill.ts';
import { importNewPassport } from '../modules/people/use-cases/import-passport.ts';
import {
  starterOccupationUri,
  starterSkillUri,
} from '../modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import {
  certificates,
  certificateYear,
  chooseSkills,
  essentialSkillsOf,
  wishNumbers,
} from './demo-person-skills.ts';
import { demoOrganisations } from './demo-region.ts';
import type { PilotParticipant } from './pilot-participants.ts';

const employerName = (key: string) => demoOrganisations.find((o) => o.key === key)?.name ?? key;

/**
 * The passport as the intake recorded it, in the portable format. The pilot's people were
 * enrolled by their employer and their details taken over at the intake, so the case manager
 * reads the whole passport in at once (one use case, one transaction: the demo loads fast).
 */
function intakeDocument(
  person: PilotParticipant,
  index: number,
  now: Date,
): { document: PassportExport; confirm: string[] } {
  const year = now.getUTCFullYear();
  const education: ExportedEducation[] = [
    ...(person.education
      ? [{ kind: 'education' as const, ...person.education, completed: 'completed' as const }]
      : []),
    ...person.certificates.map((key, i) =>
      certificates[key].entry(certificateYear(person, i, now)),
    ),
  ].map((e) => ({
    kind: e.kind,
    name: e.name,
    level: e.level ?? null,
    institution: e.institution ?? null,
    year: e.year ?? null,
    completed: e.completed ?? null,
    validUntil: e.validUntil ?? null,
  }));
  const proven = new Set(
    person.certificates.map((key) => starterSkillUri(certificates[key].skill)),
  );
  const informal = new Set(person.informal.map((s) => starterSkillUri(s.skill)));
  const skill = (s: Omit<ExportedSkill, 'label' | 'confirmedAt'>): ExportedSkill => ({
    ...s,
    label: null,
    confirmedAt: null,
  });
  const fromWork = chooseSkills(
    person,
    essentialSkillsOf(person, year),
    true,
    new Set([...proven, ...informal]),
  );
  const document: PassportExport = {
    format: PASSPORT_FORMAT,
    exportedAt: now.toISOString(),
    person: {
      givenName: person.givenName,
      familyName: person.familyName,
      email: null,
      phone: null,
      postcode: person.postcode,
      city: person.city,
      birthYear: person.birthYear,
      summary: person.summary ?? null,
    },
    workHistory: person.jobs.map((job) => ({
      jobTitle: job.title,
      employerName: employerName(job.employer),
      sector: job.sector,
      startYear: job.startYear,
      endYear: job.endYear,
      description: null,
      monthlySalary: job.monthlySalary,
      hoursPerWeek: job.hoursPerWeek,
      occupationUri: starterOccupationUri(job.occupation),
      occupationLabel: null,
    })),
    education,
    skills: [
      ...[...proven].map((uri) =>
        skill({ uri, level: 3, evidence: 'certificate', source: 'manual', note: null }),
      ),
      // Confirmed ones are confirmed after the import, so the history says by whom.
      ...fromWork.map((s) =>
        skill({
          uri: s.uri,
          level: s.level,
          evidence: s.evidence === 'coach_verified' ? 'work_history' : s.evidence,
          source: 'work_history',
          note: null,
        }),
      ),
      ...person.informal.map((s) =>
        skill({
          uri: starterSkillUri(s.skill),
          level: s.level,
          evidence: 'self',
          source: 'informal',
          note: s.note,
        }),
      ),
    ],
    wishes: {
      sectors: person.wishes.sectors,
      occupationUris: person.wishes.occupations.map(starterOccupationUri),
      contractTypes: person.wishes.contractTypes,
      ...wishNumbers(person, index, now),
    },
  };
  const confirm = fromWork.filter((s) => s.evidence === 'coach_verified').map((s) => s.uri);
  return { document, confirm };
}

/** A participant without an account: their case manager reads in the intake, then confirms. */
export async function seedIntakePassport(
  db: Db,
  caseManager: Actor,
  person: PilotParticipant,
  index: number,
  now: Date,
): Promise<Passport> {
  const { document, confirm } = intakeDocument(person, index, now);
  let { passport } = await importNewPassport(db, caseManager, document, now);
  for (const uri of confirm) {
    const held = passport.skills.find((p) => p.uri === uri);
    if (held) passport = await confirmSkill(db, caseManager, passport.id, held.id, {}, now);
  }
  return passport;
}
