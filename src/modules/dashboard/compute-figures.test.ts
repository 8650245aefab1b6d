import { describe, expect, it } from 'vitest';
import { tallyOutcomes } from '../trajectories/outcome-tally.ts';
import { computeFigures, headlineOf } from './compute-figures.ts';
import { buildFacts, type FactEvent } from './facts.ts';
import type { RawFigures } from './figures.ts';
import { suppress } from './suppression.ts';

/** A hand-built event log: one helper per trajectory, times as dates. */
class Log {
  readonly events: FactEvent[] = [];
  trajectory(id: string, startedOn: string, extra: Record<string, unknown> = {}) {
    const add = (type: string, on: string, data: Record<string, unknown> = {}) => {
      this.events.push({ type, subjectId: id, occurredAt: new Date(`${on}T12:00:00Z`), data });
      return api;
    };
    const api = {
      add,
      triage: (on: string, group: number) => add('trajectory.triaged', on, { group }),
      step: (on: string, step: number) => add('trajectory.step_entered', on, { step }),
      dropout: (on: string, step: number | null, reason: string) =>
        add('trajectory.dropped_out', on, { step, reason }),
      reenter: (on: string) => add('trajectory.reentered', on, {}),
      outcome: (on: string, outcome: string, sector: string | null, same: boolean | null) =>
        add('trajectory.outcome_recorded', on, { outcome, sector, sameSectorAsBefore: same }),
      place: (on: string, p: Record<string, unknown>) =>
        add('placement.registered', on, { placementId: `${id}-p`, startDate: on, ...p }),
      check: (on: string, months: number, atWork: boolean | null, sameEmployer: boolean | null) =>
        add('placement.checked', on, { placementId: `${id}-p`, months, atWork, sameEmployer }),
      end: (on: string) => add('placement.ended', on, { placementId: `${id}-p`, endedOn: on }),
      fund: (on: string, source: string, amountCents: number) =>
        add('funding.added', on, { source, amountCents, fundingLineId: `${id}-${on}` }),
      close: (on: string, reason: string) => add('trajectory.closed', on, { reason }),
    };
    add('trajectory.started', startedOn, {
      personId: `person-${id}`,
      source: 'redundancy_notice',
      caseOrganisationId: 'org-a',
      releasingEmployerId: 'employer-x',
      oldSector: 'hospitality',
      ...extra,
    });
    return api;
  }
}

const at = Date.parse('2021-12-31T23:59:59Z');
const table = (f: RawFigures, id: string) => f.tables.find((t) => t.id === id);
const cell = (f: RawFigures, id: string, row: string, col: string) =>
  table(f, id)?.rows.find((r) => r.key === row)?.cells[col]?.value;

function sampleLog(): Log {
  const log = new Log();
  // 1: straight to a new job in care, still at work after 12 months at the same employer.
  log
    .trajectory('t1', '2020-01-10')
    .triage('2020-01-20', 2)
    .step('2020-01-20', 1)
    .step('2020-02-19', 3)
    .step('2020-03-10', 6)
    .place('2020-03-10', {
      route: 'direct',
      sector: 'care',
      sameSectorAsBefore: false,
      monthlySalary: 2600,
      monthlyIncomeBefore: 2400,
      employerId: 'care-1',
    })
    .outcome('2020-03-10', 'new_job', 'care', false)
    .check('2021-03-10', 12, true, true)
    .fund('2020-01-20', 'training_fund', 100_000);
  // 2: drops out at step 2, comes back, then drops out again for good.
  log
    .trajectory('t2', '2020-02-01')
    .triage('2020-02-05', 3)
    .step('2020-02-05', 1)
    .step('2020-02-15', 2)
    .dropout('2020-03-01', 2, 'health')
    .reenter('2020-04-01')
    .step('2020-04-01', 2)
    .dropout('2020-05-01', 2, 'private_circumstances');
  // 3: placed after training in the same sector, but the job ends after 4 months.
  log
    .trajectory('t3', '2020-03-01')
    .triage('2020-03-02', 2)
    .step('2020-03-02', 1)
    .step('2020-03-20', 5)
    .step('2020-06-01', 6)
    .place('2020-06-01', {
      route: 'after_training',
      sector: 'hospitality',
      sameSectorAsBefore: true,
      monthlySalary: 2000,
      monthlyIncomeBefore: 2300,
      employerId: 'hotel-1',
    })
    .outcome('2020-06-01', 'new_job', 'hospitality', true)
    .end('2020-10-01')
    .fund('2020-03-20', 'uwv', 300_000);
  // 4: in training now; 5: still in mediation at step 3; 6: stayed with own employer.
  log
    .trajectory('t4', '2020-04-01')
    .triage('2020-04-02', 1)
    .step('2020-04-02', 1)
    .outcome('2020-09-01', 'training', 'ict', false);
  log
    .trajectory('t5', '2021-02-01', { source: 'uwv' })
    .triage('2021-02-02', 2)
    .step('2021-02-02', 1)
    .step('2021-03-01', 3);
  log
    .trajectory('t6', '2020-05-01')
    .triage('2020-05-02', 2)
    .step('2020-05-02', 1)
    .outcome('2020-07-01', 'stayed_with_employer', null, null)
    .close('2020-07-02', 'stayed_with_employer');
  // 7: work combined with training, in another sector; 12-month outcome not measured (unknown).
  log
    .trajectory('t7', '2020-06-01')
    .triage('2020-06-02', 2)
    .step('2020-06-02', 1)
    .step('2020-07-01', 6)
    .place('2020-07-01', {
      route: 'direct',
      sector: 'technology',
      sameSectorAsBefore: false,
      outcome: 'work_and_training',
    })
    .outcome('2020-07-01', 'work_and_training', 'technology', false)
    .check('2021-07-01', 12, null, null);
  return log;
}

describe('figures computed from a hand-built event log', () => {
  const log = sampleLog();
  const facts = [...buildFacts(log.events).values()];
  const f = computeFigures({ facts, period: { from: null, to: at }, previous: null, tension: [] });

  it('counts the headline like the pilot report (and like outcome-tally)', () => {
    expect(f.headline).toEqual({
      started: 7,
      stopped: 2,
      continued: 5,
      in_progress: 1,
      placed: 2,
      in_work_and_training: 1,
      in_training: 1,
      to_work_or_training: 4,
      placed_other_sector: 2,
      durable_12m: 1,
      outflow_rate: 0.8,
    });
    const tally = tallyOutcomes(
      log.events.map((e) => ({
        ...e,
        subjectType: 'trajectory',
        occurredAt: e.occurredAt as Date,
      })),
      new Date(at),
    );
    expect(tally).toMatchObject({
      started: 7,
      left: 2,
      newJob: 2,
      workAndTraining: 1,
      training: 1,
      inMediation: 1,
    });
  });

  it('counts dropouts per step with reasons, and re-entry', () => {
    expect(cell(f, 'dropouts', '2', 'health')).toBe(1);
    expect(cell(f, 'dropouts', '2', 'private_circumstances')).toBe(1);
    expect(cell(f, 'dropouts', '2', 'reentered')).toBe(1);
    expect(cell(f, 'dropouts', 'total', 'total')).toBe(2);
  });

  it('builds the chain funnel: reached, in each step now, median days', () => {
    expect(cell(f, 'funnel', '1', 'reached')).toBe(7);
    expect(cell(f, 'funnel', '6', 'reached')).toBe(3);
    expect(cell(f, 'funnel', '3', 'now')).toBe(1);
    // t1, t7 and t3 (whose job ended, still at step 6 until the case manager moves it on).
    expect(cell(f, 'funnel', '6', 'now')).toBe(3);
    // Step 5 of t3: 20 March → 1 June = 73 days.
    expect(cell(f, 'funnel', '5', 'median_days')).toBe(73);
    expect(cell(f, 'triage', '2', 'count')).toBe(5);
  });

  it('splits placements by route and sector, with the transitions matrix and income change', () => {
    expect(cell(f, 'placements', 'direct', 'count')).toBe(2);
    expect(cell(f, 'placements', 'after_training', 'count')).toBe(1);
    expect(cell(f, 'placements', 'after_training', 'median_income_change')).toBe(-300);
    expect(cell(f, 'sector_change', 'other_sector', 'count')).toBe(2);
    expect(cell(f, 'transitions', 'hospitality', 'care')).toBe(1);
    expect(cell(f, 'transitions', 'hospitality', 'hospitality')).toBe(1);
    // t1: 10 Jan → 10 Mar 2020 = 60 days; t7: 1 June → 1 July = 30 days.
    expect(cell(f, 'placements', 'direct', 'median_days')).toBe(45);
  });

  it('counts durability: at work at 12 months, a placement that ended early, unknown kept unknown', () => {
    expect(cell(f, 'durability', 'months_12', 'at_work')).toBe(1);
    expect(cell(f, 'durability', 'months_12', 'not_at_work')).toBe(1);
    expect(cell(f, 'durability', 'months_12', 'unknown')).toBe(1);
    expect(cell(f, 'durability', 'months_12', 'same_employer')).toBe(1);
    expect(cell(f, 'durability', 'months_6', 'not_at_work')).toBe(1);
  });

  it('adds up money per source and per placement', () => {
    expect(cell(f, 'funding', 'uwv', 'amount')).toBe(300_000);
    expect(cell(f, 'cost', 'total', 'amount')).toBe(400_000);
    expect(cell(f, 'cost', 'per_placement', 'amount')).toBe(Math.round(400_000 / 3));
    expect(cell(f, 'cost', 'per_durable_placement', 'amount')).toBe(400_000);
  });

  it('is a cohort: a period selects who started in it, seen at its end', () => {
    const earlier = computeFigures({
      facts,
      period: { from: Date.parse('2020-01-01T00:00:00Z'), to: Date.parse('2020-04-15T23:59:59Z') },
      previous: null,
      tension: [],
    });
    // t1, t2, t3, t4 started by mid-April; t2 had re-entered (not dropped out) then.
    expect(earlier.headline).toMatchObject({ started: 4, stopped: 0, placed: 1, in_progress: 3 });
    expect(headlineOf(facts, Date.parse('2020-01-31T00:00:00Z')).started).toBe(1);
  });

  it('suppresses the hand-built figures for the API: all small cells hidden', () => {
    const tables = suppress(f, 5).tables;
    const headline = tables.find((t) => t.id === 'headline')?.rows;
    expect(headline?.find((r) => r.key === 'started')?.cells.current).toBe(7);
    expect(headline?.find((r) => r.key === 'placed')?.cells.current).toBe('< 5');
    expect(headline?.find((r) => r.key === 'outflow_rate')?.cells.current).toBe('x');
    // stopped 2 hidden; started 7 = stopped + continued → continued (5) hidden too.
    expect(headline?.find((r) => r.key === 'continued')?.cells.current).toBe('x');
  });
});
