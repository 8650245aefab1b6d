import type { Script } from './script-types.ts';

/**
 * 5 left: some stopped or never started for private reasons, some stayed with their own
 * employer after all.
 */
export const leftThePilot: Script[] = [
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
