import type { Sector } from '../../modules/organisations/contracts.ts';
import type { Script } from './script-types.ts';

/**
 * 12 have a new job; 13 of the 14 working (these and the 2 combining work and training) are in
 * another sector. The stories come in two lists because the order of all stories matters (see
 * scripts.ts).
 */

/** An employer outside the demo region's organisations, named by hand. */
const agency = (name: string, sector: Sector) => ({ name, sector });

/**
 * The placements the pilot's figures single out: the one self-employed, the one back in the
 * same sector, the one permanent contract; a shadowing day and a short course before the job.
 */
export const placedSpecialCases: Script[] = [
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
];

/** New jobs in another sector, found with coaching, courses, Team Match and agencies. */
export const placedOtherSectors: Script[] = [
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
];
