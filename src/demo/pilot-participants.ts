import type { Sector } from '../modules/organisations/contracts.ts';
import type { ContractType } from '../modules/people/field-rules.ts';

/**
 * The 30 people of the contract-catering pilot (shared/seeds/003…, l.434–440: cooks, sous-chefs,
 * catering employees, hostesses and staff such as location managers, administrative employees,
 * account managers and marketing & communication employees). Names, addresses and careers are
 * invented; the mix of jobs, employers and wishes follows the pilot report: most worked for years
 * in contract catering, some want to stay close to hospitality, others look at care, logistics,
 * technology or an office job.
 */

/** Demo organisation keys (demo-region.ts) that employ the participants. */
export type DemoEmployerKey = 'catering-a' | 'catering-b' | 'hotel';

export interface PilotJob {
  /** The job title as the person says it. */
  title: string;
  /** Starter occupation code (occupation.…). */
  occupation: string;
  /** A demo employer, or the name of an earlier employer outside the demo region. */
  employer: DemoEmployerKey | string;
  sector: Sector;
  startYear: number;
  endYear: number | null;
  hoursPerWeek: number;
  monthlySalary: number;
}

export type CertificateKey = 'haccp' | 'svh' | 'bhv';

export interface InformalSkill {
  /** Starter skill code. */
  skill: string;
  level: 1 | 2 | 3 | 4;
  note: string;
}

export interface WishProfile {
  sectors: Sector[];
  /** Starter occupation codes. */
  occupations: string[];
  contractTypes: ContractType[];
  trainingHoursPerWeek: number;
}

export interface PilotParticipant {
  givenName: string;
  familyName: string;
  postcode: string;
  city: string;
  birthYear: number;
  /** The case organisation that did the intake (UWV or the municipality of Oss). */
  caseOrganisation: 'uwv' | 'oss';
  /** The demo account this person signs in with (Sandra), if any. */
  accountEmail?: string;
  summary?: string;
  /** Newest job first. */
  jobs: PilotJob[];
  certificates: CertificateKey[];
  education?: { name: string; level: string; institution: string; year: number };
  informal: InformalSkill[];
  wishes: WishProfile;
  maxTravelKm: number;
}

const job = (
  title: string,
  occupation: string,
  employer: DemoEmployerKey | string,
  startYear: number,
  endYear: number | null,
  hoursPerWeek: number,
  monthlySalary: number,
  sector: Sector = 'hospitality',
): PilotJob => ({
  title,
  occupation: `occupation.${occupation}`,
  employer,
  sector,
  startYear,
  endYear,
  hoursPerWeek,
  monthlySalary,
});

const occ = (...codes: string[]) => codes.map((c) => `occupation.${c}`);

/** Where the participants want to go: the directions the pilot report names. */
export const wishProfiles = {
  care: {
    sectors: ['care'],
    occupations: occ('care-helper', 'nutrition-assistant', 'care-host'),
    contractTypes: ['permanent', 'fixed_term', 'conditional'],
    trainingHoursPerWeek: 8,
  },
  logistics: {
    sectors: ['logistics'],
    occupations: occ('order-picker', 'warehouse-worker', 'forklift-driver'),
    contractTypes: ['permanent', 'fixed_term', 'temporary_agency'],
    trainingHoursPerWeek: 4,
  },
  technology: {
    sectors: ['technology'],
    occupations: occ('apprentice-installer', 'solar-installer', 'installation-mechanic'),
    contractTypes: ['permanent', 'fixed_term', 'conditional'],
    trainingHoursPerWeek: 12,
  },
  hospitality: {
    sectors: ['hospitality'],
    occupations: occ('independent-cook', 'catering-employee'),
    contractTypes: ['permanent', 'fixed_term'],
    trainingHoursPerWeek: 2,
  },
  office: {
    sectors: ['office'],
    occupations: occ('administrative-assistant', 'customer-service-agent'),
    contractTypes: ['permanent', 'fixed_term', 'temporary_agency'],
    trainingHoursPerWeek: 4,
  },
  education: {
    sectors: ['education', 'care'],
    occupations: occ('teaching-assistant', 'childcare-worker'),
    contractTypes: ['permanent', 'fixed_term', 'conditional'],
    trainingHoursPerWeek: 8,
  },
  manufacturing: {
    sectors: ['manufacturing', 'logistics'],
    occupations: occ('food-production-worker', 'production-worker', 'order-picker'),
    contractTypes: ['permanent', 'temporary_agency'],
    trainingHoursPerWeek: 4,
  },
  cleaning: {
    sectors: ['cleaning', 'care'],
    occupations: occ('healthcare-cleaner', 'care-host'),
    contractTypes: ['permanent', 'fixed_term'],
    trainingHoursPerWeek: 4,
  },
  commercial: {
    sectors: ['technology', 'logistics', 'retail'],
    occupations: occ('account-manager', 'sales-advisor'),
    contractTypes: ['permanent', 'self_employed'],
    trainingHoursPerWeek: 4,
  },
  ict: {
    sectors: ['ict', 'office'],
    occupations: occ('web-developer', 'marketing-communication-officer'),
    contractTypes: ['permanent', 'fixed_term', 'self_employed'],
    trainingHoursPerWeek: 16,
  },
  teaching: {
    sectors: ['hospitality', 'education'],
    occupations: occ('head-chef', 'vocational-teacher'),
    contractTypes: ['permanent', 'fixed_term'],
    trainingHoursPerWeek: 6,
  },
  facility: {
    sectors: ['cleaning', 'logistics'],
    occupations: occ('cleaning-supervisor', 'warehouse-team-leader'),
    contractTypes: ['permanent'],
    trainingHoursPerWeek: 4,
  },
} as const satisfies Record<string, WishProfile>;

const w = (profile: keyof typeof wishProfiles): WishProfile => {
  const p = wishProfiles[profile];
  return {
    sectors: [...p.sectors],
    occupations: [...p.occupations],
    contractTypes: [...p.contractTypes],
    trainingHoursPerWeek: p.trainingHoursPerWeek,
  };
};

const mantelzorg = (note: string): InformalSkill[] => [
  { skill: 'care.eating-support', level: 2, note },
  { skill: 'transversal.empathy', level: 3, note },
];

export const pilotParticipants: PilotParticipant[] = [
  {
    givenName: 'Sandra',
    familyName: 'de Vries',
    postcode: '5241 CK',
    city: 'Rosmalen',
    birthYear: 1979,
    caseOrganisation: 'uwv',
    accountEmail: 'kandidaat@overstap.demo',
    summary:
      'Ik kook al ruim twaalf jaar in bedrijfsrestaurants. Ik werk graag met mensen en wil iets doen waar ik voor anderen kan zorgen, liefst overdag.',
    jobs: [
      job('Kok bedrijfsrestaurant', 'cook', 'catering-a', 2008, null, 32, 2450),
      job('Keukenhulp', 'kitchen-assistant', 'Brasserie De Markt, Rosmalen', 2003, 2008, 24, 1650),
    ],
    certificates: ['haccp'],
    education: {
      name: 'Kok (mbo-2)',
      level: 'mbo-2',
      institution: 'Koning Willem I College',
      year: 2005,
    },
    // Sandra filled in her passport herself: her own words.
    informal: [
      { skill: 'care.eating-support', level: 2, note: 'Mantelzorg voor mijn vader' },
      { skill: 'transversal.empathy', level: 3, note: 'Mantelzorg voor mijn vader' },
    ],
    wishes: w('care'),
    maxTravelKm: 20,
  },
  {
    givenName: 'Peter',
    familyName: 'van den Broek',
    postcode: '5223 BN',
    city: "'s-Hertogenbosch",
    birthYear: 1972,
    caseOrganisation: 'uwv',
    jobs: [
      job('Souschef', 'sous-chef', 'catering-b', 2012, null, 38, 3100),
      job('Kok', 'cook', 'hotel', 2004, 2012, 38, 2500),
    ],
    certificates: ['haccp', 'bhv'],
    education: {
      name: 'Zelfstandig werkend kok (mbo-3)',
      level: 'mbo-3',
      institution: 'Koning Willem I College',
      year: 1994,
    },
    informal: [
      {
        skill: 'transversal.coaching-colleagues',
        level: 3,
        note: 'Jeugdtrainer bij de voetbalclub',
      },
    ],
    wishes: w('teaching'),
    maxTravelKm: 30,
  },
  {
    givenName: 'Fatma',
    familyName: 'Yılmaz',
    postcode: '5342 EH',
    city: 'Oss',
    birthYear: 1985,
    caseOrganisation: 'oss',
    jobs: [
      job('Medewerker bedrijfsrestaurant', 'catering-employee', 'catering-a', 2014, null, 24, 1900),
    ],
    certificates: [],
    informal: [
      { skill: 'language.turkish', level: 4, note: 'Moedertaal' },
      ...mantelzorg('Zorgt voor haar schoonmoeder'),
    ],
    wishes: w('care'),
    maxTravelKm: 15,
  },
  {
    givenName: 'Ingrid',
    familyName: 'Smits',
    postcode: '5261 AP',
    city: 'Vught',
    birthYear: 1968,
    caseOrganisation: 'uwv',
    jobs: [job('Gastvrouw vergadercentrum', 'host', 'catering-b', 2011, null, 28, 2150)],
    certificates: ['bhv'],
    informal: [
      {
        skill: 'hospitality.event-planning',
        level: 3,
        note: 'Organiseert de dorpsfeesten als vrijwilliger',
      },
    ],
    wishes: w('office'),
    maxTravelKm: 25,
  },
  {
    givenName: 'Marco',
    familyName: 'Verhoeven',
    postcode: '5401 KB',
    city: 'Uden',
    birthYear: 1975,
    caseOrganisation: 'uwv',
    jobs: [
      job('Locatiemanager', 'catering-location-manager', 'catering-a', 2010, null, 40, 3600),
      job('Souschef', 'sous-chef', 'hotel', 2002, 2010, 38, 2800),
    ],
    certificates: ['haccp', 'svh', 'bhv'],
    informal: [],
    wishes: w('facility'),
    maxTravelKm: 40,
  },
  {
    givenName: 'Anja',
    familyName: 'Bos',
    postcode: '5212 TS',
    city: "'s-Hertogenbosch",
    birthYear: 1964,
    caseOrganisation: 'uwv',
    jobs: [
      job(
        'Administratief medewerker',
        'administrative-assistant',
        'catering-b',
        2006,
        null,
        32,
        2600,
        'office',
      ),
    ],
    certificates: [],
    education: {
      name: 'Secretarieel medewerker (mbo-3)',
      level: 'mbo-3',
      institution: 'ROC Den Bosch',
      year: 1984,
    },
    informal: [{ skill: 'office.minutes', level: 3, note: 'Secretaris van de buurtvereniging' }],
    wishes: w('office'),
    maxTravelKm: 20,
  },
  {
    givenName: 'Rob',
    familyName: 'Hermans',
    postcode: '5345 LP',
    city: 'Oss',
    birthYear: 1981,
    caseOrganisation: 'oss',
    jobs: [job('Accountmanager', 'account-manager', 'catering-a', 2016, null, 40, 3900, 'office')],
    certificates: [],
    education: {
      name: 'Commerciële economie (hbo)',
      level: 'hbo',
      institution: 'Avans Hogeschool',
      year: 2004,
    },
    informal: [],
    wishes: w('commercial'),
    maxTravelKm: 50,
  },
  {
    givenName: 'Lotte',
    familyName: 'van Dijk',
    postcode: '5211 RL',
    city: "'s-Hertogenbosch",
    birthYear: 1992,
    caseOrganisation: 'uwv',
    jobs: [
      job(
        'Medewerker marketing en communicatie',
        'marketing-communication-officer',
        'catering-b',
        2018,
        null,
        32,
        3000,
        'office',
      ),
    ],
    certificates: [],
    education: {
      name: 'Communicatie (hbo)',
      level: 'hbo',
      institution: 'Fontys Hogescholen',
      year: 2015,
    },
    informal: [
      { skill: 'digital.social-media', level: 4, note: 'Beheert de sociale media van het koor' },
    ],
    wishes: w('ict'),
    maxTravelKm: 35,
  },
  {
    givenName: 'Mohamed',
    familyName: 'El Khatib',
    postcode: '5224 AW',
    city: "'s-Hertogenbosch",
    birthYear: 1990,
    caseOrganisation: 'uwv',
    jobs: [job('Afwasser', 'kitchen-assistant', 'hotel', 2015, null, 36, 1950)],
    certificates: [],
    informal: [{ skill: 'language.arabic', level: 4, note: 'Moedertaal' }],
    wishes: w('logistics'),
    maxTravelKm: 25,
  },
  {
    givenName: 'Joke',
    familyName: 'van der Heijden',
    postcode: '5242 HA',
    city: 'Rosmalen',
    birthYear: 1962,
    caseOrganisation: 'uwv',
    jobs: [job('Cateringmedewerker', 'catering-employee', 'catering-b', 2001, null, 24, 2050)],
    certificates: ['haccp'],
    informal: mantelzorg('Mantelzorg voor haar man'),
    wishes: w('care'),
    maxTravelKm: 10,
  },
  {
    givenName: 'Kees',
    familyName: 'Timmermans',
    postcode: '5461 JK',
    city: 'Veghel',
    birthYear: 1966,
    caseOrganisation: 'uwv',
    jobs: [job('Kok', 'cook', 'hotel', 1998, null, 38, 2700)],
    certificates: ['haccp'],
    informal: [],
    wishes: w('manufacturing'),
    maxTravelKm: 20,
  },
  {
    givenName: 'Agnieszka',
    familyName: 'Nowak',
    postcode: '5213 GC',
    city: "'s-Hertogenbosch",
    birthYear: 1988,
    caseOrganisation: 'uwv',
    jobs: [job('Medewerker banqueting', 'banqueting-employee', 'hotel', 2017, null, 32, 2000)],
    certificates: [],
    informal: [{ skill: 'language.polish', level: 4, note: 'Moedertaal' }],
    wishes: w('cleaning'),
    maxTravelKm: 15,
  },
  {
    givenName: 'Ricardo',
    familyName: 'Martins',
    postcode: '5215 BH',
    city: "'s-Hertogenbosch",
    birthYear: 1996,
    caseOrganisation: 'uwv',
    jobs: [job('Medewerker bediening', 'waiter', 'hotel', 2019, null, 30, 1900)],
    certificates: [],
    informal: [
      {
        skill: 'transversal.technical-insight',
        level: 2,
        note: 'Sleutelt in zijn vrije tijd aan scooters',
      },
    ],
    wishes: w('technology'),
    maxTravelKm: 30,
  },
  {
    givenName: 'Esther',
    familyName: 'Claassen',
    postcode: '5344 TB',
    city: 'Oss',
    birthYear: 1977,
    caseOrganisation: 'oss',
    jobs: [
      job('Medewerker catering', 'catering-employee', 'catering-a', 2012, null, 20, 1700),
      job(
        'Verkoopmedewerker',
        'sales-assistant',
        'Bakkerij Van Rooij, Oss',
        2005,
        2012,
        20,
        1500,
        'retail',
      ),
    ],
    certificates: [],
    informal: [],
    wishes: w('care'),
    maxTravelKm: 15,
  },
  {
    givenName: 'Hanneke',
    familyName: 'Aarts',
    postcode: '5384 BB',
    city: 'Heesch',
    birthYear: 1983,
    caseOrganisation: 'oss',
    jobs: [job('Gastvrouw', 'host', 'catering-a', 2015, null, 24, 1950)],
    certificates: [],
    informal: [
      { skill: 'education.supervision', level: 3, note: 'Overblijfmoeder op de basisschool' },
    ],
    wishes: w('education'),
    maxTravelKm: 20,
  },
  {
    givenName: 'Dennis',
    familyName: 'Koolen',
    postcode: '5346 PE',
    city: 'Oss',
    birthYear: 1991,
    caseOrganisation: 'oss',
    jobs: [
      job('Kok', 'cook', 'catering-a', 2013, null, 38, 2350),
      job('Crewmedewerker', 'fast-food-crew', 'Snackbar Het Hoekje, Oss', 2009, 2013, 20, 1200),
    ],
    certificates: ['haccp'],
    informal: [{ skill: 'transversal.technical-insight', level: 3, note: 'Klust veel in huis' }],
    wishes: w('technology'),
    maxTravelKm: 30,
  },
  {
    givenName: 'Samira',
    familyName: 'Bouzid',
    postcode: '5216 AL',
    city: "'s-Hertogenbosch",
    birthYear: 1994,
    caseOrganisation: 'uwv',
    jobs: [
      job('Medewerker bedrijfsrestaurant', 'catering-employee', 'catering-b', 2016, null, 28, 1850),
    ],
    certificates: [],
    informal: mantelzorg('Helpt haar oma dagelijks'),
    wishes: w('care'),
    maxTravelKm: 20,
  },
  {
    givenName: 'Gerard',
    familyName: 'Wouters',
    postcode: '5258 AC',
    city: 'Berlicum',
    birthYear: 1963,
    caseOrganisation: 'uwv',
    jobs: [job('Cateringmanager', 'catering-location-manager', 'catering-b', 2005, null, 40, 3800)],
    certificates: ['svh', 'bhv', 'haccp'],
    informal: [],
    wishes: w('facility'),
    maxTravelKm: 40,
  },
  {
    givenName: 'Marieke',
    familyName: 'Verbruggen',
    postcode: '5341 CJ',
    city: 'Oss',
    birthYear: 1970,
    caseOrganisation: 'oss',
    jobs: [
      job(
        'Medewerker administratie',
        'administrative-assistant',
        'catering-a',
        2009,
        null,
        28,
        2500,
        'office',
      ),
    ],
    certificates: [],
    informal: [
      { skill: 'transversal.numeracy', level: 3, note: 'Penningmeester van de tennisclub' },
    ],
    wishes: w('office'),
    maxTravelKm: 25,
  },
  {
    givenName: 'Tom',
    familyName: 'Janssens',
    postcode: '5231 XE',
    city: "'s-Hertogenbosch",
    birthYear: 1986,
    caseOrganisation: 'uwv',
    jobs: [
      job('Sous-chef', 'sous-chef', 'hotel', 2014, null, 40, 3000),
      job('Zelfstandig kok', 'independent-cook', 'Restaurant De Pettelaar', 2008, 2014, 38, 2300),
    ],
    certificates: ['haccp', 'svh'],
    informal: [],
    wishes: w('hospitality'),
    maxTravelKm: 35,
  },
  {
    givenName: 'Wendy',
    familyName: 'Habraken',
    postcode: '5402 NJ',
    city: 'Uden',
    birthYear: 1999,
    caseOrganisation: 'uwv',
    jobs: [job('Cateringmedewerker', 'catering-employee', 'catering-a', 2018, null, 32, 1800)],
    certificates: [],
    informal: [],
    wishes: w('logistics'),
    maxTravelKm: 25,
  },
  {
    givenName: 'Yusuf',
    familyName: 'Demir',
    postcode: '5221 DB',
    city: "'s-Hertogenbosch",
    birthYear: 1980,
    caseOrganisation: 'uwv',
    jobs: [job('Keukenhulp', 'kitchen-assistant', 'catering-b', 2012, null, 36, 1950)],
    certificates: [],
    informal: [{ skill: 'language.turkish', level: 4, note: 'Moedertaal' }],
    wishes: w('manufacturing'),
    maxTravelKm: 30,
  },
  {
    givenName: 'Ellen',
    familyName: 'Schouten',
    postcode: '5262 JM',
    city: 'Vught',
    birthYear: 1974,
    caseOrganisation: 'uwv',
    jobs: [job('Receptioniste', 'hotel-receptionist', 'hotel', 2010, null, 32, 2300)],
    certificates: ['bhv'],
    informal: [],
    wishes: w('office'),
    maxTravelKm: 20,
  },
  {
    givenName: 'Bart',
    familyName: 'Mulders',
    postcode: '5481 GB',
    city: 'Schijndel',
    birthYear: 1982,
    caseOrganisation: 'uwv',
    jobs: [job('Kok', 'cook', 'catering-b', 2007, null, 36, 2450)],
    certificates: ['haccp'],
    informal: [],
    wishes: w('hospitality'),
    maxTravelKm: 25,
  },
  {
    givenName: 'Naima',
    familyName: 'Amrani',
    postcode: '5223 KR',
    city: "'s-Hertogenbosch",
    birthYear: 1987,
    caseOrganisation: 'uwv',
    jobs: [job('Medewerker housekeeping', 'housekeeping-attendant', 'hotel', 2016, null, 24, 1750)],
    certificates: [],
    informal: mantelzorg('Zorgt voor haar broertje met een beperking'),
    wishes: w('cleaning'),
    maxTravelKm: 15,
  },
  {
    givenName: 'Frank',
    familyName: 'de Groot',
    postcode: '5248 BD',
    city: 'Rosmalen',
    birthYear: 1969,
    caseOrganisation: 'uwv',
    jobs: [job('Accountmanager', 'account-manager', 'catering-b', 2011, null, 40, 4100, 'office')],
    certificates: [],
    informal: [],
    wishes: w('commercial'),
    maxTravelKm: 60,
  },
  {
    givenName: 'Linda',
    familyName: 'Kuijpers',
    postcode: '5343 XA',
    city: 'Oss',
    birthYear: 1971,
    caseOrganisation: 'oss',
    jobs: [job('Cateringmedewerker', 'catering-employee', 'catering-a', 2004, null, 24, 2000)],
    certificates: ['haccp'],
    informal: mantelzorg('Mantelzorg voor haar moeder'),
    wishes: w('care'),
    maxTravelKm: 15,
  },
  {
    givenName: 'Stefan',
    familyName: 'Willems',
    postcode: '5463 HM',
    city: 'Veghel',
    birthYear: 1993,
    caseOrganisation: 'uwv',
    jobs: [job('Kok', 'cook', 'catering-a', 2016, null, 38, 2300)],
    certificates: ['haccp'],
    informal: [
      {
        skill: 'transversal.technical-insight',
        level: 3,
        note: 'Bouwt zonnepanelen op het dak van zijn ouders',
      },
    ],
    wishes: w('technology'),
    maxTravelKm: 30,
  },
  {
    givenName: 'Petra',
    familyName: 'van Lith',
    postcode: '5211 CX',
    city: "'s-Hertogenbosch",
    birthYear: 1978,
    caseOrganisation: 'uwv',
    jobs: [job('Gastvrouw', 'host', 'catering-b', 2013, null, 24, 1950)],
    certificates: [],
    informal: [
      { skill: 'education.reading-maths-support', level: 2, note: 'Voorleesmoeder op school' },
    ],
    wishes: w('education'),
    maxTravelKm: 15,
  },
  {
    givenName: 'Jeroen',
    familyName: 'Pennings',
    postcode: '5348 JL',
    city: 'Oss',
    birthYear: 1990,
    caseOrganisation: 'oss',
    jobs: [
      job(
        'Marketingmedewerker',
        'marketing-communication-officer',
        'catering-a',
        2019,
        null,
        36,
        3100,
        'office',
      ),
    ],
    certificates: [],
    education: {
      name: 'Communicatie en multimedia design (hbo)',
      level: 'hbo',
      institution: 'Avans Hogeschool',
      year: 2013,
    },
    informal: [{ skill: 'ict.html-css', level: 2, note: 'Bouwt websites voor vrienden' }],
    wishes: w('ict'),
    maxTravelKm: 40,
  },
];
