import type { Role } from '../modules/auth/contracts.ts';
import type { OrganisationKind, Sector } from '../modules/organisations/contracts.ts';

/**
 * The demo region after the contract-catering pilot in Noordoost-Brabant
 * (shared/seeds/003_1c948c5188f9fa72.txt). Partner names are invented; the places are real.
 */
export const demoRegion = { code: 'noordoost-brabant', name: 'Noordoost-Brabant' } as const;

export interface DemoOrganisation {
  key: string;
  name: string;
  kinds: OrganisationKind[];
  sector: Sector | null;
  city: string;
  postcode: string;
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    key: 'uwv',
    name: "UWV Werkbedrijf 's-Hertogenbosch",
    kinds: ['public_employment_service'],
    sector: 'public',
    city: "'s-Hertogenbosch",
    postcode: '5211 AK',
  },
  {
    key: 'den-bosch',
    name: "Gemeente 's-Hertogenbosch",
    kinds: ['municipality'],
    sector: 'public',
    city: "'s-Hertogenbosch",
    postcode: '5211 HE',
  },
  {
    key: 'oss',
    name: 'Gemeente Oss',
    kinds: ['municipality'],
    sector: 'public',
    city: 'Oss',
    postcode: '5341 GE',
  },
  {
    key: 'union',
    name: 'FNV Regio Noordoost-Brabant',
    kinds: ['union'],
    sector: null,
    city: "'s-Hertogenbosch",
    postcode: '5223 AD',
  },
  {
    key: 'catering-a',
    name: 'Cateringgroep Maasland',
    kinds: ['releasing_employer'],
    sector: 'hospitality',
    city: 'Oss',
    postcode: '5342 AB',
  },
  {
    key: 'catering-b',
    name: 'Bedrijfsrestaurants De Meierij',
    kinds: ['releasing_employer'],
    sector: 'hospitality',
    city: "'s-Hertogenbosch",
    postcode: '5231 DG',
  },
  {
    key: 'hotel',
    name: 'Hotel Het Bossche Broek',
    kinds: ['releasing_employer', 'hiring_employer'],
    sector: 'hospitality',
    city: "'s-Hertogenbosch",
    postcode: '5211 VT',
  },
  {
    key: 'care',
    name: 'Zorggroep Maas en Meierij',
    kinds: ['hiring_employer'],
    sector: 'care',
    city: "'s-Hertogenbosch",
    postcode: '5223 GZ',
  },
  {
    key: 'tech',
    name: 'Van den Heuvel Installatietechniek',
    kinds: ['hiring_employer'],
    sector: 'technology',
    city: 'Oss',
    postcode: '5349 AT',
  },
  {
    key: 'logistics',
    name: 'Logistiek Centrum Veghel',
    kinds: ['hiring_employer'],
    sector: 'logistics',
    city: 'Veghel',
    postcode: '5466 SB',
  },
  {
    key: 'school',
    name: 'Vakschool Maasland',
    kinds: ['training_provider'],
    sector: 'education',
    city: "'s-Hertogenbosch",
    postcode: '5212 AH',
  },
  {
    key: 'coach',
    name: 'Loopbaanbureau Nieuwe Kansen',
    kinds: ['training_provider', 'initiative'],
    sector: null,
    city: 'Uden',
    postcode: '5401 HN',
  },
  {
    key: 'partnership',
    name: 'Regionaal Werkbedrijf Noordoost-Brabant',
    kinds: ['regional_partnership'],
    sector: 'public',
    city: "'s-Hertogenbosch",
    postcode: '5211 HE',
  },
];

/** Demo only: every demo account has this password; it is printed on start and in the README. */
export const DEMO_PASSWORD = 'overstap-demo';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  organisationKey: string | null;
  description: string;
}

export const demoUsers: DemoUser[] = [
  {
    email: 'beheer@overstap.demo',
    name: 'Bas Beheerder',
    role: 'admin',
    organisationKey: null,
    description: 'administrator',
  },
  {
    email: 'regie@overstap.demo',
    name: 'Ria van Regie',
    role: 'coordinator',
    organisationKey: 'partnership',
    description: 'regional coordinator',
  },
  {
    email: 'casemanager@overstap.demo',
    name: 'Karim Casemanager',
    role: 'case_manager',
    organisationKey: 'uwv',
    description: 'case manager, UWV',
  },
  {
    email: 'casemanager.oss@overstap.demo',
    name: 'Olga Oss',
    role: 'case_manager',
    organisationKey: 'oss',
    description: 'case manager, municipality of Oss',
  },
  {
    email: 'werkgever@overstap.demo',
    name: 'Wim Werkgever',
    role: 'employer',
    organisationKey: 'catering-a',
    description: 'releasing employer (catering)',
  },
  {
    email: 'zorg@overstap.demo',
    name: 'Zehra Zorg',
    role: 'employer',
    organisationKey: 'care',
    description: 'hiring employer (care)',
  },
  {
    email: 'opleider@overstap.demo',
    name: 'Otto Opleider',
    role: 'provider',
    organisationKey: 'school',
    description: 'training provider',
  },
  {
    email: 'kandidaat@overstap.demo',
    name: 'Sandra de Vries',
    role: 'candidate',
    organisationKey: null,
    description: 'candidate (cook, contract catering)',
  },
];
