import { z } from 'zod';
import { dateSchema } from '../people/field-rules.ts';
import { referralStatusSchema } from './referral-status.ts';
import {
  contractResolutionSchema,
  referralOfferKindSchema,
  referralResultSchema,
  referralStopReasonSchema,
  selectionResultSchema,
  shadowingFitSchema,
  trainingStopReasonSchema,
} from './vocabularies.ts';

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);
const optionalNote = (max: number) => text(0, max).nullable().optional();

export const referralParams = z.object({ id: z.uuid(), referralId: z.uuid() });
export const shadowingParams = z.object({ id: z.uuid(), shadowingId: z.uuid() });
export const contractParams = z.object({ id: z.uuid(), contractId: z.uuid() });
export const enrolmentParams = z.object({ id: z.uuid(), enrolmentId: z.uuid() });

/** An employer in Overstap (employerId) or outside it (employerName). */
const employerFields = {
  employerId: z.uuid().nullable().optional().describe('An organisation of the region'),
  employerName: optionalNote(200).describe('An employer outside Overstap'),
  vacancyId: z.uuid().nullable().optional(),
};

export const referralBody = z.object({
  offerKind: referralOfferKindSchema,
  offerId: z
    .uuid()
    .optional()
    .describe('The service, training, shadowing slot or matching event; not for `other`'),
  title: text(2, 300).optional().describe('Required for `other`; defaults to the offer’s name'),
  note: optionalNote(2000),
});
export type ReferralBody = z.infer<typeof referralBody>;

export const referralStatusBody = z.object({
  status: referralStatusSchema.exclude(['proposed']),
  stopReason: referralStopReasonSchema.optional().describe('Required when stopping'),
  result: referralResultSchema.optional().describe('How it went (completed or stopped)'),
  note: optionalNote(2000),
});
export type ReferralStatusBody = z.infer<typeof referralStatusBody>;

export const shadowingBody = z.object({
  ...employerFields,
  slotId: z.uuid().optional().describe('A shadowing slot of the catalogue'),
  referralId: z.uuid().optional().describe('The referral it follows from'),
  startDate: dateSchema,
  endDate: dateSchema.describe('1 day – 1 week after the start'),
});
export type ShadowingBody = z.infer<typeof shadowingBody>;

export const shadowingOutcomeBody = z.object({
  fit: shadowingFitSchema,
  feedbackCandidate: optionalNote(2000),
  feedbackEmployer: optionalNote(2000),
});
export type ShadowingOutcomeBody = z.infer<typeof shadowingOutcomeBody>;

export const selectionBody = z.object({
  ...employerFields,
  result: selectionResultSchema,
  decidedOn: dateSchema,
  note: optionalNote(2000),
});
export type SelectionBody = z.infer<typeof selectionBody>;

export const conditionalContractBody = z.object({
  ...employerFields,
  dissolvingCondition: text(2, 500).describe('e.g. "MBO-2 diploma Helpende Zorg en Welzijn"'),
  deadline: dateSchema.describe('The date the condition must be met'),
  signedOn: dateSchema,
});
export type ConditionalContractBody = z.infer<typeof conditionalContractBody>;

export const contractResolutionBody = z.object({
  resolution: contractResolutionSchema,
  resolvedOn: dateSchema,
  note: optionalNote(2000),
});
export type ContractResolutionBody = z.infer<typeof contractResolutionBody>;

export const trainingBody = z.object({
  trainingId: z.uuid().optional().describe('A training of the catalogue'),
  providerId: z.uuid().nullable().optional(),
  name: text(2, 300).optional().describe('Required without trainingId'),
  startDate: dateSchema,
  expectedEndDate: dateSchema.nullable().optional(),
  note: optionalNote(2000).describe('Exemptions for skills already held, remarks'),
});
export type TrainingBody = z.infer<typeof trainingBody>;

export const trainingCompletionBody = z.object({
  finishedOn: dateSchema,
  certificateObtained: z.boolean().default(true),
});
export type TrainingCompletionBody = z.infer<typeof trainingCompletionBody>;

export const trainingStopBody = z.object({
  finishedOn: dateSchema,
  reason: trainingStopReasonSchema,
  note: optionalNote(2000),
});
export type TrainingStopBody = z.infer<typeof trainingStopBody>;
