import { describe, expect, it } from 'vitest';
import { compareConditions } from './comparison.ts';
import { addMonths, checkSchedule, daysBetween, nextEvaluationOn } from './schedule.ts';

describe('trajectory calendar', () => {
  it('adds months, keeping month ends inside the month', () => {
    expect(addMonths('2020-10-15', 3)).toBe('2021-01-15');
    expect(addMonths('2020-08-31', 6)).toBe('2021-02-28');
    expect(addMonths('2020-02-29', 12)).toBe('2021-02-28');
    expect(nextEvaluationOn('2020-11-30')).toBe('2021-02-28');
    expect(daysBetween('2021-03-01', '2021-04-01')).toBe(31);
  });

  it('plans aftercare check-ins (default 3 and 6 months) and always the 6- and 12-month outcome', () => {
    expect(checkSchedule('2021-01-04', [3, 6])).toEqual([
      { months: 3, dueOn: '2021-04-04', measuresOutcome: false },
      { months: 6, dueOn: '2021-07-04', measuresOutcome: true },
      { months: 12, dueOn: '2022-01-04', measuresOutcome: true },
    ]);
    expect(checkSchedule('2021-01-04', [1, 4]).map((c) => c.months)).toEqual([1, 4, 6, 12]);
    expect(checkSchedule('2021-01-04', []).map((c) => c.months)).toEqual([6, 12]);
  });
});

describe('old and new employment conditions', () => {
  it('show the income gap per month and per hour', () => {
    const c = compareConditions(
      {
        employerName: 'Cateraar',
        jobTitle: 'Kok',
        sector: 'hospitality',
        hoursPerWeek: 32,
        monthlySalary: 2450,
        contractType: 'permanent',
      },
      {
        employerName: 'Zorggroep',
        jobTitle: 'Helpende',
        sector: 'care',
        hoursPerWeek: 28,
        monthlySalary: 2280,
        contractType: 'conditional',
      },
    );
    expect(c.monthlyIncomeGap).toBe(-170);
    expect(c.hoursGap).toBe(-4);
    expect(c.old.hourlyWage).toBe(17.67);
    expect(c.new.hourlyWage).toBe(18.79);
    expect(c.hourlyWageGap).toBe(1.12);
    expect(c.sectorChanged).toBe(true);
  });

  it('leave a gap unknown when a side is unknown, rather than counting it as zero', () => {
    const unknown = {
      employerName: null,
      jobTitle: null,
      sector: null,
      hoursPerWeek: null,
      monthlySalary: null,
      contractType: null,
    };
    const c = compareConditions(unknown, { ...unknown, monthlySalary: 2000, hoursPerWeek: 36 });
    expect(c.monthlyIncomeGap).toBeNull();
    expect(c.sectorChanged).toBeNull();
    expect(c.new.hourlyWage).toBe(12.82);
  });
});
