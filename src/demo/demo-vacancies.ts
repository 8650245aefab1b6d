import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type { OrganisationKind, Sector } from '../modules/organisations/contracts.ts';
import { createOrganisation } from '../modules/organisations/use-cases/create-organisation.ts';
import { occupations, skills } from '../modules/taxonomy/schema.ts';
import {
  starterOccupationUri,
  starterSkillUri,
} from '../modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import type {
  EmploymentConditionsInput,
  Importance,
  RequirementInput,
  VacancyContractType,
} from '../modules/vacancies/contracts.ts';
import { insertPostedVacancy } from '../modules/vacancies/use-cases/post-vacancy.ts';
import { reportRedundancy } from '../modules/vacancies/use-cases/report-redundancy.ts';

/**
 * The hiring side of the demo region: vacancies in care, technology, logistics, education and
 * ICT, described as tasks and skills from the starter taxonomy, with the employment conditions
 * of each sector's collective agreement; and the redundancy notices of the two catering
 * employers of the pilot. Everything is fixed data; only dates follow the seed's `now`.
 */

/** Hiring employers the demo needs besides those of demo-region.ts (a school board, an ICT firm, home care). */
export const extraDemoOrganisations: {
  key: string;
  name: string;
  kinds: OrganisationKind[];
  sector: Sector;
  city: string;
  postcode: string;
}[] = [
  {
    key: 'homecare',
    name: 'Thuiszorg De Maashorst',
    kinds: ['hiring_employer'],
    sector: 'care',
    city: 'Uden',
    postcode: '5402 HA',
  },
  {
    key: 'schools',
    name: 'Onderwijsgroep De Meierij',
    kinds: ['hiring_employer'],
    sector: 'education',
    city: 'Schijndel',
    postcode: '5481 EH',
  },
  {
    key: 'ict',
    name: 'Datapoort ICT',
    kinds: ['hiring_employer'],
    sector: 'ict',
    city: 'Rosmalen',
    postcode: '5246 JA',
  },
];

type Cao = 'vvt' | 'technology' | 'logistics' | 'primary' | 'secondary' | 'ict' | 'horeca';

/** The employment conditions of each collective agreement (rounded, full-time). */
const conditions: Record<Cao, EmploymentConditionsInput> = {
  vvt: {
    collectiveAgreement: 'cao VVT',
    pensionScheme: 'PFZW',
    pensionEmployerSharePct: 50,
    holidayAllowancePct: 8,
    endOfYearBonusPct: 8.33,
    leaveDaysPerYear: 25,
    travelAllowancePerKm: 0.16,
    irregularHoursPay: 'allowance',
    irregularHoursNote: 'ORT volgens cao: 22 % (avond) tot 60 % (zon- en feestdagen)',
    other: 'Persoonlijk opleidingsbudget en fietsplan',
  },
  technology: {
    collectiveAgreement: 'cao Metaal en Techniek (Technische Installatiebranche)',
    pensionScheme: 'PMT',
    pensionEmployerSharePct: 55,
    holidayAllowancePct: 8,
    endOfYearBonusPct: null,
    leaveDaysPerYear: 26,
    travelAllowancePerKm: 0.21,
    irregularHoursPay: 'allowance',
    irregularHoursNote: 'Consignatietoeslag bij storingsdienst',
    other: 'Bedrijfsbus, gereedschap en werkkleding van de zaak',
  },
  logistics: {
    collectiveAgreement: 'cao Beroepsgoederenvervoer',
    pensionScheme: 'Pensioenfonds Vervoer',
    pensionEmployerSharePct: 50,
    holidayAllowancePct: 8,
    endOfYearBonusPct: null,
    leaveDaysPerYear: 25,
    travelAllowancePerKm: 0.15,
    irregularHoursPay: 'allowance',
    irregularHoursNote: 'Ploegentoeslag 15 % (twee ploegen) tot 30 % (nacht)',
    other: null,
  },
  primary: {
    collectiveAgreement: 'cao Primair Onderwijs',
    pensionScheme: 'ABP',
    pensionEmployerSharePct: 70,
    holidayAllowancePct: 8,
    endOfYearBonusPct: 8.33,
    leaveDaysPerYear: null,
    travelAllowancePerKm: 0.12,
    irregularHoursPay: 'none',
    irregularHoursNote: null,
    other: 'Vakanties volgens het schoolrooster; ruimte voor scholing in werktijd',
  },
  secondary: {
    collectiveAgreement: 'cao Voortgezet Onderwijs',
    pensionScheme: 'ABP',
    pensionEmployerSharePct: 70,
    holidayAllowancePct: 8,
    endOfYearBonusPct: 8.33,
    leaveDaysPerYear: null,
    travelAllowancePerKm: 0.12,
    irregularHoursPay: 'none',
    irregularHoursNote: null,
    other: 'Vakanties volgens het schoolrooster',
  },
  ict: {
    collectiveAgreement: null,
    pensionScheme: 'Beschikbare-premieregeling',
    pensionEmployerSharePct: 60,
    holidayAllowancePct: 8,
    endOfYearBonusPct: null,
    leaveDaysPerYear: 25,
    travelAllowancePerKm: 0.23,
    irregularHoursPay: 'allowance',
    irregularHoursNote: 'Toeslag voor bereikbaarheidsdienst buiten kantoortijd',
    other: 'Opleidingsbudget € 1.500 per jaar, laptop en telefoon',
  },
  horeca: {
    collectiveAgreement: 'cao Horeca',
    pensionScheme: 'PH&C',
    pensionEmployerSharePct: 50,
    holidayAllowancePct: 8,
    endOfYearBonusPct: null,
    leaveDaysPerYear: 24,
    travelAllowancePerKm: 0.1,
    irregularHoursPay: 'included_in_salary',
    irregularHoursNote: null,
    other: 'Maaltijd tijdens de dienst',
  },
};

interface Site {
  label: string;
  city: string;
  postcode: string;
  positions?: number;
  draft?: boolean;
}

/** One kind of job at one employer, posted once per site. */
interface VacancyTemplate {
  key: string;
  employer: string;
  /** Starter occupation code without the `occupation.` prefix. */
  occupation: string;
  title: string;
  tasks: string[];
  hours: [number, number];
  salary: [number, number];
  contract: VacancyContractType;
  cao: Cao;
  conditional?: boolean;
  shadowing?: boolean;
  /** Skill codes the employer teaches on the job. */
  learnable?: string[];
  /** Requirements beside the occupation's: [skill code, importance, minimum level]. */
  extra?: [string, Importance, number][];
  description: string;
  sites: Site[];
}

const careSites = {
  leijen: { label: 'Verpleeghuis De Leijen', city: 'Rosmalen', postcode: '5242 AB' },
  populier: { label: 'Woonzorgcentrum De Populier', city: 'Vught', postcode: '5262 CK' },
  sintJan: { label: 'Huize Sint-Jan', city: 'Boxtel', postcode: '5281 HA' },
  watermolen: { label: 'Woonzorgcentrum De Watermolen', city: 'Oss', postcode: '5345 RB' },
  hintham: { label: 'Locatie Hintham', city: "'s-Hertogenbosch", postcode: '5223 GZ' },
} satisfies Record<string, Site>;

const homeCareSites = {
  uden: { label: 'team Uden', city: 'Uden', postcode: '5402 HA' },
  veghel: { label: 'team Veghel', city: 'Veghel', postcode: '5461 AB' },
  oss: { label: 'team Oss', city: 'Oss', postcode: '5341 BK' },
  boxmeer: { label: 'team Boxmeer', city: 'Boxmeer', postcode: '5831 JK' },
  cuijk: { label: 'team Cuijk', city: 'Cuijk', postcode: '5431 CA' },
} satisfies Record<string, Site>;

const techSites = {
  oss: { label: 'vestiging Oss', city: 'Oss', postcode: '5349 AT' },
  bosch: { label: "projecten 's-Hertogenbosch", city: "'s-Hertogenbosch", postcode: '5222 AV' },
  veghel: { label: 'projecten Veghel', city: 'Veghel', postcode: '5462 GE' },
  uden: { label: 'regio Uden', city: 'Uden', postcode: '5405 AB' },
  zaltbommel: { label: 'regio Bommelerwaard', city: 'Zaltbommel', postcode: '5301 LX' },
} satisfies Record<string, Site>;

const logisticsSites = {
  doornhoek: { label: 'DC Doornhoek', city: 'Veghel', postcode: '5466 SB' },
  foodpark: { label: 'DC Foodpark (koel/vries)', city: 'Veghel', postcode: '5462 GD' },
  oss: { label: 'cross-dock Oss', city: 'Oss', postcode: '5349 BB' },
  uden: { label: 'e-fulfilment Uden', city: 'Uden', postcode: '5405 BW' },
} satisfies Record<string, Site>;

const schoolSites = {
  regenboog: { label: 'basisschool De Regenboog', city: 'Schijndel', postcode: '5482 GA' },
  palet: { label: 'basisschool Het Palet', city: 'Veghel', postcode: '5463 BW' },
  horizon: { label: 'kindcentrum De Horizon', city: 'Oss', postcode: '5344 EA' },
  college: { label: 'Meierij College', city: 'Schijndel', postcode: '5481 EH' },
  gestel: { label: 'Meierij College Gestel', city: 'Sint-Michielsgestel', postcode: '5271 AA' },
} satisfies Record<string, Site>;

const ictSites = {
  rosmalen: { label: 'Rosmalen', city: 'Rosmalen', postcode: '5246 JA' },
  bosch: {
    label: "bij een klant in 's-Hertogenbosch",
    city: "'s-Hertogenbosch",
    postcode: '5211 AK',
  },
  oss: { label: 'bij een klant in Oss', city: 'Oss', postcode: '5342 CM' },
} satisfies Record<string, Site>;

const templates: VacancyTemplate[] = [
  // ── Care ──────────────────────────────────────────────────────────────────────────────────
  {
    key: 'care-helper',
    employer: 'care',
    occupation: 'care-helper',
    title: 'Helpende zorg en welzijn (leerwerkplek)',
    tasks: [
      'Bewoners helpen bij wassen, aankleden en de toiletgang',
      'Helpen bij eten en drinken en de maaltijden verzorgen',
      'De huiskamer gezellig en schoon houden',
      'Veranderingen bij bewoners opmerken en doorgeven',
    ],
    hours: [20, 28],
    salary: [2350, 2980],
    contract: 'apprenticeship',
    cao: 'vvt',
    conditional: true,
    shadowing: true,
    learnable: [
      'care.continence-care',
      'care.oral-care',
      'care.bed-making',
      'welfare.household-tasks',
    ],
    extra: [['language.dutch-b1', 'essential', 1]],
    description:
      'Je werkt en leert tegelijk: wij betalen de opleiding Helpende Zorg en Welzijn (niveau 2). Met het diploma krijg je een vast contract. Ervaring in de horeca of catering is een pluspunt: gastvrijheid en hygiëne heb je al.',
    sites: [
      { ...careSites.leijen, positions: 3 },
      { ...careSites.populier, positions: 2 },
      { ...careSites.sintJan, positions: 2 },
      { ...careSites.watermolen, positions: 2 },
    ],
  },
  {
    key: 'care-vig',
    employer: 'care',
    occupation: 'care-worker-vig',
    title: 'Zorgmedewerker niveau 3 (VIG)',
    tasks: [
      'Persoonlijke verzorging van bewoners met dementie',
      'Medicatie klaarzetten, toedienen en aftekenen',
      'Wondzorg en meten van bloeddruk en bloedsuiker',
      'Rapporteren in het ECD en overdragen aan de volgende dienst',
    ],
    hours: [24, 32],
    salary: [2700, 3700],
    contract: 'permanent',
    cao: 'vvt',
    extra: [['language.dutch-b1', 'essential', 2]],
    description:
      'Verzorgende IG in een klein team op een psychogeriatrische afdeling. Werk je nog niet als VIG? Vraag naar ons verkorte leerwerktraject.',
    sites: [careSites.leijen, careSites.populier, { ...careSites.hintham, positions: 2 }],
  },
  {
    key: 'care-vig-bbl',
    employer: 'care',
    occupation: 'care-worker-vig',
    title: 'Leerling verzorgende IG (zij-instroom)',
    tasks: [
      'Bewoners verzorgen onder begeleiding van een werkbegeleider',
      'Eén dag per week naar school voor de opleiding VIG',
      'Rapporteren in het ECD',
    ],
    hours: [28, 32],
    salary: [2300, 2800],
    contract: 'apprenticeship',
    cao: 'vvt',
    conditional: true,
    shadowing: true,
    learnable: [
      'care.medication',
      'care.wound-care',
      'care.vital-signs',
      'care.care-plan',
      'care.ecd',
      'care.transfers',
    ],
    description:
      'Voorwaardelijk contract: je tekent bij ons en haalt in 18 maanden je diploma VIG; wij betalen opleiding en boeken.',
    sites: [
      { ...careSites.watermolen, positions: 3 },
      { ...careSites.sintJan, positions: 2 },
    ],
  },
  {
    key: 'care-host',
    employer: 'care',
    occupation: 'care-host',
    title: 'Gastvrouw/gastheer zorg',
    tasks: [
      'Ontbijt, lunch en koffie verzorgen in de huiskamers',
      'Maaltijden uitserveren volgens dieetwensen',
      'Een praatje maken en activiteiten ondersteunen',
      'De keuken en huiskamer schoonhouden volgens HACCP',
    ],
    hours: [16, 24],
    salary: [2200, 2750],
    contract: 'fixed_term',
    cao: 'vvt',
    shadowing: true,
    learnable: [
      'welfare.living-room',
      'welfare.wellbeing',
      'food.special-diets',
      'welfare.dementia',
    ],
    description:
      'Voor wie uit de horeca of catering komt: je gastvrijheid is hier goud waard. Kom eerst een dag meelopen.',
    sites: [
      { ...careSites.leijen, positions: 2 },
      careSites.populier,
      { ...careSites.hintham, positions: 2 },
    ],
  },
  {
    key: 'nutrition',
    employer: 'care',
    occupation: 'nutrition-assistant',
    title: 'Voedingsassistent',
    tasks: [
      'Maaltijden regenereren en portioneren in de afdelingskeuken',
      'Menukeuzes en dieetwensen registreren',
      'Maaltijden rondbrengen en de keuken schoonhouden',
    ],
    hours: [20, 32],
    salary: [2350, 2980],
    contract: 'permanent',
    cao: 'vvt',
    learnable: ['care.nutrition', 'food.special-diets', 'digital.data-registration'],
    description: 'Je zorgt dat iedere bewoner de maaltijd krijgt die bij hem past.',
    sites: [careSites.hintham, careSites.watermolen],
  },
  {
    key: 'csa',
    employer: 'care',
    occupation: 'sterile-services-technician',
    title: 'Medewerker Centrale Sterilisatie Afdeling (CSA)',
    tasks: [
      'Medische instrumenten reinigen, controleren en inpakken',
      'Sterilisatoren bedienen en het proces registreren',
      'Werken in een cleanroom volgens strikte protocollen',
    ],
    hours: [24, 36],
    salary: [2400, 3100],
    contract: 'fixed_term',
    cao: 'vvt',
    conditional: true,
    learnable: ['hygiene.sterilisation', 'hygiene.cleanroom'],
    description:
      'Nauwkeurig werk achter de schermen. Je volgt bij ons de opleiding Medewerker Steriele Medische Hulpmiddelen.',
    sites: [careSites.hintham],
  },
  {
    key: 'activities',
    employer: 'care',
    occupation: 'activity-coordinator',
    title: 'Activiteitenbegeleider',
    tasks: [
      'Dagactiviteiten bedenken en begeleiden voor bewoners met dementie',
      'Vrijwilligers aansturen',
      'Samenwerken met familie en het zorgteam',
    ],
    hours: [24, 28],
    salary: [2900, 3950],
    contract: 'permanent',
    cao: 'vvt',
    description:
      'Ervaring met evenementen of banqueting? Dan weet je hoe je een middag tot een feest maakt.',
    sites: [careSites.sintJan],
  },
  {
    key: 'home-help',
    employer: 'homecare',
    occupation: 'home-help',
    title: 'Huishoudelijk medewerker thuiszorg',
    tasks: [
      'Het huishouden doen bij cliënten thuis',
      'Was en linnengoed verzorgen',
      'Signaleren hoe het met de cliënt gaat',
    ],
    hours: [12, 24],
    salary: [2150, 2500],
    contract: 'permanent',
    cao: 'vvt',
    learnable: ['welfare.home-visits', 'welfare.household-tasks'],
    description: 'Je werkt zelfstandig in je eigen wijk, overdag en zonder weekenddiensten.',
    sites: [homeCareSites.uden, homeCareSites.veghel, homeCareSites.oss],
  },
  {
    key: 'district-nurse',
    employer: 'homecare',
    occupation: 'home-care-worker',
    title: 'Wijkverzorgende',
    tasks: [
      'Cliënten thuis verzorgen: wassen, steunkousen, medicatie en wondzorg',
      'Je eigen route plannen met de app',
      'Rapporteren in het ECD en contact houden met de huisarts',
    ],
    hours: [20, 32],
    salary: [2900, 3900],
    contract: 'permanent',
    cao: 'vvt',
    extra: [['transport.licence-b', 'essential', 1]],
    description: 'Verzorgende IG met rijbewijs B; auto of e-bike van de zaak.',
    sites: [homeCareSites.boxmeer, homeCareSites.cuijk],
  },

  // ── Technology ────────────────────────────────────────────────────────────────────────────
  {
    key: 'apprentice-installer',
    employer: 'tech',
    occupation: 'apprentice-installer',
    title: 'Leerling-monteur installatietechniek',
    tasks: [
      'Meewerken met een ervaren monteur aan installaties in woningen',
      'Leidingen leggen en sanitair monteren',
      'Materiaal klaarzetten en de bus inruimen',
    ],
    hours: [38, 40],
    salary: [2100, 2600],
    contract: 'apprenticeship',
    cao: 'technology',
    conditional: true,
    shadowing: true,
    learnable: [
      'tech.measuring',
      'tech.electrical-basics',
      'installation.pipe-fitting',
      'safety.vca-basic',
    ],
    description:
      'Geen technische achtergrond? Geen probleem: je krijgt een baangarantie en volgt vier dagen werken, één dag school (BBL niveau 2). Wij betalen je VCA.',
    sites: [{ ...techSites.oss, positions: 3 }, techSites.bosch, techSites.veghel],
  },
  {
    key: 'electrician',
    employer: 'tech',
    occupation: 'electrician',
    title: 'Monteur elektrotechniek',
    tasks: [
      'Elektrische installaties aanleggen in nieuwbouw en renovatie',
      'Groepenkasten aansluiten en installaties testen',
      'Storingen zoeken en verhelpen',
    ],
    hours: [38, 40],
    salary: [2700, 3600],
    contract: 'permanent',
    cao: 'technology',
    learnable: ['electrical.nen3140'],
    description: 'Je werkt in een vast duo aan woningbouwprojecten in de regio.',
    sites: [techSites.oss, techSites.bosch],
  },
  {
    key: 'solar',
    employer: 'tech',
    occupation: 'solar-installer',
    title: 'Zonnepanelenmonteur',
    tasks: [
      'Zonnepanelen en omvormers monteren op daken',
      'Kabels leggen en aansluiten op de meterkast',
      'Veilig werken op hoogte',
    ],
    hours: [32, 40],
    salary: [2500, 3200],
    contract: 'fixed_term',
    cao: 'technology',
    conditional: true,
    shadowing: true,
    learnable: [
      'electrical.solar-pv',
      'electrical.nen1010',
      'electrical.nen3140',
      'safety.working-at-heights',
    ],
    description: 'Buiten werken in een hecht team. Wij leiden je op tot zelfstandig monteur.',
    sites: [{ ...techSites.oss, positions: 2 }, techSites.uden],
  },
  {
    key: 'ev-charger',
    employer: 'tech',
    occupation: 'ev-charger-installer',
    title: 'Laadpaalmonteur',
    tasks: [
      'Laadpalen installeren bij particulieren en bedrijven',
      'De groepenkast aanpassen en de installatie in bedrijf stellen',
      'Klanten uitleg geven over het gebruik',
    ],
    hours: [36, 40],
    salary: [2800, 3600],
    contract: 'permanent',
    cao: 'technology',
    description: 'Je rijdt zelfstandig je route met een volledig ingerichte bus.',
    sites: [techSites.bosch],
  },
  {
    key: 'heating',
    employer: 'tech',
    occupation: 'heating-service-engineer',
    title: 'Servicemonteur cv en warmtepompen',
    tasks: [
      'Onderhoud en storingen aan cv-ketels en warmtepompen',
      'Klanten thuis adviseren',
      'Werkbonnen digitaal invullen',
    ],
    hours: [38, 40],
    salary: [2900, 3900],
    contract: 'permanent',
    cao: 'technology',
    learnable: ['installation.heat-pumps'],
    description: 'Je bent het gezicht van ons bedrijf bij de klant thuis.',
    sites: [techSites.oss, techSites.zaltbommel],
  },
  {
    key: 'plumbing',
    employer: 'tech',
    occupation: 'installation-mechanic',
    title: 'Monteur werktuigbouwkundige installaties',
    tasks: ['Leidingwerk, sanitair en ventilatie aanleggen', 'Installaties opleveren en inregelen'],
    hours: [38, 40],
    salary: [2700, 3600],
    contract: 'permanent',
    cao: 'technology',
    description: 'Projecten in de utiliteitsbouw: scholen, zorginstellingen en kantoren.',
    sites: [techSites.veghel],
  },
  {
    key: 'maintenance',
    employer: 'tech',
    occupation: 'maintenance-technician',
    title: 'Monteur technische dienst (detachering voedingsindustrie)',
    tasks: [
      'Preventief onderhoud aan productielijnen',
      'Storingen verhelpen in ploegendienst',
      'Verbeteringen voorstellen',
    ],
    hours: [36, 40],
    salary: [3000, 4000],
    contract: 'permanent',
    cao: 'technology',
    description: 'Je werkt bij een voedingsmiddelenfabrikant in Oss.',
    sites: [techSites.oss],
  },
  {
    key: 'work-planner',
    employer: 'tech',
    occupation: 'installation-work-planner',
    title: 'Werkvoorbereider installatietechniek',
    tasks: [
      'Tekeningen en materiaalstaten maken',
      'Planning maken met monteurs en onderaannemers',
      'Bestellingen doen en de voortgang bewaken',
    ],
    hours: [36, 40],
    salary: [3300, 4500],
    contract: 'permanent',
    cao: 'technology',
    description: 'Plannen is je tweede natuur; techniek leren we je.',
    sites: [{ ...techSites.oss, draft: true }],
  },

  // ── Logistics ─────────────────────────────────────────────────────────────────────────────
  {
    key: 'order-picker',
    employer: 'logistics',
    occupation: 'order-picker',
    title: 'Orderpicker',
    tasks: [
      'Orders verzamelen met een handscanner',
      'Rijden met een elektrische pallettruck',
      'Rolcontainers klaarzetten voor transport',
    ],
    hours: [32, 40],
    salary: [2200, 2500],
    contract: 'fixed_term',
    cao: 'logistics',
    shadowing: true,
    learnable: ['logistics.pallet-truck', 'digital.handheld-scanner', 'logistics.picking-accuracy'],
    description: 'Werken in twee ploegen met ploegentoeslag. Na een jaar een vast contract.',
    sites: [
      { ...logisticsSites.doornhoek, positions: 8 },
      { ...logisticsSites.foodpark, positions: 5 },
      { ...logisticsSites.oss, positions: 3 },
      { ...logisticsSites.uden, positions: 4 },
    ],
  },
  {
    key: 'warehouse',
    employer: 'logistics',
    occupation: 'warehouse-worker',
    title: 'Magazijnmedewerker',
    tasks: [
      'Goederen ontvangen, controleren en opslaan',
      'Voorraad tellen en retouren verwerken',
      'Werken met het WMS',
    ],
    hours: [36, 40],
    salary: [2300, 2750],
    contract: 'permanent',
    cao: 'logistics',
    learnable: ['logistics.wms', 'logistics.putaway', 'logistics.stock-counting'],
    description: 'Ervaring met voorraadbeheer in een keuken of restaurant telt mee.',
    sites: [logisticsSites.doornhoek, logisticsSites.foodpark, logisticsSites.uden],
  },
  {
    key: 'forklift',
    employer: 'logistics',
    occupation: 'forklift-driver',
    title: 'Heftruckchauffeur (certificaat via ons)',
    tasks: [
      'Vrachtwagens laden en lossen met de heftruck',
      'Pallets wegzetten en zekeren',
      'De dagelijkse controle van je heftruck',
    ],
    hours: [38, 40],
    salary: [2400, 2850],
    contract: 'fixed_term',
    cao: 'logistics',
    conditional: true,
    shadowing: true,
    learnable: [
      'logistics.forklift',
      'logistics.forklift-certificate',
      'logistics.equipment-check',
    ],
    description:
      'Geen heftruckcertificaat? Je haalt het in de eerste week bij ons, op onze kosten, met baangarantie.',
    sites: [
      { ...logisticsSites.doornhoek, positions: 2 },
      { ...logisticsSites.oss, positions: 2 },
    ],
  },
  {
    key: 'reach-truck',
    employer: 'logistics',
    occupation: 'reach-truck-driver',
    title: 'Reachtruckchauffeur',
    tasks: ['Pallets op hoogte wegzetten en uithalen', 'Locaties bijhouden in het WMS'],
    hours: [38, 40],
    salary: [2450, 2900],
    contract: 'permanent',
    cao: 'logistics',
    description: 'Werken in het koel- en vriesmagazijn; warme werkkleding krijg je van ons.',
    sites: [logisticsSites.foodpark],
  },
  {
    key: 'goods-receipt',
    employer: 'logistics',
    occupation: 'goods-receipt-clerk',
    title: 'Medewerker goederenontvangst',
    tasks: [
      'Binnenkomende leveringen controleren op aantal en kwaliteit',
      'Afwijkingen registreren',
    ],
    hours: [32, 40],
    salary: [2350, 2750],
    contract: 'permanent',
    cao: 'logistics',
    learnable: ['logistics.returns', 'logistics.wms'],
    description: 'Je controleert ook de koelketen: temperaturen meten ken je uit de keuken.',
    sites: [logisticsSites.foodpark],
  },
  {
    key: 'shipping',
    employer: 'logistics',
    occupation: 'shipping-clerk',
    title: 'Expeditiemedewerker',
    tasks: ['Zendingen verzendklaar maken', 'Vrachtbrieven opstellen', 'Contact met vervoerders'],
    hours: [36, 40],
    salary: [2400, 2850],
    contract: 'permanent',
    cao: 'logistics',
    description: 'Een spilfunctie tussen magazijn en chauffeurs.',
    sites: [logisticsSites.doornhoek],
  },
  {
    key: 'team-leader',
    employer: 'logistics',
    occupation: 'warehouse-team-leader',
    title: 'Teamleider logistiek',
    tasks: [
      'Een team van 15 orderpickers aansturen',
      'Roosters maken en prestaties bewaken',
      'Nieuwe collega’s inwerken',
    ],
    hours: [38, 40],
    salary: [3100, 3900],
    contract: 'permanent',
    cao: 'logistics',
    learnable: ['logistics.kpi-monitoring', 'logistics.wms', 'safety.vca-vol'],
    description:
      'Leidinggevende ervaring in de catering of horeca? Leidinggeven, roosters en drukte ken je al.',
    sites: [logisticsSites.uden],
  },
  {
    key: 'truck-driver',
    employer: 'logistics',
    occupation: 'truck-driver',
    title: 'Chauffeur C/CE in opleiding',
    tasks: ['Supermarkten in de regio bevoorraden', 'Laden, lossen en de koelketen bewaken'],
    hours: [40, 45],
    salary: [2600, 3100],
    contract: 'fixed_term',
    cao: 'logistics',
    conditional: true,
    learnable: [
      'transport.licence-c',
      'transport.licence-ce',
      'transport.code-95',
      'transport.truck-driving',
    ],
    description:
      'Wij betalen je rijbewijs C en code 95 (± 10 weken) en geven een baangarantie als je slaagt.',
    sites: [{ ...logisticsSites.foodpark, positions: 3 }],
  },
  {
    key: 'transport-planner',
    employer: 'logistics',
    occupation: 'transport-planner',
    title: 'Transportplanner',
    tasks: ['Ritten plannen voor 40 wagens', 'Klanten en chauffeurs informeren bij vertraging'],
    hours: [38, 40],
    salary: [2900, 3700],
    contract: 'permanent',
    cao: 'logistics',
    description: 'Stressbestendig en goed met mensen: ideaal voor een ervaren locatiemanager.',
    sites: [{ ...logisticsSites.doornhoek, draft: true }],
  },

  // ── Education ─────────────────────────────────────────────────────────────────────────────
  {
    key: 'teaching-assistant',
    employer: 'schools',
    occupation: 'teaching-assistant',
    title: 'Onderwijsassistent',
    tasks: [
      'Kleine groepen leerlingen begeleiden bij lezen en rekenen',
      'De leerkracht ondersteunen in de klas',
      'Toezicht houden in de pauzes',
    ],
    hours: [20, 32],
    salary: [2700, 3600],
    contract: 'fixed_term',
    cao: 'primary',
    conditional: true,
    shadowing: true,
    learnable: [
      'education.reading-maths-support',
      'education.special-needs',
      'education.lesson-preparation',
    ],
    description: 'Zij-instroom mogelijk: je volgt de opleiding onderwijsassistent naast je werk.',
    sites: [schoolSites.regenboog, schoolSites.palet, schoolSites.horizon],
  },
  {
    key: 'primary-teacher',
    employer: 'schools',
    occupation: 'primary-teacher',
    title: 'Leerkracht basisonderwijs (zij-instroom)',
    tasks: [
      'Lesgeven aan groep 5/6',
      'Ouders en collega’s betrekken bij de ontwikkeling van kinderen',
    ],
    hours: [24, 40],
    salary: [3600, 5400],
    contract: 'fixed_term',
    cao: 'primary',
    conditional: true,
    learnable: ['education.teaching-qualification', 'education.didactics', 'education.assessment'],
    description:
      'Zij-instroomtraject: met een hbo-diploma start je direct voor de klas en haal je binnen twee jaar je bevoegdheid. Wij betalen de opleiding.',
    sites: [schoolSites.palet, schoolSites.horizon],
  },
  {
    key: 'secondary-teacher',
    employer: 'schools',
    occupation: 'secondary-teacher',
    title: 'Docent consumptieve techniek / koken (zij-instroom vmbo)',
    tasks: ['Praktijklessen koken en gastvrijheid geven', 'Leerlingen begeleiden naar stages'],
    hours: [20, 32],
    salary: [3700, 5500],
    contract: 'fixed_term',
    cao: 'secondary',
    conditional: true,
    learnable: ['education.teaching-qualification', 'education.didactics', 'education.assessment'],
    extra: [
      ['hospitality.cooking-techniques', 'essential', 3],
      ['food.haccp', 'essential', 2],
    ],
    description:
      'Ben je (zelfstandig werkend) kok of locatiemanager? Breng je vak over op de volgende generatie.',
    sites: [schoolSites.college],
  },
  {
    key: 'caretaker',
    employer: 'schools',
    occupation: 'school-caretaker',
    title: 'Conciërge',
    tasks: ['Gebouw openen en sluiten', 'Kleine reparaties', 'Post, sleutels en vergaderruimtes'],
    hours: [24, 36],
    salary: [2400, 3100],
    contract: 'permanent',
    cao: 'secondary',
    learnable: ['safety.bhv', 'facility.key-management'],
    description: 'Het aanspreekpunt van de school voor leerlingen, ouders en leveranciers.',
    sites: [schoolSites.college, schoolSites.gestel],
  },
  {
    key: 'toa',
    employer: 'schools',
    occupation: 'technical-teaching-assistant',
    title: 'Technisch onderwijsassistent (TOA)',
    tasks: [
      'Practica voorbereiden voor natuurkunde en techniek',
      'Leerlingen helpen in het lokaal',
    ],
    hours: [20, 28],
    salary: [2700, 3700],
    contract: 'fixed_term',
    cao: 'secondary',
    description: 'Technisch handig en goed met jongeren.',
    sites: [schoolSites.gestel],
  },

  // ── ICT ───────────────────────────────────────────────────────────────────────────────────
  {
    key: 'service-desk',
    employer: 'ict',
    occupation: 'service-desk-employee',
    title: 'Servicedesk medewerker (traineeship)',
    tasks: [
      'Gebruikers helpen via telefoon, chat en op afstand',
      'Meldingen registreren en afhandelen in TOPdesk',
      'Accounts beheren in Microsoft 365',
    ],
    hours: [32, 40],
    salary: [2600, 3300],
    contract: 'fixed_term',
    cao: 'ict',
    conditional: true,
    shadowing: true,
    learnable: ['ict.itil', 'ict.m365-admin', 'ict.remote-support', 'ict.ticket-handling'],
    description:
      'Klantgericht en nieuwsgierig naar ICT? In ons traineeship (6 maanden) halen we samen je ITIL-certificaat.',
    sites: [{ ...ictSites.rosmalen, positions: 3 }, ictSites.bosch, ictSites.oss],
  },
  {
    key: 'workplace',
    employer: 'ict',
    occupation: 'workplace-technician',
    title: 'Werkplekbeheerder',
    tasks: ['Laptops en telefoons uitrollen', 'Storingen op locatie verhelpen'],
    hours: [36, 40],
    salary: [2900, 3800],
    contract: 'permanent',
    cao: 'ict',
    description: 'Je werkt op locatie bij zorginstellingen en scholen in de regio.',
    sites: [ictSites.rosmalen, ictSites.bosch],
  },
  {
    key: 'sysadmin',
    employer: 'ict',
    occupation: 'system-administrator',
    title: 'Systeembeheerder',
    tasks: ['Servers en cloudomgevingen beheren', 'Back-ups en monitoring inrichten'],
    hours: [36, 40],
    salary: [3600, 4800],
    contract: 'permanent',
    cao: 'ict',
    description: 'Voor een mkb-klantenbestand in Noordoost-Brabant.',
    sites: [ictSites.rosmalen],
  },
  {
    key: 'tester',
    employer: 'ict',
    occupation: 'software-tester',
    title: 'Junior softwaretester (omscholing)',
    tasks: [
      'Testgevallen schrijven en uitvoeren',
      'Bevindingen vastleggen',
      'Meedoen in een Scrum-team',
    ],
    hours: [32, 40],
    salary: [3000, 4000],
    contract: 'fixed_term',
    cao: 'ict',
    conditional: true,
    learnable: ['ict.test-automation', 'ict.sql', 'ict.agile'],
    description: 'Nauwkeurig en analytisch? Wij scholen je om tot tester, met baangarantie.',
    sites: [ictSites.rosmalen],
  },
  {
    key: 'web-developer',
    employer: 'ict',
    occupation: 'web-developer',
    title: 'Webdeveloper',
    tasks: ['Websites en webapps bouwen', 'Koppelingen maken met API’s'],
    hours: [32, 40],
    salary: [3200, 4500],
    contract: 'permanent',
    cao: 'ict',
    description: 'TypeScript, React en een team dat kennis deelt.',
    sites: [ictSites.rosmalen],
  },
  {
    key: 'data-analyst',
    employer: 'ict',
    occupation: 'data-analyst',
    title: 'Data-analist',
    tasks: ['Dashboards bouwen voor klanten', 'Datakwaliteit bewaken'],
    hours: [32, 40],
    salary: [3700, 5000],
    contract: 'permanent',
    cao: 'ict',
    description: 'Je maakt cijfers begrijpelijk voor zorg- en onderwijsklanten.',
    sites: [ictSites.bosch],
  },
  {
    key: 'ecd-manager',
    employer: 'care',
    occupation: 'application-manager',
    title: 'Functioneel beheerder ECD',
    tasks: [
      'Het elektronisch cliëntdossier inrichten en beheren',
      'Zorgmedewerkers trainen in het ECD',
      'Wijzigingen testen en uitrollen',
    ],
    hours: [32, 36],
    salary: [3500, 4700],
    contract: 'permanent',
    cao: 'vvt',
    extra: [['care.ecd', 'essential', 2]],
    description: 'De brug tussen zorg en ICT binnen onze zorggroep.',
    sites: [careSites.hintham],
  },

  // ── Hospitality (the hotel also hires) ────────────────────────────────────────────────────
  {
    key: 'hotel-reception',
    employer: 'hotel',
    occupation: 'hotel-receptionist',
    title: 'Receptionist',
    tasks: ['Gasten in- en uitchecken', 'Reserveringen beheren', 'Gasten informeren over de stad'],
    hours: [24, 32],
    salary: [2300, 2700],
    contract: 'fixed_term',
    cao: 'horeca',
    description: 'Wisselende diensten in een gastvrij stadshotel.',
    sites: [{ label: 'Hotel Het Bossche Broek', city: "'s-Hertogenbosch", postcode: '5211 VT' }],
  },
  {
    key: 'hotel-housekeeping',
    employer: 'hotel',
    occupation: 'housekeeping-attendant',
    title: 'Medewerker housekeeping',
    tasks: ['Hotelkamers schoonmaken en opmaken', 'Linnen en voorraad bijhouden'],
    hours: [16, 24],
    salary: [2200, 2400],
    contract: 'on_call',
    cao: 'horeca',
    description: 'Overdag werken, ook in het weekend.',
    sites: [{ label: 'Hotel Het Bossche Broek', city: "'s-Hertogenbosch", postcode: '5211 VT' }],
  },
];

export interface DemoHiringSide {
  /** Organisation ids by key: those of demo-region.ts plus the extra ones created here. */
  orgIds: Map<string, string>;
  /** The first vacancy of each template, by template key (for job-shadowing slots). */
  vacancyIds: Map<string, string>;
  vacancies: number;
}

const addDays = (now: Date, days: number): string =>
  new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Ids of starter concepts by code; a code the taxonomy does not know is a bug in this file. */
async function starterIds(db: Db) {
  const skillRows = await db
    .select({ id: skills.id, uri: skills.uri })
    .from(skills)
    .where(eq(skills.scheme, 'starter'));
  const occupationRows = await db
    .select({ id: occupations.id, uri: occupations.uri })
    .from(occupations)
    .where(eq(occupations.scheme, 'starter'));
  const skillByUri = new Map(skillRows.map((r) => [r.uri, r.id]));
  const occupationByUri = new Map(occupationRows.map((r) => [r.uri, r.id]));
  const need = (map: Map<string, number>, uri: string) => {
    const id = map.get(uri);
    if (id === undefined) throw new Error(`demo data: ${uri} is not in the starter taxonomy`);
    return id;
  };
  return {
    skill: (code: string) => need(skillByUri, starterSkillUri(code)),
    occupation: (code: string) => need(occupationByUri, starterOccupationUri(`occupation.${code}`)),
  };
}

function requirementsOf(t: VacancyTemplate, skill: (code: string) => number): RequirementInput[] {
  return [
    ...(t.learnable ?? []).map((code) => ({
      skillId: skill(code),
      importance: 'essential' as const,
      learnable: true,
      minLevel: 1,
    })),
    ...(t.extra ?? []).map(([code, importance, minLevel]) => ({
      skillId: skill(code),
      importance,
      learnable: false,
      minLevel,
    })),
  ];
}

/**
 * Seeds the hiring side. Requirements start from the occupation (fromOccupation); the template's
 * learnable skills and extra requirements override them, as an employer editing the list would.
 */
export async function seedDemoVacancies(
  db: Db,
  ctx: { regionId: string; orgIds: Map<string, string>; now: Date },
): Promise<DemoHiringSide> {
  const orgIds = new Map(ctx.orgIds);
  for (const org of extraDemoOrganisations) {
    const created = await createOrganisation(db, null, {
      regionId: ctx.regionId,
      name: org.name,
      kinds: org.kinds,
      sector: org.sector,
      city: org.city,
      postcode: org.postcode,
    });
    orgIds.set(org.key, created.id);
  }
  const ids = await starterIds(db);
  const vacancyIds = new Map<string, string>();
  let n = 0;
  for (const t of templates) {
    for (const site of t.sites) {
      const vacancy = await insertPostedVacancy(
        db,
        null,
        {
          employerId: orgIds.get(t.employer),
          title: `${t.title} – ${site.label}`,
          occupationId: ids.occupation(t.occupation),
          fromOccupation: true,
          requirements: requirementsOf(t, ids.skill),
          tasks: t.tasks,
          description: t.description,
          hoursMin: t.hours[0],
          hoursMax: t.hours[1],
          salaryMin: t.salary[0],
          salaryMax: t.salary[1],
          postcode: site.postcode,
          city: site.city,
          // Deterministic spread of start dates over the coming three months.
          startDate: addDays(ctx.now, 14 + ((n * 11) % 84)),
          positions: site.positions ?? 1,
          contractType: t.contract,
          conditionalContract: t.conditional ?? false,
          jobShadowing: t.shadowing ?? false,
          conditions: conditions[t.cao],
          status: site.draft ? 'draft' : 'open',
        },
        ctx.now,
      );
      if (!vacancyIds.has(t.key)) vacancyIds.set(t.key, vacancy.id);
      n++;
    }
  }
  await seedRedundancyNotices(db, orgIds, ids.occupation, ctx.now);
  return { orgIds, vacancyIds, vacancies: n };
}

/** The two catering employers of the pilot report their redundancy (rapid response). */
async function seedRedundancyNotices(
  db: Db,
  orgIds: Map<string, string>,
  occupation: (code: string) => number,
  now: Date,
): Promise<void> {
  await reportRedundancy(
    db,
    null,
    {
      employerId: orgIds.get('catering-a'),
      expectedDate: addDays(now, 90),
      peopleCount: 20,
      occupationIds: [
        occupation('catering-employee'),
        occupation('cook'),
        occupation('kitchen-assistant'),
      ],
      reason:
        'Bedrijfsrestaurants bij opdrachtgevers sluiten of draaien op halve kracht doordat medewerkers blijvend thuiswerken.',
      socialPlan: true,
      socialPlanFunds: ['training', 'transition_payment', 'outplacement'],
      contactName: 'Ilse van Dijk (HR)',
      contactEmail: 'hr@cateringgroep-maasland.demo',
      contactPhone: '0412 123 456',
    },
    now,
  );
  await reportRedundancy(
    db,
    null,
    {
      employerId: orgIds.get('catering-b'),
      expectedDate: addDays(now, 120),
      peopleCount: 12,
      occupationIds: [occupation('catering-employee'), occupation('host')],
      reason: 'Twee contracten met opdrachtgevers in de zakelijke dienstverlening zijn opgezegd.',
      socialPlan: false,
      socialPlanFunds: [],
      contactName: 'Marco Verhoeven',
      contactEmail: 'personeelszaken@bedrijfsrestaurants-demeierij.demo',
    },
    now,
  );
}
