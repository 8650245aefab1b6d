import type { AddEducationBody, Evidence } from '../modules/people/contracts.ts';
import { starterTaxonomy } from '../modules/taxonomy/starter/index.ts';
import { starterSkillUri } from '../modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import type { CertificateKey, PilotJob, PilotParticipant } from './pilot-participants.ts';

/** The skill a certificate proves, and what the education entry says. */
export const certificates: Record<
  CertificateKey,
  { skill: string; entry: (year: number) => AddEducationBody }
> = {
  haccp: {
    skill: 'food.haccp-certificate',
    entry: (year) => ({
      kind: 'certificate',
      name: 'HACCP-certificaat',
      institution: 'SVH',
      year,
      completed: 'completed',
    }),
  },
  svh: {
    skill: 'hospitality.social-hygiene',
    entry: (year) => ({
      kind: 'certificate',
      name: 'Verklaring Sociale Hygiëne',
      institution: 'SVH',
      year,
      completed: 'completed',
    }),
  },
  bhv: {
    skill: 'safety.bhv',
    entry: (year) => ({
      kind: 'certificate',
      name: 'BHV-certificaat',
      institution: 'NIBHV',
      year,
      completed: 'completed',
      validUntil: `${year + 1}-12-31`,
    }),
  },
};

/** Year a person's certificate was obtained: a few years into their first job, not in the future. */
export function certificateYear(person: PilotParticipant, index: number, now: Date): number {
  const firstYear = Math.min(...person.jobs.map((j) => j.startYear));
  return Math.min(now.getUTCFullYear(), firstYear + 2 + index * 3);
}

/** FNV-1a: a stable number per text, so the demo is the same on every run without randomness. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface SkillCandidate {
  uri: string;
  /** The longest time the person did a job that needs the skill. */
  years: number;
}

export interface ChosenSkill {
  uri: string;
  level: number;
  evidence: Evidence;
}

/** Years someone did a job until `year` (the pilot's people mostly still work there). */
export const yearsIn = (job: PilotJob, year: number) => (job.endYear ?? year) - job.startYear;

const essentialSkills = new Map(
  starterTaxonomy.occupations.map((o) => [o.code, o.essentialSkills]),
);

/** The essential skills of the person's occupations, each with the years they used it. */
export function essentialSkillsOf(person: PilotParticipant, year: number): SkillCandidate[] {
  const years = new Map<string, number>();
  for (const job of person.jobs) {
    const codes = essentialSkills.get(job.occupation);
    if (!codes) throw new Error(`demo persons: ${job.occupation} is not a starter occupation`);
    for (const code of codes) {
      const uri = starterSkillUri(code);
      years.set(uri, Math.max(years.get(uri) ?? 0, yearsIn(job, year)));
    }
  }
  return [...years].map(([uri, y]) => ({ uri, years: y })).sort((a, b) => (a.uri < b.uri ? -1 : 1));
}

/**
 * Which of the suggested skills a person takes over, at what level and on what evidence. The
 * first six always, then about four in five; at most 14. The level follows the years in the job;
 * a case manager's intake confirmed some (coach_verified), others rest on the work history or on
 * the person's own word.
 */
export function chooseSkills(
  person: PilotParticipant,
  candidates: readonly SkillCandidate[],
  withCaseManager: boolean,
  skip: ReadonlySet<string>,
): ChosenSkill[] {
  const name = `${person.givenName} ${person.familyName}`;
  const chosen: ChosenSkill[] = [];
  for (const [index, c] of candidates.filter((c) => !skip.has(c.uri)).entries()) {
    const h = stableHash(`${name}|${c.uri}`);
    if (index >= 6 && h % 10 < 2) continue;
    const base = c.years >= 12 ? 3 : c.years >= 5 ? 2 : 1;
    const level = Math.min(4, base + ((h >>> 4) % 2));
    const roll = (h >>> 8) % 5;
    const evidence: Evidence =
      withCaseManager && roll === 0 ? 'coach_verified' : roll === 1 ? 'self' : 'work_history';
    chosen.push({ uri: c.uri, level, evidence });
    if (chosen.length >= 14) break;
  }
  return chosen;
}

/** Wishes derived from the latest job: a little fewer hours, slightly less pay, soon. */
export function wishNumbers(person: PilotParticipant, index: number, now: Date) {
  const latest = person.jobs[0];
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1 + (index % 3), 1));
  return {
    hoursMin: latest ? Math.max(8, latest.hoursPerWeek - 8) : null,
    hoursMax: latest ? latest.hoursPerWeek : null,
    maxTravelKm: person.maxTravelKm,
    minMonthlySalary: latest ? Math.round((latest.monthlySalary * 0.9) / 50) * 50 : null,
    earliestStart: start.toISOString().slice(0, 10),
    trainingHoursPerWeek: person.wishes.trainingHoursPerWeek,
  };
}
