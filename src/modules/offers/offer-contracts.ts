import { z } from 'zod';
import { sectorSchema } from '../organisations/contracts.ts';
import { conceptRefSchema, dateSchema, dutchPostcodeSchema } from '../vacancies/contracts.ts';

/** Trainings and services of providers, and the vocabularies of the offer catalogue. */

export const fundingSchemes = [
  'training_fund',
  'municipality',
  'uwv',
  'stap',
  'employer',
  'own',
] as const;
export const fundingSchemeSchema = z
  .enum(fundingSchemes)
  .describe(
    'training_fund (O&O-fonds) · municipality · uwv · stap (STAP-budget) · employer · own (eigen bijdrage)',
  );
export type FundingScheme = z.infer<typeof fundingSchemeSchema>;

export const offerStatuses = ['draft', 'published', 'archived'] as const;
export const offerStatusSchema = z
  .enum(offerStatuses)
  .describe('Only published offers are in the catalogue candidates see');
export type OfferStatus = z.infer<typeof offerStatusSchema>;

export const modalities = ['classroom', 'online', 'blended', 'on_the_job'] as const;
export const modalitySchema = z.enum(modalities);
export type Modality = z.infer<typeof modalitySchema>;

export const serviceKinds = [
  'career_coaching',
  'talent_scan',
  'cv_training',
  'grief_counselling',
  'language_nt2',
  'ips',
  'self_employment',
  'other',
] as const;
export const serviceKindSchema = z
  .enum(serviceKinds)
  .describe(
    'career_coaching · talent_scan (talent/interest scan) · cv_training (CV and application) · ' +
      'grief_counselling (after job loss) · language_nt2 · ips (Individual Placement and Support) · ' +
      'self_employment (starting as zzp) · other',
  );
export type ServiceKind = z.infer<typeof serviceKindSchema>;

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);
const cost = z.number().int('must be whole euros').min(0).max(100_000).describe('Euros, excl. VAT');

export const taughtSkillInput = z.object({
  skillId: z.number().int().positive(),
  level: z
    .number()
    .int()
    .min(1, 'must be 1, 2, 3 or 4')
    .max(4, 'must be 1, 2, 3 or 4')
    .default(2)
    .describe('The level a graduate reaches: 1 basic · 2 independent · 3 experienced · 4 expert'),
});
export type TaughtSkillInput = z.infer<typeof taughtSkillInput>;

// ── Trainings ────────────────────────────────────────────────────────────────────────────────

const trainingFields = {
  name: text(2, 200),
  description: text(0, 5000).nullable(),
  qualification: text(0, 300)
    .nullable()
    .describe('Certificate or qualification it leads to, e.g. "MBO-certificaat Helpende Z&W"'),
  sector: sectorSchema.nullable().describe('The sector it trains for'),
  weeks: z.number().int().min(1, 'must be at least 1').max(260).describe('Duration in weeks'),
  hoursPerWeek: z.number().int().min(1).max(60).nullable(),
  costEur: cost,
  continuousIntake: z.boolean().describe('Start any time (then startDates may be empty)'),
  startDates: z.array(dateSchema).max(52),
  modality: modalitySchema.nullable(),
  city: text(2, 100).nullable(),
  postcode: dutchPostcodeSchema.nullable(),
  funding: z.array(fundingSchemeSchema).max(6).describe('Funding schemes that apply'),
  entryRequirements: text(0, 1000).nullable(),
  status: offerStatusSchema,
  skills: z
    .array(taughtSkillInput)
    .max(40, 'must list at most 40 skills')
    .describe('Skills taught, from the taxonomy'),
};

export const createTrainingBody = z.object({
  ...trainingFields,
  description: trainingFields.description.optional(),
  qualification: trainingFields.qualification.optional(),
  sector: trainingFields.sector.optional(),
  hoursPerWeek: trainingFields.hoursPerWeek.optional(),
  costEur: trainingFields.costEur.default(0),
  continuousIntake: trainingFields.continuousIntake.default(false),
  startDates: trainingFields.startDates.default([]),
  modality: trainingFields.modality.optional(),
  city: trainingFields.city.optional(),
  postcode: trainingFields.postcode.optional(),
  funding: trainingFields.funding.default([]),
  entryRequirements: trainingFields.entryRequirements.optional(),
  status: trainingFields.status.default('published'),
  skills: trainingFields.skills.default([]),
  providerId: z.uuid().optional().describe('Administrators only: the provider'),
});
export type CreateTrainingBody = z.infer<typeof createTrainingBody>;

export const updateTrainingBody = z
  .object(trainingFields)
  .partial()
  .describe('Changed fields only; skills, when given, replace the list');
export type UpdateTrainingBody = z.infer<typeof updateTrainingBody>;

export const providerRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const trainingSchema = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  provider: providerRefSchema,
  name: z.string(),
  description: z.string().nullable(),
  qualification: z.string().nullable(),
  sector: z.string().nullable(),
  weeks: z.number(),
  hoursPerWeek: z.number().nullable(),
  costEur: z.number(),
  continuousIntake: z.boolean(),
  startDates: z.array(z.string()),
  modality: modalitySchema.nullable(),
  city: z.string().nullable(),
  postcode: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  funding: z.array(fundingSchemeSchema),
  entryRequirements: z.string().nullable(),
  status: offerStatusSchema,
  skills: z.array(z.object({ skill: conceptRefSchema, level: z.number() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Training = z.infer<typeof trainingSchema>;

// ── Services ─────────────────────────────────────────────────────────────────────────────────

const serviceFields = {
  kind: serviceKindSchema,
  name: text(2, 200),
  description: text(0, 5000).nullable(),
  targetGroup: text(0, 500).nullable().describe('Who it is for'),
  durationWeeks: z.number().int().min(1).max(104).nullable(),
  costEur: cost,
  capacity: z.number().int().min(1).max(10_000).nullable().describe('Places at the same time'),
  funding: z.array(fundingSchemeSchema).max(6),
  status: offerStatusSchema,
};

export const createServiceBody = z.object({
  ...serviceFields,
  description: serviceFields.description.optional(),
  targetGroup: serviceFields.targetGroup.optional(),
  durationWeeks: serviceFields.durationWeeks.optional(),
  costEur: serviceFields.costEur.default(0),
  capacity: serviceFields.capacity.optional(),
  funding: serviceFields.funding.default([]),
  status: serviceFields.status.default('published'),
  providerId: z.uuid().optional().describe('Administrators only: the provider'),
});
export type CreateServiceBody = z.infer<typeof createServiceBody>;

export const updateServiceBody = z.object(serviceFields).partial();
export type UpdateServiceBody = z.infer<typeof updateServiceBody>;

export const serviceSchema = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  provider: providerRefSchema,
  kind: serviceKindSchema,
  name: z.string(),
  description: z.string().nullable(),
  targetGroup: z.string().nullable(),
  durationWeeks: z.number().nullable(),
  costEur: z.number(),
  capacity: z.number().nullable(),
  funding: z.array(fundingSchemeSchema),
  status: offerStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Service = z.infer<typeof serviceSchema>;

export const offerParams = z.object({ id: z.uuid() });
