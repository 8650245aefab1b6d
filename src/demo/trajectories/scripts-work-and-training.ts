import type { Script } from './script-types.ts';

/**
 * 2 combine work and training: a learn-and-work place with a conditional contract (the contract
 * ends unless the diploma is obtained), in care and in technology.
 */
export const workAndTraining: Script[] = [
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
];
