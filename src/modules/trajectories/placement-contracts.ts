import { z } from 'zod';
import { sectorSchema } from '../organisations/contracts.ts';
import { dateSchema } from '../people/field-rules.ts';
import {
  employmentContractSchema,
  fundingPurposeSchema,
  fundingSourceSchema,
  outcomeKindSchema,
  placementEndReasonSchema,
  placementRouteSchema,
} from './vocabularies.ts';

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);
const optionalNote = (max: number) => text(0, max).nullable().optional();
const hours = z.number().int().min(1).max(80);
const salary = z.number().int().min(0).max(100_000).describe('Gross per month, euros');

export const placementParams = z.object({ id: z.uuid(), placementId: z.uuid() });
export const checkParams = z.object({ id: z.uuid(), checkId: z.uuid() });
export const fundingParams = z.object({ id: z.uuid(), fundingLineId: z.uuid() });

export const oldConditionsInput = z
  .object({
    employerName: text(2, 200).nullable(),
    jobTitle: text(2, 200).nullable(),
    sector: sectorSchema.nullable(),
    hoursPerWeek: hours.nullable(),
    monthlySalary: salary.nullable(),
    contractType: employmentContractSchema.nullable(),
  })
  .partial()
  .describe('The job being left; by default the current job in the passport');

export const placementBody = z.object({
  outcome: outcomeKindSchema
    .exclude(['training'])
    .default('new_job')
    .describe('What kind of work this is (a training alone is an outcome, not a placement)'),
  route: placementRouteSchema,
  employerId: z.uuid().nullable().optional(),
  employerName: optionalNote(200),
  vacancyId: z.uuid().nullable().optional(),
  jobTitle: optionalNote(200),
  sector: sectorSchema.nullable().optional(),
  startDate: dateSchema,
  hoursPerWeek: hours.nullable().optional(),
  monthlySalary: salary.nullable().optional(),
  contractType: employmentContractSchema.nullable().optional(),
  old: oldConditionsInput.optional(),
  aftercareMonths: z
    .array(z.number().int().min(1).max(24))
    .max(6)
    .default([3, 6])
    .describe(
      'Check-ins after the start, in months (default 3 and 6); 6 and 12 are always measured',
    ),
});
export type PlacementBody = z.infer<typeof placementBody>;

export const checkBody = z.object({
  atWork: z.boolean().nullable().describe('null = unknown (could not be reached, not followed)'),
  sameEmployer: z.boolean().nullable().optional(),
  note: optionalNote(2000),
});
export type CheckBody = z.infer<typeof checkBody>;

export const endPlacementBody = z.object({
  endedOn: dateSchema,
  reason: placementEndReasonSchema,
  note: optionalNote(2000),
});
export type EndPlacementBody = z.infer<typeof endPlacementBody>;

export const fundingBody = z.object({
  source: fundingSourceSchema,
  amount: z
    .number()
    .positive('must be more than 0')
    .max(1_000_000)
    .multipleOf(0.01, 'must be in whole cents')
    .describe('Euros'),
  paysFor: fundingPurposeSchema,
  description: optionalNote(300),
});
export type FundingBody = z.infer<typeof fundingBody>;
