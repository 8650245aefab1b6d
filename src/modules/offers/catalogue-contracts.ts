import { z } from 'zod';
import {
  fundingSchemeSchema,
  offerStatuses,
  serviceKindSchema,
  serviceSchema,
  trainingSchema,
} from './offer-contracts.ts';
import { matchingEventSchema, shadowingSlotSchema } from './activity-contracts.ts';
import { dateSchema } from '../vacancies/contracts.ts';

export const catalogueKinds = ['training', 'service', 'shadowing', 'event'] as const;
export const catalogueKindSchema = z.enum(catalogueKinds);
export type CatalogueKind = z.infer<typeof catalogueKindSchema>;

/**
 * Filters of the catalogue and of each list. A filter that does not apply to a kind leaves that
 * kind out, except where the kind meets it by nature: services have no start dates (always
 * available), shadowing and events cost nothing.
 */
export const catalogueQuery = z.object({
  kind: catalogueKindSchema.optional(),
  skillId: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Trainings that teach it; shadowing at a job that needs it'),
  sector: z.string().trim().max(40).optional().describe('Trainings, shadowing, events'),
  startFrom: dateSchema.optional().describe('Starts (or can start) on or after'),
  startTo: dateSchema.optional().describe('Starts (or can start) on or before'),
  maxCost: z.coerce.number().int().min(0).optional().describe('Trainings and services'),
  funding: fundingSchemeSchema.optional().describe('Trainings and services this scheme pays'),
  serviceKind: serviceKindSchema.optional(),
  providerId: z.uuid().optional().describe('Trainings and services of this provider'),
  mine: z
    .enum(['true', 'false'])
    .optional()
    .describe("Only my organisation's offers (a provider's trainings, an employer's slots)"),
  q: z.string().trim().max(200).optional().describe('Words in name, description, qualification'),
  status: z
    .enum([...offerStatuses, 'all'])
    .optional()
    .describe(
      'Default published. Case managers, coordinators and administrators may ask for draft, archived or all; an owner gets its own unpublished offers',
    ),
  regionId: z.uuid().optional().describe('Administrators only; others see their own region'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type CatalogueQuery = z.infer<typeof catalogueQuery>;

export const catalogueSchema = z.object({
  trainings: z.array(trainingSchema),
  services: z.array(serviceSchema),
  shadowingSlots: z.array(shadowingSlotSchema),
  matchingEvents: z.array(matchingEventSchema),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
