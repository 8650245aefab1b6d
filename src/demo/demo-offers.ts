import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import type {
  CreateServiceBody,
  FundingScheme,
  Modality,
  ServiceKind,
} from '../modules/offers/contracts.ts';
import { offerShadowingSlot } from '../modules/offers/use-cases/offer-shadowing-slot.ts';
import { planMatchingEvent } from '../modules/offers/use-cases/plan-matching-event.ts';
import { publishService } from '../modules/offers/use-cases/publish-service.ts';
import { publishTraining } from '../modules/offers/use-cases/publish-training.ts';
import type { OrganisationKind, Sector } from '../modules/organisations/contracts.ts';
import { createOrganisation } from '../modules/organisations/use-cases/create-organisation.ts';
import { skills } from '../modules/taxonomy/schema.ts';
import { starterSkillUri } from '../modules/taxonomy/use-cases/load-starter-taxonomy.ts';

/**
 * The offer catalogue of the demo region: trainings that close the gaps between contract
 * catering and care, logistics, technology, education and ICT; the coaching and other services
 * of the pilot (talent scan, grief counselling, IPS, NT2, starting as self-employed); a few
 * job-shadowing slots and the two matching events. Fixed data; dates follow the seed's `now`.
 * Costs and durations are realistic round figures for the Netherlands, not quotes.
 */

/** A third provider besides Vakschool Maasland and Loopbaanbureau Nieuwe Kansen. */
export const extraDemoProvider: {
  key: string;
  name: string;
  kinds: OrganisationKind[];
  sector: Sector;
  city: string;
  postcode: string;
} = {
  key: 'practice-centre',
  name: 'Praktijkcentrum Logistiek & Techniek',
  kinds: ['training_provider'],
  sector: 'logistics',
  city: 'Veghel',
  postcode: '5462 GE',
};

interface DemoTraining {
  provider: 'school' | 'coach' | 'practice-centre';
  name: string;
  qualification: string | null;
  sector: Sector | null;
  weeks: number;
  hoursPerWeek: number;
  costEur: number;
  /** Start dates as days after the seed; empty with a continuous intake. */
  startsInDays: number[];
  continuousIntake?: boolean;
  modality: Modality;
  city: string;
  postcode: string;
  funding: FundingScheme[];
  entryRequirements: string | null;
  /** [skill code, level reached] */
  skills: [string, number][];
  description: string;
}

const school = { city: "'s-Hertogenbosch", postcode: '5212 AH' };
const coach = { city: 'Uden', postcode: '5401 HN' };
const centre = { city: 'Veghel', postcode: '5462 GE' };
/** Roughly the first of each coming month. */
const monthly = [30, 60, 91, 121, 152, 182];
const everyTwoWeeks = [10, 24, 38, 52, 66, 80];

const trainings: DemoTraining[] = [
  // ── Care and welfare ──────────────────────────────────────────────────────────────────────
  {
    provider: 'school',
    ...school,
    name: 'Helpende Zorg en Welzijn (BBL, versneld voor zij-instromers)',
    qualification: 'MBO-diploma Helpende Zorg en Welzijn (niveau 2)',
    sector: 'care',
    weeks: 40,
    hoursPerWeek: 8,
    costEur: 1950,
    startsInDays: [45, 227],
    modality: 'blended',
    funding: ['training_fund', 'employer', 'stap'],
    entryRequirements: 'Leerwerkplek bij een zorgorganisatie; Nederlands op A2-niveau',
    skills: [
      ['care.washing-dressing', 2],
      ['care.eating-support', 2],
      ['care.continence-care', 2],
      ['care.oral-care', 2],
      ['care.bed-making', 2],
      ['care.fall-prevention', 2],
      ['care.ecd', 1],
      ['welfare.wellbeing', 2],
      ['welfare.household-tasks', 2],
      ['transversal.observation', 2],
    ],
    description:
      'Eén dag per week school, de rest leer je in de praktijk. Vrijstellingen voor hygiëne en klantcontact als je uit de catering komt.',
  },
  {
    provider: 'school',
    ...school,
    name: 'Verzorgende IG (BBL, verkort traject)',
    qualification: 'MBO-diploma Verzorgende-IG (niveau 3)',
    sector: 'care',
    weeks: 78,
    hoursPerWeek: 8,
    costEur: 3900,
    startsInDays: [45, 227],
    modality: 'blended',
    funding: ['training_fund', 'employer'],
    entryRequirements: 'Leerwerkplek in de zorg; Nederlands op B1-niveau',
    skills: [
      ['care.vital-signs', 2],
      ['care.medication', 2],
      ['care.wound-care', 2],
      ['care.transfers', 2],
      ['care.care-plan', 2],
      ['care.ecd', 2],
      ['care.injections', 2],
      ['care.blood-glucose', 2],
      ['care.handover', 2],
      ['hygiene.infection-prevention', 2],
    ],
    description: 'Het verkorte traject voor wie al werkt als helpende of een leerwerkplek heeft.',
  },
  {
    provider: 'school',
    ...school,
    name: 'Gastvrouw/gastheer in de zorg',
    qualification: 'Certificaat Gastvrouw/-heer Zorg',
    sector: 'care',
    weeks: 8,
    hoursPerWeek: 6,
    costEur: 650,
    startsInDays: monthly.slice(0, 4),
    modality: 'classroom',
    funding: ['training_fund', 'uwv', 'stap'],
    entryRequirements: null,
    skills: [
      ['welfare.living-room', 2],
      ['welfare.wellbeing', 1],
      ['welfare.dementia', 1],
      ['food.special-diets', 2],
      ['care.eating-support', 1],
      ['care.client-privacy', 1],
    ],
    description: 'De stap van catering naar zorg: gastvrijheid voor bewoners met dementie.',
  },
  {
    provider: 'school',
    ...school,
    name: 'Voedingsassistent in de zorg',
    qualification: 'Certificaat Voedingsassistent',
    sector: 'care',
    weeks: 12,
    hoursPerWeek: 6,
    costEur: 890,
    startsInDays: [30, 121],
    modality: 'blended',
    funding: ['training_fund', 'employer', 'stap'],
    entryRequirements: 'HACCP-kennis is een pré',
    skills: [
      ['care.nutrition', 2],
      ['food.special-diets', 2],
      ['food.allergens', 2],
      ['catering.meal-distribution', 2],
      ['digital.data-registration', 1],
    ],
    description: 'Diëten, allergenen en maaltijdregistratie in ziekenhuis en verpleeghuis.',
  },
  {
    provider: 'school',
    ...school,
    name: 'Medewerker Steriele Medische Hulpmiddelen (CSA)',
    qualification: 'Certificaat Medewerker Steriele Medische Hulpmiddelen',
    sector: 'care',
    weeks: 26,
    hoursPerWeek: 4,
    costEur: 2450,
    startsInDays: [60, 240],
    modality: 'blended',
    funding: ['employer', 'training_fund'],
    entryRequirements: 'Werkzaam op een CSA',
    skills: [
      ['hygiene.sterilisation', 2],
      ['hygiene.cleanroom', 2],
      ['hygiene.infection-prevention', 2],
    ],
    description: 'Reinigen, desinfecteren en steriliseren van medische instrumenten.',
  },
  {
    provider: 'school',
    ...school,
    name: 'Pedagogisch medewerker kinderopvang (verkort)',
    qualification: 'MBO-diploma Pedagogisch Medewerker (niveau 3)',
    sector: 'care',
    weeks: 52,
    hoursPerWeek: 8,
    costEur: 2800,
    startsInDays: [45],
    modality: 'blended',
    funding: ['training_fund', 'employer', 'stap'],
    entryRequirements: 'Nederlands op B2-niveau',
    skills: [
      ['childcare.child-development', 2],
      ['childcare.pedagogical-climate', 2],
      ['childcare.play-activities', 2],
      ['childcare.caring-for-children', 2],
      ['childcare.observing-children', 2],
      ['childcare.parent-contact', 2],
    ],
    description: 'Voor zij-instromers met een leerwerkplek in de kinderopvang.',
  },
  {
    provider: 'coach',
    ...coach,
    name: 'Oriëntatie op werken in de zorg (met meeloopdagen)',
    qualification: null,
    sector: 'care',
    weeks: 4,
    hoursPerWeek: 8,
    costEur: 450,
    startsInDays: monthly.slice(0, 3),
    modality: 'on_the_job',
    funding: ['uwv', 'municipality', 'training_fund'],
    entryRequirements: null,
    skills: [
      ['welfare.wellbeing', 1],
      ['care.client-privacy', 1],
      ['hygiene.hand-hygiene', 2],
      ['hygiene.infection-prevention', 1],
    ],
    description: 'Proef de zorg: twee dagdelen les, twee meeloopdagen bij een zorgorganisatie.',
  },

  // ── Logistics ─────────────────────────────────────────────────────────────────────────────
  {
    provider: 'practice-centre',
    ...centre,
    name: 'Heftruckcertificaat',
    qualification: 'Certificaat heftruckchauffeur (TCVT W3-01)',
    sector: 'logistics',
    weeks: 1,
    hoursPerWeek: 16,
    costEur: 450,
    startsInDays: everyTwoWeeks,
    modality: 'classroom',
    funding: ['uwv', 'training_fund', 'employer', 'stap'],
    entryRequirements: null,
    skills: [
      ['logistics.forklift', 2],
      ['logistics.forklift-certificate', 2],
      ['logistics.equipment-check', 2],
      ['logistics.load-securing', 1],
    ],
    description: 'Twee dagen theorie en praktijk, afgesloten met het TCVT-examen.',
  },
  {
    provider: 'practice-centre',
    ...centre,
    name: 'Reachtruckcertificaat',
    qualification: 'Certificaat reachtruckchauffeur (TCVT W3-02)',
    sector: 'logistics',
    weeks: 1,
    hoursPerWeek: 16,
    costEur: 495,
    startsInDays: everyTwoWeeks.slice(0, 4),
    modality: 'classroom',
    funding: ['uwv', 'training_fund', 'employer'],
    entryRequirements: 'Heftruckcertificaat is een pré',
    skills: [
      ['logistics.reach-truck', 2],
      ['logistics.reach-truck-certificate', 2],
    ],
    description: 'Werken op hoogte in het magazijn, veilig en volgens de norm.',
  },
  {
    provider: 'practice-centre',
    ...centre,
    name: 'Orderpicken, scanner en WMS (praktijktraining)',
    qualification: 'Praktijkverklaring orderpicker',
    sector: 'logistics',
    weeks: 2,
    hoursPerWeek: 16,
    costEur: 350,
    startsInDays: everyTwoWeeks,
    modality: 'on_the_job',
    funding: ['uwv', 'municipality', 'employer'],
    entryRequirements: null,
    skills: [
      ['logistics.order-picking', 2],
      ['logistics.picking-accuracy', 2],
      ['logistics.wms', 1],
      ['logistics.pallet-truck', 2],
      ['digital.handheld-scanner', 2],
    ],
    description: 'In ons oefenmagazijn: picken, scannen en de elektrische pallettruck.',
  },
  {
    provider: 'practice-centre',
    ...centre,
    name: 'Logistiek medewerker (BBL niveau 2)',
    qualification: 'MBO-diploma Logistiek Medewerker (niveau 2)',
    sector: 'logistics',
    weeks: 40,
    hoursPerWeek: 8,
    costEur: 1600,
    startsInDays: [45, 227],
    modality: 'blended',
    funding: ['training_fund', 'employer', 'stap'],
    entryRequirements: 'Leerwerkplek in een magazijn',
    skills: [
      ['logistics.goods-receipt', 2],
      ['logistics.putaway', 2],
      ['logistics.stock-counting', 2],
      ['logistics.shipping-documents', 2],
      ['logistics.wms', 2],
      ['logistics.returns', 2],
    ],
    description: 'Het erkende diploma naast je werk in het magazijn.',
  },
  {
    provider: 'practice-centre',
    ...centre,
    name: 'Rijbewijs C en vakbekwaamheid Code 95',
    qualification: 'Rijbewijs C met Code 95',
    sector: 'logistics',
    weeks: 10,
    hoursPerWeek: 24,
    costEur: 5900,
    startsInDays: [30, 121],
    modality: 'classroom',
    funding: ['training_fund', 'employer', 'uwv'],
    entryRequirements: 'Rijbewijs B; medische keuring',
    skills: [
      ['transport.licence-c', 2],
      ['transport.code-95', 2],
      ['transport.truck-driving', 2],
      ['transport.driving-hours', 2],
      ['logistics.load-securing', 2],
    ],
    description: 'De volledige chauffeursopleiding, met baangarantie bij deelnemende vervoerders.',
  },
  {
    provider: 'practice-centre',
    ...centre,
    name: 'Teamleider in de logistiek',
    qualification: 'Certificaat Operationeel Leidinggevende Logistiek',
    sector: 'logistics',
    weeks: 12,
    hoursPerWeek: 4,
    costEur: 1750,
    startsInDays: [60],
    modality: 'blended',
    funding: ['employer', 'stap'],
    entryRequirements: 'Leidinggevende ervaring',
    skills: [
      ['logistics.kpi-monitoring', 2],
      ['logistics.supply-chain', 2],
      ['logistics.wms', 2],
    ],
    description: 'Van leidinggevende in de catering naar teamleider in het distributiecentrum.',
  },

  // ── Safety certificates (every technical and logistic job asks for them) ──────────────────
  {
    provider: 'practice-centre',
    ...centre,
    name: 'VCA Basis (B-VCA)',
    qualification: 'Diploma B-VCA',
    sector: 'technology',
    weeks: 1,
    hoursPerWeek: 8,
    costEur: 195,
    startsInDays: everyTwoWeeks,
    modality: 'classroom',
    funding: ['uwv', 'training_fund', 'employer', 'municipality'],
    entryRequirements: null,
    skills: [
      ['safety.vca-basic', 2],
      ['safety.working-safely', 2],
      ['safety.risk-assessment', 2],
      ['safety.ppe', 2],
    ],
    description: 'Eén lesdag en het examen. Ook digitaal te volgen met examen op locatie.',
  },
  {
    provider: 'practice-centre',
    ...centre,
    name: 'VCA VOL',
    qualification: 'Diploma VOL-VCA',
    sector: 'technology',
    weeks: 1,
    hoursPerWeek: 16,
    costEur: 295,
    startsInDays: monthly.slice(0, 4),
    modality: 'classroom',
    funding: ['training_fund', 'employer'],
    entryRequirements: null,
    skills: [
      ['safety.vca-vol', 2],
      ['safety.risk-assessment', 2],
    ],
    description: 'Voor (aankomend) leidinggevenden op de werkvloer.',
  },
  {
    provider: 'practice-centre',
    ...centre,
    name: 'Bedrijfshulpverlening (BHV) basis',
    qualification: 'Certificaat BHV (NIBHV)',
    sector: null,
    weeks: 1,
    hoursPerWeek: 16,
    costEur: 245,
    startsInDays: monthly,
    modality: 'classroom',
    funding: ['employer', 'training_fund'],
    entryRequirements: null,
    skills: [
      ['safety.bhv', 2],
      ['safety.first-aid', 2],
      ['safety.fire-safety', 2],
    ],
    description: 'Eerste hulp, brand blussen en ontruimen.',
  },
  {
    provider: 'practice-centre',
    ...centre,
    name: 'Hoogwerker bedienen (IPAF)',
    qualification: 'IPAF-certificaat 3a/3b',
    sector: 'technology',
    weeks: 1,
    hoursPerWeek: 8,
    costEur: 425,
    startsInDays: monthly.slice(0, 4),
    modality: 'classroom',
    funding: ['employer', 'training_fund'],
    entryRequirements: 'VCA Basis',
    skills: [
      ['safety.aerial-platform', 2],
      ['safety.working-at-heights', 2],
    ],
    description: 'Veilig werken op hoogte voor monteurs en glazenwassers.',
  },

  // ── Technology ────────────────────────────────────────────────────────────────────────────
  {
    provider: 'school',
    ...school,
    name: 'Monteur installatietechniek (BBL niveau 2)',
    qualification: 'MBO-diploma Monteur Installatietechniek (niveau 2)',
    sector: 'technology',
    weeks: 52,
    hoursPerWeek: 8,
    costEur: 2200,
    startsInDays: [45, 227],
    modality: 'blended',
    funding: ['training_fund', 'employer', 'stap'],
    entryRequirements: 'Leerwerkplek bij een installatiebedrijf',
    skills: [
      ['tech.hand-tools', 2],
      ['tech.power-tools', 2],
      ['tech.measuring', 2],
      ['tech.electrical-basics', 2],
      ['tech.technical-drawings', 2],
      ['installation.pipe-fitting', 2],
      ['installation.soldering', 2],
      ['electrical.wiring', 1],
    ],
    description: 'Vier dagen werken, één dag school. Geen technische vooropleiding nodig.',
  },
  {
    provider: 'school',
    ...school,
    name: 'Eerste monteur elektrotechniek (BBL niveau 3)',
    qualification: 'MBO-diploma Eerste Monteur Elektrotechnische Installaties (niveau 3)',
    sector: 'technology',
    weeks: 104,
    hoursPerWeek: 8,
    costEur: 3400,
    startsInDays: [227],
    modality: 'blended',
    funding: ['training_fund', 'employer'],
    entryRequirements: 'Niveau 2 techniek of vergelijkbare ervaring',
    skills: [
      ['electrical.wiring', 3],
      ['electrical.distribution-boards', 2],
      ['electrical.schematics', 2],
      ['electrical.measuring-testing', 2],
      ['electrical.nen1010', 2],
      ['tech.fault-finding', 2],
    ],
    description: 'Door naar zelfstandig monteur in de woning- en utiliteitsbouw.',
  },
  {
    provider: 'practice-centre',
    ...centre,
    name: 'NEN 3140 Voldoend Onderricht Persoon (VOP)',
    qualification: 'Certificaat NEN 3140 VOP',
    sector: 'technology',
    weeks: 1,
    hoursPerWeek: 8,
    costEur: 395,
    startsInDays: monthly.slice(0, 4),
    modality: 'classroom',
    funding: ['employer', 'training_fund'],
    entryRequirements: null,
    skills: [
      ['electrical.nen3140', 2],
      ['tech.electrical-basics', 1],
    ],
    description: 'Veilig werken aan of nabij elektrische installaties.',
  },
  {
    provider: 'practice-centre',
    ...centre,
    name: 'Zonnepanelen installeren (praktijkcursus)',
    qualification: 'Praktijkcertificaat PV-monteur',
    sector: 'technology',
    weeks: 3,
    hoursPerWeek: 16,
    costEur: 1250,
    startsInDays: monthly.slice(0, 4),
    modality: 'on_the_job',
    funding: ['training_fund', 'employer', 'stap', 'uwv'],
    entryRequirements: 'VCA Basis',
    skills: [
      ['electrical.solar-pv', 2],
      ['electrical.nen1010', 1],
      ['safety.working-at-heights', 2],
      ['electrical.wiring', 1],
    ],
    description: 'Op ons oefendak: panelen plaatsen, bekabelen en de omvormer aansluiten.',
  },
  {
    provider: 'school',
    ...school,
    name: 'Warmtepompen installeren en onderhouden',
    qualification: 'Certificaat Monteur Warmtepompen',
    sector: 'technology',
    weeks: 6,
    hoursPerWeek: 8,
    costEur: 1850,
    startsInDays: [60, 152],
    modality: 'blended',
    funding: ['training_fund', 'employer', 'stap'],
    entryRequirements: 'Ervaring met cv-installaties',
    skills: [
      ['installation.heat-pumps', 2],
      ['installation.sustainable-energy', 2],
      ['tech.commissioning', 2],
    ],
    description: 'De energietransitie in: van cv-ketel naar warmtepomp.',
  },

  // ── Education ─────────────────────────────────────────────────────────────────────────────
  {
    provider: 'school',
    ...school,
    name: 'Onderwijsassistent (BBL niveau 4, zij-instroom)',
    qualification: 'MBO-diploma Onderwijsassistent (niveau 4)',
    sector: 'education',
    weeks: 52,
    hoursPerWeek: 8,
    costEur: 3100,
    startsInDays: [45],
    modality: 'blended',
    funding: ['employer', 'stap'],
    entryRequirements: 'Werkplek op een school; Nederlands op B2-niveau',
    skills: [
      ['education.small-groups', 2],
      ['education.reading-maths-support', 2],
      ['education.special-needs', 2],
      ['education.supervision', 2],
      ['education.lesson-preparation', 2],
      ['childcare.child-development', 2],
    ],
    description: 'Verkort traject met vrijstellingen voor werkervaring.',
  },
  {
    provider: 'school',
    ...school,
    name: 'Zij-instroom leraar basisonderwijs (geschiktheidsonderzoek en traject)',
    qualification: 'Bevoegdheid leraar basisonderwijs',
    sector: 'education',
    weeks: 104,
    hoursPerWeek: 8,
    costEur: 7500,
    startsInDays: [45, 227],
    modality: 'blended',
    funding: ['employer'],
    entryRequirements: 'Hbo- of wo-diploma; aanstelling bij een school',
    skills: [
      ['education.teaching-qualification', 3],
      ['education.didactics', 2],
      ['education.classroom-management', 2],
      ['education.differentiation', 2],
      ['education.assessment', 2],
    ],
    description: 'Werken en leren tegelijk; de school ontvangt de subsidie zij-instroom.',
  },

  // ── ICT ───────────────────────────────────────────────────────────────────────────────────
  {
    provider: 'school',
    ...school,
    name: 'Servicedesk medewerker ICT (omscholingstraject)',
    qualification: 'MBO-certificaat Servicedesk Medewerker ICT',
    sector: 'ict',
    weeks: 26,
    hoursPerWeek: 12,
    costEur: 3500,
    startsInDays: [45, 152],
    modality: 'blended',
    funding: ['stap', 'uwv', 'employer'],
    entryRequirements: 'Digitale basisvaardigheden',
    skills: [
      ['ict.user-support', 2],
      ['ict.ticket-handling', 2],
      ['ict.troubleshooting', 2],
      ['ict.remote-support', 2],
      ['ict.m365-admin', 1],
      ['ict.hardware', 1],
    ],
    description: 'Klantgericht werken, nu met ICT: de servicedesk als instap in de ICT.',
  },
  {
    provider: 'school',
    ...school,
    name: 'ITIL 4 Foundation',
    qualification: 'ITIL 4 Foundation (PeopleCert)',
    sector: 'ict',
    weeks: 2,
    hoursPerWeek: 8,
    costEur: 890,
    startsInDays: monthly.slice(0, 4),
    modality: 'online',
    funding: ['employer', 'stap'],
    entryRequirements: null,
    skills: [['ict.itil', 2]],
    description: 'Het examen voor wie op een servicedesk werkt of gaat werken.',
  },
  {
    provider: 'school',
    ...school,
    name: 'Softwaretester (omscholing)',
    qualification: 'ISTQB Foundation Level',
    sector: 'ict',
    weeks: 16,
    hoursPerWeek: 16,
    costEur: 4200,
    startsInDays: [60],
    modality: 'blended',
    funding: ['stap', 'employer', 'uwv'],
    entryRequirements: 'Mbo-4 denkniveau; assessment',
    skills: [
      ['ict.testing', 2],
      ['ict.test-automation', 1],
      ['ict.requirements', 2],
      ['ict.agile', 2],
      ['ict.sql', 1],
    ],
    description: 'Met baangarantie bij deelnemende ICT-bedrijven in de regio.',
  },

  // ── Language and digital skills (for every sector) ────────────────────────────────────────
  {
    provider: 'school',
    ...school,
    name: 'NT2 Nederlands op het werk (naar B1)',
    qualification: 'Staatsexamen NT2 programma I (B1)',
    sector: null,
    weeks: 20,
    hoursPerWeek: 6,
    costEur: 1200,
    startsInDays: [30, 121],
    modality: 'blended',
    funding: ['municipality', 'uwv', 'stap', 'employer'],
    entryRequirements: 'Nederlands op A2-niveau',
    skills: [
      ['language.dutch-b1', 2],
      ['language.dutch', 2],
      ['transversal.written-communication', 1],
    ],
    description: 'Taal van de werkvloer: overdracht, rapporteren en telefoneren.',
  },
  {
    provider: 'coach',
    ...coach,
    name: 'NT2 basis (naar A2), doorlopende instroom',
    qualification: null,
    sector: null,
    weeks: 16,
    hoursPerWeek: 4,
    costEur: 0,
    startsInDays: [],
    continuousIntake: true,
    modality: 'classroom',
    funding: ['municipality'],
    entryRequirements: null,
    skills: [
      ['language.dutch-a2', 2],
      ['language.dutch', 1],
    ],
    description: 'Kosteloos voor inwoners van de regio, via de gemeente.',
  },
  {
    provider: 'coach',
    ...coach,
    name: 'Digitale vaardigheden voor werk',
    qualification: null,
    sector: null,
    weeks: 6,
    hoursPerWeek: 3,
    costEur: 150,
    startsInDays: [],
    continuousIntake: true,
    modality: 'classroom',
    funding: ['municipality', 'uwv'],
    entryRequirements: null,
    skills: [
      ['digital.basic-computer', 2],
      ['digital.email', 2],
      ['digital.office-software', 1],
      ['digital.smartphone-apps', 2],
    ],
    description: 'Mailen, solliciteren online, werken met apps en roosters.',
  },
  {
    provider: 'coach',
    ...coach,
    name: 'Klantcontact en klachten in de dienstverlening',
    qualification: null,
    sector: 'office',
    weeks: 3,
    hoursPerWeek: 4,
    costEur: 395,
    startsInDays: monthly.slice(0, 3),
    modality: 'classroom',
    funding: ['uwv', 'stap', 'employer'],
    entryRequirements: null,
    skills: [
      ['office.customer-service', 2],
      ['transversal.complaint-handling', 2],
      ['transversal.telephone-skills', 2],
    ],
    description: 'Van de balie van het bedrijfsrestaurant naar klantenservice of receptie.',
  },
];

const services: (Omit<CreateServiceBody, 'providerId' | 'status'> & {
  provider: 'school' | 'coach' | 'practice-centre';
  kind: ServiceKind;
})[] = [
  {
    provider: 'coach',
    kind: 'career_coaching',
    name: 'Loopbaancoaching van werk naar werk',
    description:
      'Persoonlijke coach, loopbaanplan en begeleiding tot en met de eerste maanden in de nieuwe baan.',
    targetGroup: 'Werknemers met ontslag in zicht',
    durationWeeks: 12,
    costEur: 1800,
    capacity: 40,
    funding: ['training_fund', 'employer', 'uwv'],
  },
  {
    provider: 'coach',
    kind: 'talent_scan',
    name: 'Talenten- en interessescan',
    description: 'Online test en een gesprek: welke beroepen passen bij wat je kunt en wilt?',
    targetGroup: 'Iedereen die wil overstappen',
    durationWeeks: 2,
    costEur: 350,
    capacity: 60,
    funding: ['uwv', 'training_fund', 'stap'],
  },
  {
    provider: 'coach',
    kind: 'cv_training',
    name: 'Sollicitatietraining en cv-workshop',
    description: 'Een sterk cv, een motivatiebrief en oefenen met sollicitatiegesprekken.',
    targetGroup: 'Wie lang niet heeft gesolliciteerd',
    durationWeeks: 4,
    costEur: 295,
    capacity: 12,
    funding: ['uwv', 'municipality'],
  },
  {
    provider: 'coach',
    kind: 'cv_training',
    name: 'Online solliciteren en LinkedIn',
    description: 'Een profiel dat gevonden wordt en solliciteren via vacaturesites.',
    targetGroup: null,
    durationWeeks: 2,
    costEur: 150,
    capacity: 12,
    funding: ['uwv', 'municipality', 'stap'],
  },
  {
    provider: 'coach',
    kind: 'grief_counselling',
    name: 'Rouwverwerking na baanverlies',
    description:
      'Afscheid nemen van een baan en collega’s waar je soms tientallen jaren werkte. In een kleine groep, met een rouwtherapeut.',
    targetGroup: 'Boventalligen, vooral met een lang dienstverband',
    durationWeeks: 6,
    costEur: 650,
    capacity: 10,
    funding: ['employer', 'training_fund'],
  },
  {
    provider: 'coach',
    kind: 'ips',
    name: 'Individual Placement and Support (IPS)',
    description:
      'Snel naar betaald werk met een IPS-trajectbegeleider, in samenwerking met de GGZ.',
    targetGroup: 'Mensen met psychische klachten die willen werken',
    durationWeeks: 26,
    costEur: 3200,
    capacity: 15,
    funding: ['municipality', 'uwv'],
  },
  {
    provider: 'coach',
    kind: 'self_employment',
    name: 'Starten als zzp’er',
    description: 'Ondernemingsplan, financiën, acquisitie en de Bbz-regeling van de gemeente.',
    targetGroup: 'Wie voor zichzelf wil beginnen, bijvoorbeeld als cateraar of kok aan huis',
    durationWeeks: 8,
    costEur: 750,
    capacity: 12,
    funding: ['municipality', 'uwv', 'stap'],
  },
  {
    provider: 'coach',
    kind: 'career_coaching',
    name: 'Perspectief voor 50-plussers',
    description: 'Netwerken, je ervaring zichtbaar maken en vooroordelen het hoofd bieden.',
    targetGroup: 'Werkzoekenden van 50 jaar en ouder',
    durationWeeks: 4,
    costEur: 395,
    capacity: 12,
    funding: ['uwv'],
  },
  {
    provider: 'coach',
    kind: 'career_coaching',
    name: 'Outplacementtraject',
    description: 'Intensieve begeleiding naar een nieuwe baan, betaald door de werkgever.',
    targetGroup: 'Werknemers met een sociaal plan',
    durationWeeks: 16,
    costEur: 3500,
    capacity: 20,
    funding: ['employer'],
  },
  {
    provider: 'coach',
    kind: 'career_coaching',
    name: 'Jobcoaching na plaatsing',
    description:
      'Begeleiding op de nieuwe werkplek in de eerste maanden, zodat de overstap beklijft.',
    targetGroup: 'Zij-instromers in hun eerste baan in een nieuwe sector',
    durationWeeks: 26,
    costEur: 2400,
    capacity: 25,
    funding: ['uwv', 'employer'],
  },
  {
    provider: 'coach',
    kind: 'other',
    name: 'Financiële APK na ontslag',
    description: 'Wat betekent ontslag voor je inkomen, toeslagen en vaste lasten?',
    targetGroup: null,
    durationWeeks: 1,
    costEur: 0,
    capacity: 30,
    funding: ['municipality'],
  },
  {
    provider: 'coach',
    kind: 'language_nt2',
    name: 'Taalcafé en taalmaatje',
    description: 'Wekelijks oefenen met Nederlands praten, met een vrijwillige taalmaatje.',
    targetGroup: 'Anderstaligen',
    durationWeeks: null,
    costEur: 0,
    capacity: 40,
    funding: ['municipality'],
  },
  {
    provider: 'school',
    kind: 'language_nt2',
    name: 'NT2 intake en taaltoets',
    description:
      'Taalniveau bepalen (lezen, schrijven, spreken, luisteren) en advies over de passende cursus.',
    targetGroup: 'Anderstaligen die een opleiding of baan zoeken',
    durationWeeks: 1,
    costEur: 0,
    capacity: 50,
    funding: ['municipality', 'uwv'],
  },
  {
    provider: 'school',
    kind: 'language_nt2',
    name: 'Taalcoaching op de werkvloer',
    description: 'Een taalcoach begeleidt je op je nieuwe werkplek, met de woorden van jouw vak.',
    targetGroup: 'Zij-instromers met Nederlands onder B1',
    durationWeeks: 12,
    costEur: 950,
    capacity: 15,
    funding: ['employer', 'municipality', 'training_fund'],
  },
  {
    provider: 'school',
    kind: 'other',
    name: 'EVC-procedure (erkenning van verworven competenties)',
    description:
      'Je ervaring omgezet in een ervaringscertificaat, voor vrijstellingen in een opleiding.',
    targetGroup: 'Ervaren vakmensen zonder (passend) diploma',
    durationWeeks: 8,
    costEur: 1250,
    capacity: 20,
    funding: ['training_fund', 'stap', 'employer'],
  },
  {
    provider: 'practice-centre',
    kind: 'talent_scan',
    name: 'Praktijkassessment logistiek en techniek',
    description:
      'Een dag in het oefenmagazijn en de werkplaats: wat kun je al, wat moet je nog leren?',
    targetGroup: 'Zij-instromers richting logistiek of techniek',
    durationWeeks: 1,
    costEur: 250,
    capacity: 16,
    funding: ['uwv', 'training_fund', 'employer'],
  },
  {
    provider: 'practice-centre',
    kind: 'other',
    name: 'Werkfit-traject',
    description: 'Werkritme opbouwen in een leerwerkbedrijf, als opstap naar een baan.',
    targetGroup: 'Werkzoekenden die (nog) niet direct aan het werk kunnen',
    durationWeeks: 12,
    costEur: 2100,
    capacity: 20,
    funding: ['uwv', 'municipality'],
  },
];

const addDays = (now: Date, days: number): string =>
  new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export interface DemoOfferCounts {
  trainings: number;
  services: number;
  shadowingSlots: number;
  matchingEvents: number;
}

/**
 * Seeds the catalogue. Expects the hiring side seeded first: job-shadowing slots belong to
 * vacancies of demo-vacancies.ts (`vacancyIds`, by template key).
 */
export async function seedDemoOffers(
  db: Db,
  ctx: {
    regionId: string;
    orgIds: Map<string, string>;
    vacancyIds: Map<string, string>;
    now: Date;
  },
): Promise<DemoOfferCounts> {
  const orgIds = new Map(ctx.orgIds);
  const centre = await createOrganisation(db, null, {
    regionId: ctx.regionId,
    name: extraDemoProvider.name,
    kinds: extraDemoProvider.kinds,
    sector: extraDemoProvider.sector,
    city: extraDemoProvider.city,
    postcode: extraDemoProvider.postcode,
  });
  orgIds.set(extraDemoProvider.key, centre.id);
  const skillRows = await db
    .select({ id: skills.id, uri: skills.uri })
    .from(skills)
    .where(eq(skills.scheme, 'starter'));
  const skillByUri = new Map(skillRows.map((r) => [r.uri, r.id]));
  const skillId = (code: string) => {
    const id = skillByUri.get(starterSkillUri(code));
    if (id === undefined)
      throw new Error(`demo data: skill ${code} is not in the starter taxonomy`);
    return id;
  };

  for (const t of trainings) {
    await publishTraining(
      db,
      null,
      {
        providerId: orgIds.get(t.provider),
        name: t.name,
        description: t.description,
        qualification: t.qualification,
        sector: t.sector,
        weeks: t.weeks,
        hoursPerWeek: t.hoursPerWeek,
        costEur: t.costEur,
        continuousIntake: t.continuousIntake ?? false,
        startDates: t.startsInDays.map((d) => addDays(ctx.now, d)),
        modality: t.modality,
        city: t.city,
        postcode: t.postcode,
        funding: t.funding,
        entryRequirements: t.entryRequirements,
        status: 'published',
        skills: t.skills.map(([code, level]) => ({ skillId: skillId(code), level })),
      },
      ctx.now,
    );
  }
  for (const { provider, ...s } of services) {
    await publishService(
      db,
      null,
      { ...s, providerId: orgIds.get(provider), status: 'published' },
      ctx.now,
    );
  }

  const slots: [string, string, string, number, number, number, string][] = [
    ['care', 'care-host', 'Meeloopdag gastvrouw/gastheer zorg', 12, 12, 4, 'Rosmalen'],
    ['care', 'care-helper', 'Meeloopweek helpende zorg en welzijn', 19, 23, 2, 'Rosmalen'],
    ['tech', 'solar', 'Een dag mee met de zonnepanelenmonteurs', 15, 15, 2, 'Oss'],
    ['tech', 'apprentice-installer', 'Meelopen met een installatiemonteur', 26, 27, 2, 'Oss'],
    ['logistics', 'order-picker', 'Meeloopdag orderpicken in het DC', 9, 9, 6, 'Veghel'],
    ['logistics', 'forklift', 'Proefdraaien op de heftruck', 16, 16, 3, 'Veghel'],
    ['schools', 'teaching-assistant', 'Meeloopdag onderwijsassistent', 22, 22, 2, 'Schijndel'],
    ['ict', 'service-desk', 'Meekijken op de servicedesk', 13, 14, 2, 'Rosmalen'],
  ];
  for (const [employer, vacancyKey, title, from, to, capacity, city] of slots) {
    await offerShadowingSlot(
      db,
      null,
      {
        employerId: orgIds.get(employer),
        vacancyId: ctx.vacancyIds.get(vacancyKey) ?? null,
        title,
        startDate: addDays(ctx.now, from),
        endDate: addDays(ctx.now, to),
        capacity,
        city,
        status: 'published',
      },
      ctx.now,
    );
  }

  const events = [
    {
      title: 'Ombuigmarkt Zorg en Welzijn',
      sector: 'care' as const,
      date: addDays(ctx.now, 35),
      city: "'s-Hertogenbosch",
      venue: 'Provinciehuis Noord-Brabant',
      capacity: 250,
      description:
        'Zorg- en welzijnsorganisaties uit de regio ontmoeten werkzoekenden uit de catering, horeca en retail. Met gesprekken over leerwerkplekken en voorwaardelijke contracten.',
    },
    {
      title: 'Banenmarkt Techniek en Logistiek',
      sector: 'logistics' as const,
      date: addDays(ctx.now, 63),
      city: 'Veghel',
      venue: 'Praktijkcentrum Logistiek & Techniek',
      capacity: 200,
      description:
        'Distributiecentra en installatiebedrijven met vacatures, proefdraaien op de heftruck en in de werkplaats.',
    },
  ];
  for (const event of events) {
    await planMatchingEvent(
      db,
      null,
      { ...event, organiserId: orgIds.get('partnership'), status: 'published' },
      ctx.now,
    );
  }
  return {
    trainings: trainings.length,
    services: services.length,
    shadowingSlots: slots.length,
    matchingEvents: events.length,
  };
}
