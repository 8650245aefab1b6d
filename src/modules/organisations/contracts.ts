import { z } from 'zod';

/** Kinds of partner organisation; one organisation may be several (releasing and hiring employer). */
export const organisationKinds = [
  'public_employment_service',
  'municipality',
  'union',
  'releasing_employer',
  'hiring_employer',
  'training_provider',
  'initiative',
  'regional_partnership',
  'operator',
] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

/** The sectors of the seed documents (codes; Dutch labels live in the UI). */
export const sectors = [
  'care',
  'technology',
  'manufacturing',
  'ict',
  'education',
  'logistics',
  'hospitality',
  'retail',
  'office',
  'safety',
  'cleaning',
  'public',
] as const;
export const sectorSchema = z.enum(sectors);
export type Sector = z.infer<typeof sectorSchema>;

export const regionSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
});
export type Region = z.infer<typeof regionSchema>;

export const organisationSchema = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  name: z.string(),
  kinds: z.array(organisationKindSchema),
  sector: sectorSchema.nullable(),
  city: z.string().nullable(),
  postcode: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;

const dutchPostcode = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{3} ?[A-Za-z]{2}$|^[1-9][0-9]{3}$/, 'must be a Dutch postcode like 5211 AB');

export const createOrganisationBody = z.object({
  regionId: z.uuid(),
  name: z.string().trim().min(2, 'must be at least 2 characters').max(200),
  kinds: z.array(organisationKindSchema).min(1, 'choose at least one kind'),
  sector: sectorSchema.nullable().optional(),
  city: z.string().trim().max(100).nullable().optional(),
  postcode: dutchPostcode.nullable().optional(),
});
export type CreateOrganisationBody = z.infer<typeof createOrganisationBody>;

export const updateOrganisationBody = createOrganisationBody
  .omit({ regionId: true })
  .partial()
  .extend({ active: z.boolean().optional() });
export type UpdateOrganisationBody = z.infer<typeof updateOrganisationBody>;

export const organisationParams = z.object({ id: z.uuid() });

export const listOrganisationsQuery = z.object({
  regionId: z.uuid().optional(),
  kind: organisationKindSchema.optional(),
});
