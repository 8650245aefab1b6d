import { and, asc, eq, ilike, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { Actor } from '../modules/auth/actor.ts';
import type { Role } from '../modules/auth/contracts.ts';
import { users } from '../modules/auth/schema.ts';
import { grantConsent } from '../modules/consent/use-cases/grant-consent.ts';
import { services, trainings } from '../modules/offers/schema.ts';
import type { Sector } from '../modules/organisations/contracts.ts';
import { organisations } from '../modules/organisations/schema.ts';
import { personWishes, personWorkHistory, persons } from '../modules/people/schema.ts';
import { addWorkHistory } from '../modules/people/use-cases/add-work-history.ts';
import { createPerson } from '../modules/people/use-cases/create-person.ts';
import type { Step } from '../modules/trajectories/chain.ts';
import type { TrajectoryChanged } from '../modules/trajectories/trajectory-change.ts';
import { addMonths, addDays } from '../modules/trajectories/schedule.ts';
import { addFundingLine } from '../modules/trajectories/use-cases/add-funding-line.ts';
import { addGoal } from '../modules/trajectories/use-cases/add-goal.ts';
import { changeReferralStatus } from '../modules/trajectories/use-cases/change-referral-status.ts';
import { closeTrajectory } from '../modules/trajectories/use-cases/close-trajectory.ts';
import { completeTraining } from '../modules/trajectories/use-cases/complete-training.ts';
import { dropOut } from '../modules/trajectories/use-cases/drop-out.ts';
import { enterStep } from '../modules/trajectories/use-cases/enter-step.ts';
import { evaluateGoal } from '../modules/trajectories/use-cases/evaluate-goal.ts';
import { getTrajectory } from '../modules/trajectories/use-cases/get-trajectory.ts';
import { planShadowing } from '../modules/trajectories/use-cases/plan-shadowing.ts';
import { proposeReferral } from '../modules/trajectories/use-cases/propose-referral.ts';
import { recordCheck } from '../modules/trajectories/use-cases/record-check.ts';
import { recordIntake } from '../modules/trajectories/use-cases/record-intake.ts';
import { recordOutcome } from '../modules/trajectories/use-cases/record-outcome.ts';
import { recordSelection } from '../modules/trajectories/use-cases/record-selection.ts';
import { recordShadowingOutcome } from '../modules/trajectories/use-cases/record-shadowing-outcome.ts';
import { registerForTrajectory } from '../modules/trajectories/use-cases/register-for-trajectory.ts';
import { registerPlacement } from '../modules/trajectories/use-cases/register-placement.ts';
import { scheduleAppointment } from '../modules/trajectories/use-cases/schedule-appointment.ts';
import { signConditionalContract } from '../modules/trajectories/use-cases/sign-conditional-contract.ts';
import { startTraining } from '../modules/trajectories/use-cases/start-training.ts';
import { startTrajectory } from '../modules/trajectories/use-cases/start-trajectory.ts';
import { triageTrajectory } from '../modules/trajectories/use-cases/triage-trajectory.ts';
import type {
  EmploymentContract,
  FundingSource,
  StepReason,
  TriageGroup,
} from '../modules/trajectories/vocabularies.ts';
import { vacancies } from '../modules/vacancies/schema.ts';
import { demoOrganisations } from './demo-region.ts';

/**
 * The trajectories of the 30 participants of the contract-catering pilot as it stood on
 * 1 April 2021 (shared/seeds/003…, l.463–482 and 915–933): 30 started (three in 2021); 5 left
 * (some stopped or never started for private reasons, some stayed with their own employer); of
 * the 25 who continued, 12 have a new job (one self-employed, one on a permanent contract), 2
 * combine work and training, 2 are in training, 9 are still in mediation (one with an application
 * for sheltered work); 13 of the 14 working are in another sector. The pilot followed nobody for
 * 12 months, so at its end every follow-up still open is recorded as unknown.
 *
 * Everything goes through the trajectory use cases, with the demo case managers (or the candidate
 * herself) as actors and historical times, so the event log tells the same story as the tables.
 */

export const PILOT_END = '2021-04-01';
const PILOT_CLOSING_TIME = new Date(`${PILOT_END}T15:00:00Z`);

type OrgKey = (typeof demoOrganisations)[number]['key'];
type ServiceKey =
  | 'talent_scan'
  | 'career_test'
  | 'grief_counselling'
  | 'social_media'
  | 'self_employment'
  | 'language_nt2'
  | 'team_match'
  | 'temp_agency';

interface TrainingSpec {
  name: string;
  /** Finds the training in the demo catalogue, if it is there. */
  keyword: string;
  provider: OrgKey | null;
  startsOn: string;
  expectedEnd: string;
  /** Short courses are done before the job starts. */
  completedOn?: string;
}

interface JobSpec {
  outcome: 'new_job' | 'self_employed' | 'work_and_training';
  employer: OrgKey | { name: string; sector: Sector } | null;
  /** The start of a vacancy title of that employer, to link the placement to it. */
  vacancy?: string;
  title: string;
  contract: EmploymentContract;
  hours: number;
  salary: number | null;
  startsOn: string;
  shadowingOn?: string;
  conditional?: { condition: string; deadline: string };
  training?: TrainingSpec;
}

type Ending =
  | { kind: 'never_started'; on: string }
  | { kind: 'dropout'; atStep: 2 | 3; on: string; note: string }
  | { kind: 'stayed'; atStep: 2 | 3; on: string; note: string }
  | { kind: 'job'; job: JobSpec }
  | { kind: 'training'; sector: Sector; training: TrainingSpec }
  | {
      kind: 'mediation';
      step: 1 | 2 | 3 | 4;
      sheltered?: boolean;
      shadowing?: { employer: OrgKey; on: string; fit: 'no' | 'doubt' };
      notSelectedOn?: string;
    };

interface Script {
  key: string;
  /** Sectors the person should want (wishes in the passport), for a plausible story. */
  wants: Sector[];
  /** Give this story to a person with their own account (she registers herself). */
  account?: boolean;
  /** Not for someone of this releasing employer (the new job is there). */
  notFrom?: OrgKey;
  startedOn: string;
  triage: TriageGroup;
  services: ServiceKey[];
  obstacles?: ('language' | 'debts' | 'health' | 'care_duties')[];
  funding?: [FundingSource, number, 'training' | 'coaching' | 'job_guarantee', string][];
  ending: Ending;
}

const agency = (name: string, sector: Sector) => ({ name, sector });

/** The 30 stories, most specific first (they pick their person in this order). */
const scripts: Script[] = [
  {
    key: 'work-and-training-care',
    wants: ['care'],
    account: true,
    startedOn: '2020-09-14',
    triage: 3,
    services: ['talent_scan'],
    obstacles: ['care_duties'],
    funding: [['training_fund', 3100, 'training', '2021-01-04']],
    ending: {
      kind: 'job',
      job: {
        outcome: 'work_and_training',
        employer: 'care',
        vacancy: 'Helpende zorg',
        title: 'Helpende zorg en welzijn (leerwerkplek)',
        contract: 'conditional',
        hours: 28,
        salary: 2180,
        startsOn: '2021-01-04',
        shadowingOn: '2020-11-16',
        conditional: {
          condition: 'Diploma Helpende Zorg en Welzijn niveau 2 behaald',
          deadline: '2022-01-31',
        },
        training: {
          name: 'Helpende Zorg en Welzijn niveau 2 (BBL)',
          keyword: 'Helpende Zorg',
          provider: 'school',
          startsOn: '2021-01-04',
          expectedEnd: '2021-12-17',
        },
      },
    },
  },
  {
    key: 'work-and-training-technology',
    wants: ['technology'],
    startedOn: '2020-10-05',
    triage: 2,
    services: ['career_test'],
    funding: [
      ['training_fund', 3800, 'training', '2021-02-01'],
      ['hiring_employer', 1200, 'job_guarantee', '2021-02-01'],
    ],
    ending: {
      kind: 'job',
      job: {
        outcome: 'work_and_training',
        employer: 'tech',
        vacancy: 'Leerling-monteur',
        title: 'Leerling-monteur installatietechniek',
        contract: 'conditional',
        hours: 38,
        salary: 2150,
        startsOn: '2021-02-01',
        shadowingOn: '2020-12-07',
        conditional: {
          condition: 'Certificaat Monteur installatietechniek niveau 2 behaald',
          deadline: '2022-07-01',
        },
        training: {
          name: 'Monteur installatietechniek (BBL niveau 2)',
          keyword: 'Monteur installatietechniek',
          provider: 'school',
          startsOn: '2021-02-01',
          expectedEnd: '2022-06-30',
        },
      },
    },
  },
  {
    key: 'self-employed',
    wants: ['ict', 'office'],
    startedOn: '2020-09-21',
    triage: 2,
    services: ['self_employment', 'social_media'],
    funding: [['municipality', 950, 'coaching', '2020-10-19']],
    ending: {
      kind: 'job',
      job: {
        outcome: 'self_employed',
        employer: null,
        title: 'Zelfstandig communicatieadviseur',
        contract: 'self_employed',
        hours: 24,
        salary: null,
        startsOn: '2021-01-04',
      },
    },
  },
  {
    key: 'same-sector',
    wants: ['hospitality'],
    notFrom: 'hotel',
    startedOn: '2020-10-05',
    triage: 2,
    services: ['career_test'],
    ending: {
      kind: 'job',
      job: {
        outcome: 'new_job',
        employer: 'hotel',
        title: 'Kok',
        contract: 'fixed_term',
        hours: 32,
        salary: 2400,
        startsOn: '2021-02-01',
      },
    },
  },
  {
    key: 'permanent-logistics',
    wants: ['logistics'],
    startedOn: '2020-09-07',
    triage: 2,
    services: ['team_match'],
    ending: {
      kind: 'job',
      job: {
        outcome: 'new_job',
        employer: 'logistics',
        vacancy: 'Orderpicker',
        title: 'Orderpicker',
        contract: 'permanent',
        hours: 36,
        salary: 2350,
        startsOn: '2020-11-16',
      },
    },
  },
  {
    key: 'care-host',
    wants: ['care'],
    startedOn: '2020-09-07',
    triage: 2,
    services: ['talent_scan'],
    ending: {
      kind: 'job',
      job: {
        outcome: 'new_job',
        employer: 'care',
        vacancy: 'Gastvrouw',
        title: 'Gastvrouw zorg',
        contract: 'fixed_term',
        hours: 24,
        salary: 2050,
        startsOn: '2020-12-01',
        shadowingOn: '2020-11-02',
      },
    },
  },
  {
    key: 'solar-after-course',
    wants: ['technology'],
    startedOn: '2020-11-09',
    triage: 2,
    services: ['career_test'],
    funding: [['releasing_employer', 395, 'training', '2021-02-08']],
    ending: {
      kind: 'job',
      job: {
        outcome: 'new_job',
        employer: 'tech',
        vacancy: 'Zonnepanelenmonteur',
        title: 'Zonnepanelenmonteur',
        contract: 'fixed_term',
        hours: 40,
        salary: 2450,
        startsOn: '2021-03-01',
        shadowingOn: '2021-01-18',
        training: {
          name: 'VCA Basis (B-VCA)',
          keyword: 'VCA Basis',
          provider: null,
          startsOn: '2021-02-08',
          expectedEnd: '2021-02-12',
          completedOn: '2021-02-12',
        },
      },
    },
  },
  {
    key: 'training-education',
    wants: ['education'],
    startedOn: '2020-10-19',
    triage: 3,
    services: ['talent_scan', 'career_test'],
    funding: [
      ['transition_payment', 2400, 'training', '2021-02-01'],
      ['own_contribution', 350, 'training', '2021-02-01'],
    ],
    ending: {
      kind: 'training',
      sector: 'education',
      training: {
        name: 'Onderwijsassistent (BBL niveau 4, zij-instroom)',
        keyword: 'Onderwijsassistent',
        provider: 'school',
        startsOn: '2021-02-01',
        expectedEnd: '2022-07-15',
      },
    },
  },
  {
    key: 'training-ict',
    wants: ['ict'],
    startedOn: '2020-11-16',
    triage: 2,
    services: ['career_test'],
    funding: [['uwv', 2950, 'training', '2021-03-01']],
    ending: {
      kind: 'training',
      sector: 'ict',
      training: {
        name: 'Servicedesk medewerker ICT (omscholingstraject)',
        keyword: 'Servicedesk',
        provider: null,
        startsOn: '2021-03-01',
        expectedEnd: '2021-08-27',
      },
    },
  },
  {
    key: 'office-admin',
    wants: ['office'],
    startedOn: '2020-09-21',
    triage: 2,
    services: ['social_media'],
    ending: {
      kind: 'job',
      job: {
        outcome: 'new_job',
        employer: agency('Woningcorporatie Maasdonk', 'office'),
        title: 'Administratief medewerker',
        contract: 'fixed_term',
        hours: 32,
        salary: 2500,
        startsOn: '2021-02-01',
      },
    },
  },
  {
    key: 'own-network',
    wants: ['office'],
    startedOn: '2020-10-26',
    triage: 1,
    services: [],
    ending: {
      kind: 'job',
      job: {
        outcome: 'new_job',
        employer: agency('Energieleverancier Brabant Zuid', 'office'),
        title: 'Klantenservicemedewerker',
        contract: 'fixed_term',
        hours: 28,
        salary: 2150,
        startsOn: '2021-01-11',
      },
    },
  },
  {
    key: 'cleaning',
    wants: ['cleaning'],
    startedOn: '2020-09-28',
    triage: 3,
    services: ['language_nt2'],
    obstacles: ['language'],
    funding: [['municipality', 1200, 'training', '2020-10-26']],
    ending: {
      kind: 'job',
      job: {
        outcome: 'new_job',
        employer: agency('Schoonmaakbedrijf De Meierij', 'cleaning'),
        title: 'Schoonmaker zorginstelling',
        contract: 'fixed_term',
        hours: 24,
        salary: 1850,
        startsOn: '2020-12-01',
      },
    },
  },
  {
    key: 'production-agency',
    wants: ['manufacturing'],
    startedOn: '2020-11-02',
    triage: 2,
    services: ['temp_agency'],
    ending: {
      kind: 'job',
      job: {
        outcome: 'new_job',
        employer: agency('Vleeswarenfabriek Oss (via uitzendbureau)', 'manufacturing'),
        title: 'Productiemedewerker',
        contract: 'temporary_agency',
        hours: 38,
        salary: 2250,
        startsOn: '2021-02-15',
      },
    },
  },
  {
    key: 'warehouse-agency',
    wants: ['logistics', 'manufacturing'],
    startedOn: '2020-10-19',
    triage: 2,
    services: ['team_match', 'temp_agency'],
    ending: {
      kind: 'job',
      job: {
        outcome: 'new_job',
        employer: agency('Distributiecentrum Maasland (via uitzendbureau)', 'logistics'),
        title: 'Magazijnmedewerker',
        contract: 'temporary_agency',
        hours: 38,
        salary: 2200,
        startsOn: '2021-03-08',
      },
    },
  },
  {
    key: 'retail',
    wants: ['retail', 'office'],
    startedOn: '2020-10-12',
    triage: 2,
    services: ['social_media'],
    ending: {
      kind: 'job',
      job: {
        outcome: 'new_job',
        employer: agency('Bouwmarkt Rosmalen', 'retail'),
        title: 'Verkoopmedewerker',
        contract: 'fixed_term',
        hours: 24,
        salary: 1950,
        startsOn: '2021-03-01',
      },
    },
  },
  {
    key: 'municipality-facilities',
    wants: ['cleaning', 'logistics', 'office'],
    startedOn: '2020-09-28',
    triage: 2,
    services: ['team_match'],
    ending: {
      kind: 'job',
      job: {
        outcome: 'new_job',
        employer: 'oss',
        title: 'Medewerker facilitaire dienst',
        contract: 'fixed_term',
        hours: 32,
        salary: 2600,
        startsOn: '2021-01-18',
      },
    },
  },
  {
    key: 'mediation-sheltered-work',
    wants: [],
    startedOn: '2020-09-28',
    triage: 3,
    services: ['talent_scan'],
    obstacles: ['health'],
    ending: { kind: 'mediation', step: 2, sheltered: true },
  },
  {
    key: 'mediation-grief',
    wants: [],
    startedOn: '2020-10-12',
    triage: 3,
    services: ['grief_counselling', 'career_test'],
    funding: [['municipality', 650, 'coaching', '2020-11-02']],
    ending: { kind: 'mediation', step: 2 },
  },
  {
    key: 'mediation-shadowing-no-fit',
    wants: ['care'],
    startedOn: '2020-10-26',
    triage: 2,
    services: ['talent_scan'],
    ending: {
      kind: 'mediation',
      step: 3,
      shadowing: { employer: 'care', on: '2021-02-08', fit: 'no' },
    },
  },
  {
    key: 'mediation-not-selected',
    wants: ['logistics', 'manufacturing'],
    startedOn: '2020-11-02',
    triage: 2,
    services: ['team_match'],
    ending: { kind: 'mediation', step: 3, notSelectedOn: '2021-02-22' },
  },
  {
    key: 'mediation-selection',
    wants: ['technology'],
    startedOn: '2020-11-23',
    triage: 2,
    services: ['career_test', 'team_match'],
    ending: {
      kind: 'mediation',
      step: 4,
      shadowing: { employer: 'tech', on: '2021-03-15', fit: 'doubt' },
    },
  },
  {
    key: 'mediation-language',
    wants: [],
    startedOn: '2020-12-07',
    triage: 3,
    services: ['language_nt2', 'team_match'],
    obstacles: ['language'],
    ending: { kind: 'mediation', step: 3 },
  },
  {
    key: 'mediation-2021-january',
    wants: [],
    startedOn: '2021-01-11',
    triage: 2,
    services: ['career_test'],
    ending: { kind: 'mediation', step: 2 },
  },
  {
    key: 'mediation-2021-late-january',
    wants: [],
    startedOn: '2021-01-25',
    triage: 3,
    services: ['talent_scan'],
    obstacles: ['debts'],
    ending: { kind: 'mediation', step: 2 },
  },
  {
    key: 'mediation-2021-february',
    wants: [],
    startedOn: '2021-02-15',
    triage: 2,
    services: [],
    ending: { kind: 'mediation', step: 1 },
  },
  {
    key: 'left-never-started',
    wants: [],
    startedOn: '2020-09-14',
    triage: 2,
    services: [],
    ending: { kind: 'never_started', on: '2020-10-05' },
  },
  {
    key: 'left-private-step-2',
    wants: [],
    startedOn: '2020-09-21',
    triage: 3,
    services: ['career_test'],
    ending: {
      kind: 'dropout',
      atStep: 2,
      on: '2020-11-23',
      note: 'Stopt vanwege de zorg voor een ziek familielid',
    },
  },
  {
    key: 'left-private-step-3',
    wants: [],
    startedOn: '2020-10-05',
    triage: 3,
    services: ['talent_scan'],
    ending: {
      kind: 'dropout',
      atStep: 3,
      on: '2021-01-18',
      note: 'Stopt om privéredenen; wil later misschien terugkomen',
    },
  },
  {
    key: 'left-stayed-step-2',
    wants: [],
    startedOn: '2020-09-07',
    triage: 2,
    services: [],
    ending: {
      kind: 'stayed',
      atStep: 2,
      on: '2020-11-30',
      note: 'Blijft bij de cateraar: er kwam een plek vrij op een andere locatie',
    },
  },
  {
    key: 'left-stayed-step-3',
    wants: [],
    startedOn: '2020-10-12',
    triage: 2,
    services: ['career_test'],
    ending: {
      kind: 'stayed',
      atStep: 3,
      on: '2021-02-15',
      note: 'De werkgever biedt toch een contract aan in de centrale keuken',
    },
  },
];

const serviceOffers: Record<ServiceKey, { kind: string | null; title: string }> = {
  talent_scan: { kind: 'talent_scan', title: 'Talentenscan' },
  career_test: { kind: 'career_coaching', title: 'Loopbaantest en loopbaangesprekken' },
  grief_counselling: { kind: 'grief_counselling', title: 'Rouwverwerking na baanverlies' },
  social_media: { kind: 'cv_training', title: 'Cursus sociale media en solliciteren' },
  self_employment: { kind: 'self_employment', title: 'Ondersteuning starten als zzp’er' },
  language_nt2: { kind: 'language_nt2', title: 'Taalcursus NT2' },
  team_match: { kind: null, title: 'Team Match UWV: vacatures in de regio' },
  temp_agency: { kind: null, title: 'Inschrijving bij uitzendbureau' },
};

// ── Time ──────────────────────────────────────────────────────────────────────────────────────

/** The working day on or after a date (Saturday and Sunday move to Monday). */
function workday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/** An office-hours moment (UTC) on a working day. */
const at = (date: string, time: string): Date => new Date(`${workday(date)}T${time}:00Z`);

// ── People ────────────────────────────────────────────────────────────────────────────────────

interface Participant {
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

async function participants(
  db: Db,
  regionId: string,
  cm: Actor,
  now: Date,
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
  for (let i = found.length; i < scripts.length; i++) {
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
  if (found.length < scripts.length) found = await load();
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
  return found.slice(0, scripts.length).map((p) => ({
    id: p.id,
    userId: p.userId,
    caseOrganisationId: p.caseOrganisationId,
    releasingKey: (p.employerName && nameToKey.get(p.employerName)) || null,
    wishes: wishes.get(p.id) ?? [],
  }));
}

/** Gives each story the participant it fits best (wishes, account), in the order of the stories. */
function cast(people: Participant[]): Map<Script, Participant> {
  const left = [...people];
  const result = new Map<Script, Participant>();
  const score = (s: Script, p: Participant): number => {
    if (s.notFrom && p.releasingKey === s.notFrom) return -100;
    let n = 0;
    if (s.account && p.userId) n += 10;
    if (!s.account && p.userId) n -= 1;
    if (p.wishes[0] && s.wants.includes(p.wishes[0])) n += 3;
    else if (p.wishes.some((w) => s.wants.includes(w))) n += 1;
    return n;
  };
  for (const s of scripts) {
    let best = 0;
    for (let i = 1; i < left.length; i++) {
      const a = left[i];
      const b = left[best];
      if (a && b && score(s, a) > score(s, b)) best = i;
    }
    const [chosen] = left.splice(best, 1);
    if (chosen) result.set(s, chosen);
  }
  return result;
}

// ── Stories ───────────────────────────────────────────────────────────────────────────────────

interface Lookups {
  orgIds: Map<OrgKey, string>;
  caseManagers: Map<string, Actor>;
  candidateActor: (userId: string) => Actor;
  serviceIds: Map<string, string>;
  trainingId: (keyword: string) => Promise<string | null>;
  vacancyId: (employerKey: OrgKey, titleStart: string) => Promise<string | null>;
}

type Act = () => Promise<unknown>;

/** The actions of one story, each at its moment; run in time order. */
class Story {
  readonly actions: { at: Date; act: Act }[] = [];
  trajectoryId = '';
  readonly ids = new Map<string, string>();
  /** Nothing happens after the pilot's end, nor after someone left (but their leaving). */
  until = PILOT_CLOSING_TIME;
  add(when: Date, act: Act): void {
    if (when.getTime() > this.until.getTime()) return;
    this.actions.push({ at: when, act });
  }
  /** The last actions of someone who leaves: the cut-off moves to them. */
  end(when: Date, act: Act): void {
    this.until = new Date(when.getTime() - 1);
    const before = this.actions.filter((a) => a.at.getTime() < when.getTime());
    this.actions.splice(0, this.actions.length, ...before, { at: when, act });
  }

  id(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`demo trajectories: no ${key} yet`);
    return id;
  }
  async run(): Promise<void> {
    const ordered = [...this.actions].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const a of ordered) await a.act();
  }
}

function employerFields(l: Lookups, employer: JobSpec['employer']) {
  if (employer === null) return {};
  if (typeof employer === 'string') return { employerId: l.orgIds.get(employer) ?? null };
  return { employerName: employer.name };
}

/** The training body: the catalogue's training if it is there, else by name. */
async function trainingBody(l: Lookups, tr: TrainingSpec) {
  const trainingId = await l.trainingId(tr.keyword);
  return trainingId
    ? { trainingId, startDate: tr.startsOn, expectedEndDate: tr.expectedEnd }
    : {
        name: tr.name,
        providerId: tr.provider ? (l.orgIds.get(tr.provider) ?? null) : null,
        startDate: tr.startsOn,
        expectedEndDate: tr.expectedEnd,
      };
}

/** The day step 4 (selection) starts for a job, if the story has one. */
function selectionStepOn(job: JobSpec): string | null {
  if (job.outcome === 'self_employed') return null;
  return workday(job.shadowingOn ? addDays(job.shadowingOn, 7) : addDays(job.startsOn, -28));
}

/** The day matching (step 3) starts: five weeks after coaching began, or earlier when needed. */
function matchingOn(s: Script, step2On: string): string {
  const e = s.ending;
  const limits = [addDays(step2On, 35)];
  if (e.kind === 'job') {
    if (e.job.shadowingOn) limits.push(addDays(e.job.shadowingOn, -10));
    const selection = selectionStepOn(e.job);
    limits.push(addDays(selection ?? e.job.startsOn, -7));
  }
  if (e.kind === 'training') limits.push(addDays(e.training.startsOn, -14));
  const day = limits.sort()[0] ?? step2On;
  return workday(day > step2On ? day : addDays(step2On, 1));
}

function buildStory(db: Db, l: Lookups, s: Script, p: Participant): Story {
  const story = new Story();
  const cm = l.caseManagers.get(p.caseOrganisationId ?? '') ?? [...l.caseManagers.values()][0];
  if (!cm) throw new Error('demo trajectories: no case manager');
  const t = () => story.trajectoryId;
  const self = s.account && p.userId ? l.candidateActor(p.userId) : null;
  const ending = s.ending;
  const start = s.startedOn;
  const intakeOn = workday(addDays(start, 7));
  const step2On = workday(addDays(intakeOn, 14));
  const step3On = matchingOn(s, step2On);
  const inStep1Only = s.triage === 1 || (ending.kind === 'mediation' && ending.step === 1);
  const reachesMatching =
    !inStep1Only &&
    (ending.kind === 'job' ||
      ending.kind === 'training' ||
      (ending.kind === 'mediation' && ending.step >= 3) ||
      ((ending.kind === 'dropout' || ending.kind === 'stayed') && ending.atStep === 3));

  // Start: the employer's HR enrolled them, or the candidate signed up herself.
  story.add(at(start, '08:30'), async () => {
    const view = self
      ? await registerForTrajectory(db, self, p.id, at(start, '08:30'))
      : await startTrajectory(db, cm, { personId: p.id, source: 'employer' }, at(start, '08:30'));
    story.trajectoryId = view.id;
  });
  story.add(at(start, '08:45'), () =>
    scheduleAppointment(
      db,
      cm,
      t(),
      {
        kind: 'intake',
        startsAt: at(intakeOn, '09:00').toISOString(),
        title: 'Intakegesprek',
        location: 'Werkplein',
      },
      at(start, '08:45'),
    ),
  );
  if (ending.kind === 'never_started') {
    story.end(at(ending.on, '10:00'), () =>
      dropOut(
        db,
        cm,
        t(),
        { reason: 'never_started', note: 'Niet op de intake verschenen; wil geen begeleiding' },
        at(ending.on, '10:00'),
      ),
    );
    return story;
  }

  // Intake and triage; consent to tell the releasing employer how it goes.
  story.add(at(intakeOn, '10:00'), () =>
    recordIntake(
      db,
      cm,
      t(),
      {
        situation: 'Werkt al jaren in de contractcatering; de baan verdwijnt door de coronacrisis.',
        motivation: 'Wil graag aan het werk blijven en niet werkloos worden.',
        wishes: s.wants.length
          ? `Wil kijken naar werk in: ${s.wants.join(', ')}.`
          : 'Weet nog niet welke kant op.',
        obstacles: s.obstacles ?? [],
        obstacleNote: s.obstacles?.length
          ? 'Besproken in de intake; zie de afspraken in het plan.'
          : null,
        digitalSkills: s.obstacles?.includes('language') ? 'basic' : 'sufficient',
      },
      at(intakeOn, '10:00'),
    ),
  );
  const triageReason = {
    1: 'Kan op eigen kracht werk vinden; krijgt enkele testen en de online hulpmiddelen.',
    2: 'Korte dienstverlening en direct inzetten op jobmatching.',
    3: 'Heeft maatwerk nodig voordat matching zinvol is.',
  }[s.triage];
  story.add(at(intakeOn, '10:45'), () =>
    triageTrajectory(db, cm, t(), { group: s.triage, reason: triageReason }, at(intakeOn, '10:45')),
  );
  const consentBy = self ?? cm;
  const releasingId = p.releasingKey ? l.orgIds.get(p.releasingKey) : undefined;
  if (releasingId) {
    story.add(at(intakeOn, '11:00'), () =>
      grantConsent(
        db,
        consentBy,
        p.id,
        { purpose: 'progress_to_releasing_employer', recipientOrganisationId: releasingId },
        at(intakeOn, '11:00'),
      ),
    );
  }
  story.add(at(intakeOn, '11:05'), () =>
    addFundingLine(
      db,
      cm,
      t(),
      {
        source: 'releasing_employer',
        amount: 500,
        paysFor: 'coaching',
        description: 'Bijdrage latende werkgever aan begeleiding (sociaal plan)',
      },
      at(intakeOn, '11:05'),
    ),
  );
  for (const [source, amount, paysFor, on] of s.funding ?? []) {
    story.add(at(on, '11:30'), () =>
      addFundingLine(db, cm, t(), { source, amount, paysFor }, at(on, '11:30')),
    );
  }

  // How the story ends for those who leave.
  if (ending.kind === 'dropout') {
    story.end(at(ending.on, '11:00'), () =>
      dropOut(
        db,
        cm,
        t(),
        { reason: 'private_circumstances', note: ending.note },
        at(ending.on, '11:00'),
      ),
    );
  }
  if (ending.kind === 'stayed') {
    story.end(at(ending.on, '11:00'), async () => {
      await recordOutcome(
        db,
        cm,
        t(),
        { outcome: 'stayed_with_employer', note: ending.note },
        at(ending.on, '11:00'),
      );
      return closeTrajectory(
        db,
        cm,
        t(),
        { reason: 'stayed_with_employer', note: ending.note },
        at(ending.on, '11:00'),
      );
    });
  }

  // Step 2: coaching, the personal plan and services.
  const job = ending.kind === 'job' ? ending.job : null;
  if (!inStep1Only) addCoaching(db, story, cm, s, step2On, job);
  addServices(db, l, story, cm, s, step2On);

  // Step 3: matching, with the passport shown to hiring employers from now on.
  if (reachesMatching) {
    story.add(at(step3On, '09:30'), () =>
      enterStep(db, cm, t(), { step: 3, reason: 'ready_for_matching' }, at(step3On, '09:30')),
    );
    story.add(at(step3On, '09:40'), () =>
      grantConsent(
        db,
        consentBy,
        p.id,
        { purpose: 'passport_to_hiring_employer', recipientOrganisationId: null },
        at(step3On, '09:40'),
      ),
    );
  }
  if (ending.kind === 'training') {
    const tr = ending.training;
    const stepOn = workday(addDays(tr.startsOn, -3));
    story.add(at(stepOn, '10:00'), () =>
      enterStep(db, cm, t(), { step: 5, reason: 'training_needed' }, at(stepOn, '10:00')),
    );
    story.add(at(tr.startsOn, '09:00'), async () =>
      startTraining(db, cm, t(), await trainingBody(l, tr), at(tr.startsOn, '09:00')),
    );
    story.add(at(tr.startsOn, '09:10'), () =>
      recordOutcome(
        db,
        cm,
        t(),
        { outcome: 'training', sector: ending.sector, route: 'after_training' },
        at(tr.startsOn, '09:10'),
      ),
    );
  }
  if (ending.kind === 'mediation') addMediation(db, l, story, cm, ending, step2On);
  if (job) addJob(db, l, story, cm, job, inStep1Only);
  return story;
}

/** Step 2: the plan's goals, their 3-monthly evaluation and a coaching appointment. */
function addCoaching(
  db: Db,
  story: Story,
  cm: Actor,
  s: Script,
  step2On: string,
  job: JobSpec | null,
): void {
  const t = () => story.trajectoryId;
  const remember = (key: string) => (view: TrajectoryChanged) => {
    if (view.createdId) story.ids.set(key, view.createdId);
    return view;
  };
  const ending = s.ending;
  story.add(at(step2On, '09:30'), () =>
    enterStep(db, cm, t(), { step: 2, reason: 'plan_agreed' }, at(step2On, '09:30')),
  );
  story.add(at(step2On, '09:40'), async () =>
    remember('goal-a')(
      await addGoal(
        db,
        cm,
        t(),
        {
          title: 'Loopbaanwensen en mogelijkheden in kaart',
          dueOn: workday(addDays(step2On, 42)),
          agreedWith: ['candidate', 'case_manager'],
        },
        at(step2On, '09:40'),
      ),
    ),
  );
  const goalB = job
    ? `Aan de slag als ${job.title.toLowerCase()}`
    : ending.kind === 'training'
      ? `Starten met de opleiding ${ending.training.name}`
      : 'Solliciteren op passende vacatures';
  const dueB = job
    ? job.startsOn
    : ending.kind === 'training'
      ? ending.training.startsOn
      : addMonths(step2On, 5);
  story.add(at(step2On, '09:45'), async () =>
    remember('goal-b')(
      await addGoal(
        db,
        cm,
        t(),
        { title: goalB, dueOn: dueB, agreedWith: ['candidate', 'case_manager'] },
        at(step2On, '09:45'),
      ),
    ),
  );
  const evaluationOn = workday(addMonths(step2On, 3));
  story.add(at(evaluationOn, '13:00'), () =>
    evaluateGoal(
      db,
      cm,
      t(),
      story.id('goal-a'),
      { progress: 'achieved' },
      at(evaluationOn, '13:00'),
    ),
  );
  story.add(at(evaluationOn, '13:10'), () =>
    evaluateGoal(
      db,
      cm,
      t(),
      story.id('goal-b'),
      { progress: job && job.startsOn <= evaluationOn ? 'achieved' : 'on_track' },
      at(evaluationOn, '13:10'),
    ),
  );
  const plannedOn = workday(addDays(step2On, 14));
  story.add(at(plannedOn, '14:00'), () =>
    scheduleAppointment(
      db,
      cm,
      t(),
      {
        kind: 'coaching',
        startsAt: at(addDays(plannedOn, 14), '14:00').toISOString(),
        title: 'Coachingsgesprek',
      },
      at(plannedOn, '14:00'),
    ),
  );
}

/** Referrals to the services the pilot offered: proposed, accepted, started, completed. */
function addServices(
  db: Db,
  l: Lookups,
  story: Story,
  cm: Actor,
  s: Script,
  step2On: string,
): void {
  const t = () => story.trajectoryId;
  s.services.forEach((key, i) => {
    const offer = serviceOffers[key];
    const proposedOn = workday(addDays(step2On, 1 + i * 7));
    const serviceId = offer.kind ? l.serviceIds.get(offer.kind) : undefined;
    const ref = `service-${key}`;
    story.add(at(proposedOn, '15:00'), async () => {
      const view = await proposeReferral(
        db,
        cm,
        t(),
        serviceId
          ? { offerKind: 'service', offerId: serviceId }
          : { offerKind: 'other', title: offer.title },
        at(proposedOn, '15:00'),
      );
      if (view.createdId) story.ids.set(ref, view.createdId);
    });
    // Matching help runs until someone has work; a course or scan ends after five weeks.
    const ongoing = (key === 'team_match' || key === 'temp_agency') && s.ending.kind !== 'job';
    const moves: [number, 'accepted' | 'started' | 'completed'][] = [
      [2, 'accepted'],
      [7, 'started'],
      ...(ongoing ? [] : ([[35, 'completed']] as [number, 'completed'][])),
    ];
    for (const [days, status] of moves) {
      const on = workday(addDays(proposedOn, days));
      story.add(at(on, '15:30'), () =>
        changeReferralStatus(
          db,
          cm,
          t(),
          story.id(ref),
          { status, ...(status === 'completed' ? { result: 'positive' as const } : {}) },
          at(on, '15:30'),
        ),
      );
    }
  });
}

/** Still in mediation at the pilot's end: shadowing that did not fit, a selection lost, … */
function addMediation(
  db: Db,
  l: Lookups,
  story: Story,
  cm: Actor,
  ending: Extract<Ending, { kind: 'mediation' }>,
  step2On: string,
): void {
  const t = () => story.trajectoryId;
  if (ending.sheltered) {
    const on = workday(addDays(step2On, 56));
    const title = 'Aanvraag indicatie beschut werk (via gemeente en UWV)';
    story.add(at(on, '10:00'), async () => {
      const view = await proposeReferral(
        db,
        cm,
        t(),
        { offerKind: 'other', title },
        at(on, '10:00'),
      );
      if (view.createdId) story.ids.set('sheltered', view.createdId);
    });
    for (const [days, status] of [
      [3, 'accepted'],
      [21, 'started'],
    ] as const) {
      const day = workday(addDays(on, days));
      story.add(at(day, '10:00'), () =>
        changeReferralStatus(db, cm, t(), story.id('sheltered'), { status }, at(day, '10:00')),
      );
    }
  }
  if (ending.shadowing) {
    const sh = ending.shadowing;
    const employerId = l.orgIds.get(sh.employer) ?? null;
    const planned = workday(addDays(sh.on, -7));
    story.add(at(planned, '10:00'), async () => {
      const view = await planShadowing(
        db,
        cm,
        t(),
        { employerId, startDate: sh.on, endDate: addDays(sh.on, 1) },
        at(planned, '10:00'),
      );
      if (view.createdId) story.ids.set('shadowing', view.createdId);
    });
    const done = workday(addDays(sh.on, 2));
    story.add(at(done, '16:00'), () =>
      recordShadowingOutcome(
        db,
        cm,
        t(),
        story.id('shadowing'),
        {
          fit: sh.fit,
          feedbackCandidate:
            sh.fit === 'no'
              ? 'Het werk past toch niet bij mij.'
              : 'Leuk, maar ik twijfel over de uren.',
          feedbackEmployer: 'Vriendelijk en leergierig.',
        },
        at(done, '16:00'),
      ),
    );
    if (ending.step === 4) {
      const on = workday(addDays(sh.on, 7));
      story.add(at(on, '09:00'), () =>
        enterStep(
          db,
          cm,
          t(),
          { step: 4, reason: 'shadowing_fit', note: 'Sollicitatiegesprek gepland' },
          at(on, '09:00'),
        ),
      );
    }
  }
  if (ending.notSelectedOn) {
    const on = ending.notSelectedOn;
    const employerId = l.orgIds.get('logistics') ?? null;
    const invited = workday(addDays(on, -14));
    story.add(at(invited, '09:00'), () =>
      enterStep(
        db,
        cm,
        t(),
        { step: 4, reason: 'selected', note: 'Uitgenodigd' },
        at(invited, '09:00'),
      ),
    );
    story.add(at(on, '11:00'), () =>
      recordSelection(
        db,
        cm,
        t(),
        { employerId, result: 'not_selected', decidedOn: on, note: 'Andere kandidaat gekozen' },
        at(on, '11:00'),
      ),
    );
    story.add(at(on, '11:10'), () =>
      enterStep(db, cm, t(), { step: 3, reason: 'not_selected' }, at(on, '11:10')),
    );
  }
  story.add(at(PILOT_END, '14:00'), () =>
    scheduleAppointment(
      db,
      cm,
      t(),
      {
        kind: 'coaching',
        startsAt: at('2021-04-08', '10:00').toISOString(),
        title: 'Vervolggesprek (overdracht naar het Regionaal Mobiliteitsteam)',
      },
      at(PILOT_END, '14:00'),
    ),
  );
}

/** From matching to the new job: shadowing, selection, conditional contract, training, placement. */
function addJob(
  db: Db,
  l: Lookups,
  story: Story,
  cm: Actor,
  job: JobSpec,
  fromStep1: boolean,
): void {
  const t = () => story.trajectoryId;
  const remember = (key: string) => (view: TrajectoryChanged) => {
    if (view.createdId) story.ids.set(key, view.createdId);
    return view;
  };
  const employer = employerFields(l, job.employer);
  const employerKey = typeof job.employer === 'string' ? job.employer : null;
  const withVacancy = async () => {
    const vacancyId =
      employerKey && job.vacancy ? await l.vacancyId(employerKey, job.vacancy) : null;
    return vacancyId ? { ...employer, vacancyId } : employer;
  };
  const move = (to: Step, reason: StepReason, on: string, time: string) => {
    story.add(at(on, time), () => enterStep(db, cm, t(), { step: to, reason }, at(on, time)));
  };
  if (job.shadowingOn) {
    const sh = job.shadowingOn;
    const planned = workday(addDays(sh, -7));
    story.add(at(planned, '10:00'), async () =>
      remember('shadowing')(
        await planShadowing(
          db,
          cm,
          t(),
          { ...(await withVacancy()), startDate: sh, endDate: addDays(sh, 1) },
          at(planned, '10:00'),
        ),
      ),
    );
    const done = workday(addDays(sh, 2));
    story.add(at(done, '16:00'), () =>
      recordShadowingOutcome(
        db,
        cm,
        t(),
        story.id('shadowing'),
        {
          fit: 'yes',
          feedbackCandidate: 'Het voelde meteen goed; de collega’s namen de tijd.',
          feedbackEmployer: 'Gastvrij en zorgvuldig; past goed in het team.',
        },
        at(done, '16:00'),
      ),
    );
  }
  const step4On = fromStep1 ? null : selectionStepOn(job);
  const selectionOn = step4On ? workday(addDays(step4On, 7)) : null;
  if (step4On && selectionOn) {
    move(4, job.shadowingOn ? 'shadowing_fit' : 'selected', step4On, '09:00');
    story.add(at(selectionOn, '11:00'), async () =>
      recordSelection(
        db,
        cm,
        t(),
        { ...(await withVacancy()), result: 'selected', decidedOn: selectionOn },
        at(selectionOn, '11:00'),
      ),
    );
  }
  if (job.conditional && selectionOn) {
    const c = job.conditional;
    const signedOn = workday(addDays(selectionOn, 3));
    story.add(at(signedOn, '14:00'), async () =>
      signConditionalContract(
        db,
        cm,
        t(),
        {
          ...(await withVacancy()),
          dissolvingCondition: c.condition,
          deadline: c.deadline,
          signedOn,
        },
        at(signedOn, '14:00'),
      ),
    );
  }
  const training = job.training;
  const trainingFirst = training?.completedOn !== undefined;
  if (training) {
    if (trainingFirst) move(5, 'training_needed', workday(addDays(training.startsOn, -3)), '10:00');
    story.add(at(training.startsOn, '08:45'), async () =>
      remember('training')(
        await startTraining(
          db,
          cm,
          t(),
          await trainingBody(l, training),
          at(training.startsOn, '08:45'),
        ),
      ),
    );
    if (training.completedOn) {
      const done = training.completedOn;
      story.add(at(done, '16:00'), () =>
        completeTraining(
          db,
          cm,
          t(),
          story.id('training'),
          { finishedOn: done, certificateObtained: true },
          at(done, '16:00'),
        ),
      );
    }
  }
  const placedOn = job.startsOn;
  move(6, trainingFirst ? 'training_completed' : 'placed', placedOn, '09:00');
  const sector =
    typeof job.employer === 'object' && job.employer
      ? { sector: job.employer.sector }
      : job.outcome === 'self_employed'
        ? { sector: 'office' as const }
        : {};
  story.add(at(placedOn, '09:15'), async () =>
    remember('placement')(
      await registerPlacement(
        db,
        cm,
        t(),
        {
          outcome: job.outcome,
          route: training ? 'after_training' : 'direct',
          ...(await withVacancy()),
          ...sector,
          jobTitle: job.title,
          startDate: placedOn,
          hoursPerWeek: job.hours,
          monthlySalary: job.salary,
          contractType: job.contract,
          aftercareMonths: [3, 6],
        },
        at(placedOn, '09:15'),
      ),
    ),
  );
  story.add(at(placedOn, '09:30'), () =>
    addGoal(
      db,
      cm,
      t(),
      {
        title: `Ingewerkt als ${job.title.toLowerCase()}`,
        dueOn: addMonths(placedOn, 3),
        agreedWith: job.employer
          ? ['candidate', 'case_manager', 'work_supervisor']
          : ['candidate', 'case_manager'],
      },
      at(placedOn, '09:30'),
    ),
  );
  move(7, 'placed', workday(addMonths(placedOn, 1)), '10:00');
  const threeMonths = workday(addMonths(placedOn, 3));
  story.add(at(threeMonths, '10:30'), async () =>
    recordCheck(
      db,
      cm,
      t(),
      await checkId(db, cm, story, 3),
      { atWork: true, sameEmployer: true, note: 'Gaat goed; wil graag blijven.' },
      at(threeMonths, '10:30'),
    ),
  );
}

/** The id of a placement check, read from the trajectory. */
async function checkId(db: Db, cm: Actor, story: Story, months: number): Promise<string> {
  const view = await getTrajectory(db, cm, story.trajectoryId, PILOT_CLOSING_TIME);
  const check = view.placements.flatMap((p) => p.checks).find((c) => c.months === months);
  if (!check) throw new Error('demo trajectories: no such check');
  return check.id;
}

/**
 * At the end of the pilot nobody was followed further: every follow-up still open is recorded as
 * unknown (atWork null), so the 6- and 12-month outcomes read "unknown", never "no".
 */
async function closeFollowUp(db: Db, cm: Actor, trajectoryId: string): Promise<void> {
  const view = await getTrajectory(db, cm, trajectoryId, PILOT_CLOSING_TIME);
  for (const check of view.placements.flatMap((p) => p.checks)) {
    if (check.result !== 'open') continue;
    await recordCheck(
      db,
      cm,
      trajectoryId,
      check.id,
      { atWork: null, note: 'Pilot beëindigd op 1 april 2021; niet verder gevolgd.' },
      PILOT_CLOSING_TIME,
    );
  }
}

async function lookups(db: Db, regionId: string): Promise<Lookups> {
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

/**
 * Seeds the pilot's 30 trajectories in the demo region. Uses the region's participants (persons
 * with a current job at the demo caterers or the hotel); makes stand-ins when there are fewer
 * than 30, so it works on its own. Returns the number of trajectories.
 */
export async function seedDemoTrajectories(db: Db, regionId: string, now: Date): Promise<number> {
  const l = await lookups(db, regionId);
  const anyCaseManager =
    l.caseManagers.get(l.orgIds.get('uwv') ?? '') ?? [...l.caseManagers.values()][0];
  if (!anyCaseManager) throw new Error('demo trajectories: the region has no case manager');
  const people = await participants(db, regionId, anyCaseManager, now);
  const casting = cast(people);
  for (const s of scripts) {
    const p = casting.get(s);
    if (!p) throw new Error(`demo trajectories: nobody for ${s.key}`);
    const story = buildStory(db, l, s, p);
    await story.run();
    if (s.ending.kind === 'job') {
      const cm = l.caseManagers.get(p.caseOrganisationId ?? '') ?? anyCaseManager;
      await closeFollowUp(db, cm, story.trajectoryId);
    }
  }
  return scripts.length;
}
