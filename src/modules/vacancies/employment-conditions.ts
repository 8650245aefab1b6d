import { z } from 'zod';

/**
 * Employment conditions beside the salary band, in one template so a vacancy can be laid next to
 * a candidate's current job (the people module can reuse this schema for that job). Every field
 * may be unknown (null); amounts are for a full-time job.
 */
const conditionFields = {
  collectiveAgreement: z
    .string()
    .trim()
    .max(120)
    .nullable()
    .describe('Collective agreement (cao), e.g. "cao VVT"'),
  pensionScheme: z
    .string()
    .trim()
    .max(120)
    .nullable()
    .describe('Pension fund or scheme, e.g. "PFZW"'),
  pensionEmployerSharePct: z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .describe('Share of the pension premium the employer pays, in %'),
  holidayAllowancePct: z
    .number()
    .min(0)
    .max(20)
    .nullable()
    .describe('Holiday allowance (vakantiegeld), in % of salary'),
  endOfYearBonusPct: z
    .number()
    .min(0)
    .max(20)
    .nullable()
    .describe('End-of-year bonus or 13th month (eindejaarsuitkering), in % of annual salary'),
  leaveDaysPerYear: z
    .number()
    .min(0)
    .max(60)
    .nullable()
    .describe('Paid leave days per year at full time'),
  travelAllowancePerKm: z
    .number()
    .min(0)
    .max(2)
    .nullable()
    .describe('Commuting allowance in euros per km'),
  irregularHoursPay: z
    .enum(['none', 'allowance', 'included_in_salary'])
    .nullable()
    .describe('Pay for irregular hours (ORT): none, an allowance on top, or included in salary'),
  irregularHoursNote: z
    .string()
    .trim()
    .max(300)
    .nullable()
    .describe('E.g. "ORT volgens cao: 22–44 % in avond, nacht en weekend"'),
  other: z
    .string()
    .trim()
    .max(500)
    .nullable()
    .describe('Anything else: training budget, bicycle plan, …'),
};

export const employmentConditionsSchema = z.object(conditionFields);

/** In requests every condition may be left out: it is then unknown (create) or kept (update). */
export const employmentConditionsInput = z.object(conditionFields).partial();
export type EmploymentConditionsInput = z.infer<typeof employmentConditionsInput>;
export type EmploymentConditions = z.infer<typeof employmentConditionsSchema>;
