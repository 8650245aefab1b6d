import type { Comparison } from './view-contracts.ts';

export interface Conditions {
  employerName: string | null;
  jobTitle: string | null;
  sector: string | null;
  hoursPerWeek: number | null;
  monthlySalary: number | null;
  contractType: string | null;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Gross hourly wage from a monthly salary and weekly hours (52 weeks ÷ 12 months). */
export function hourlyWage(c: Pick<Conditions, 'hoursPerWeek' | 'monthlySalary'>): number | null {
  if (c.monthlySalary === null || !c.hoursPerWeek) return null;
  return round2(c.monthlySalary / ((c.hoursPerWeek * 52) / 12));
}

const gap = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : round2(b - a);

/**
 * Old and new employment conditions side by side: the income gap is what the new job pays per
 * month less than (negative) or more than the old one; hourly wages show whether a gap is only
 * fewer hours.
 */
export function compareConditions(oldJob: Conditions, newJob: Conditions): Comparison {
  const oldWage = hourlyWage(oldJob);
  const newWage = hourlyWage(newJob);
  return {
    old: { ...oldJob, hourlyWage: oldWage },
    new: { ...newJob, hourlyWage: newWage },
    monthlyIncomeGap: gap(oldJob.monthlySalary, newJob.monthlySalary),
    hoursGap: gap(oldJob.hoursPerWeek, newJob.hoursPerWeek),
    hourlyWageGap: gap(oldWage, newWage),
    sectorChanged:
      oldJob.sector === null || newJob.sector === null ? null : oldJob.sector !== newJob.sector,
  };
}
