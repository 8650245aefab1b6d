import { describe, expect, it } from 'vitest';
import { tallyOutcomes, type TallyEvent } from './outcome-tally.ts';

let clock = Date.UTC(2020, 8, 1);
const ev = (subjectId: string, type: string, data: Record<string, unknown> = {}): TallyEvent => ({
  type,
  subjectType: 'trajectory',
  subjectId,
  occurredAt: new Date((clock += 3_600_000)),
  data,
});

describe('the outcome tally from the event log', () => {
  it('puts each trajectory in one category and keeps unmeasured 12-month outcomes unknown', () => {
    const events = [
      ev('a', 'trajectory.started'),
      ev('a', 'trajectory.outcome_recorded', {
        outcome: 'new_job',
        sameSectorAsBefore: false,
        contractType: 'permanent',
      }),
      ev('b', 'trajectory.started'),
      ev('b', 'trajectory.dropped_out', { reason: 'private_circumstances' }),
      ev('c', 'trajectory.started'),
      ev('c', 'trajectory.outcome_recorded', { outcome: 'stayed_with_employer' }),
      ev('c', 'trajectory.closed', { reason: 'stayed_with_employer' }),
      ev('d', 'trajectory.started'),
      ev('d', 'trajectory.dropped_out', { reason: 'health' }),
      ev('d', 'trajectory.reentered'),
      ev('e', 'trajectory.started'),
      ev('e', 'trajectory.outcome_recorded', {
        outcome: 'work_and_training',
        sameSectorAsBefore: true,
      }),
      ev('e', 'placement.checked', { months: 12, atWork: true }),
      ev('f', 'trajectory.started'),
      ev('f', 'trajectory.outcome_recorded', { outcome: 'training', sameSectorAsBefore: false }),
      ev('g', 'trajectory.started'),
      ev('g', 'trajectory.outcome_recorded', {
        outcome: 'self_employed',
        sameSectorAsBefore: false,
      }),
      ev('g', 'placement.checked', { months: 12, atWork: null }),
      { ...ev('x', 'trajectory.started'), subjectType: 'person' },
    ];
    const t = tallyOutcomes(events, new Date(clock));
    expect(t).toMatchObject({
      started: 7,
      left: 2,
      droppedOut: 1,
      stayedWithEmployer: 1,
      continued: 5,
      newJob: 2,
      selfEmployed: 1,
      permanentContract: 1,
      workAndTraining: 1,
      training: 1,
      inMediation: 1,
      working: 3,
      workingInAnotherSector: 2,
      toWorkOrTraining: 4,
      shareToWorkOrTraining: 0.8,
      twelveMonths: { atWork: 1, notAtWork: 0, unknown: 2 },
    });
  });

  it('counts what happened up to the date only', () => {
    const started = ev('a', 'trajectory.started');
    const placed = ev('a', 'trajectory.outcome_recorded', { outcome: 'new_job' });
    const t = tallyOutcomes([placed, started], new Date(started.occurredAt.getTime() + 1));
    expect(t).toMatchObject({ started: 1, inMediation: 1, newJob: 0 });
  });
});
