import type { Script } from './script-types.ts';

/** 2 are in training at the pilot's end (retraining for education and ICT). */
export const inTraining: Script[] = [
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
];
