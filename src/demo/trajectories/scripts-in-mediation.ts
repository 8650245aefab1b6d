import type { Script } from './script-types.ts';

/**
 * 9 are still in mediation at the pilot's end (one with an application for sheltered work):
 * a shadowing day that did not fit, a selection lost, and the three who started in 2021.
 */
export const inMediation: Script[] = [
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
];
