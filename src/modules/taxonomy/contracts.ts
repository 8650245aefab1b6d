import { z } from 'zod';

export const langSchema = z.enum(['nl', 'en']);
export const schemeSchema = z.enum(['esco', 'starter']);

export const conceptHitSchema = z.object({
  id: z.number().int(),
  uri: z.string(),
  /** The preferred label in the requested language (falls back to the other language). */
  label: z.string(),
  /** The label that matched the query, when it is not the preferred one (e.g. a synonym). */
  matchedLabel: z.string().nullable(),
  scheme: z.string(),
  score: z.number(),
});
export type ConceptHit = z.infer<typeof conceptHitSchema>;

export const searchQuery = z.object({
  q: z.string().trim().min(1, 'type at least one character').max(200),
  lang: langSchema.default('nl'),
  scheme: schemeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const jobTitleQuery = z.object({
  title: z.string().trim().min(2, 'type a job title of at least 2 characters').max(200),
  lang: langSchema.default('nl'),
  scheme: schemeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type JobTitleQuery = z.infer<typeof jobTitleQuery>;

export const occupationDetailSchema = z.object({
  id: z.number().int(),
  uri: z.string(),
  scheme: z.string(),
  iscoCode: z.string().nullable(),
  sector: z.string().nullable(),
  label: z.string(),
  description: z.string().nullable(),
  skills: z.array(
    z.object({
      id: z.number().int(),
      uri: z.string(),
      label: z.string(),
      relation: z.enum(['essential', 'optional']),
      skillType: z.string().nullable(),
    }),
  ),
});
export type OccupationDetail = z.infer<typeof occupationDetailSchema>;

export const occupationParams = z.object({ id: z.coerce.number().int().positive() });
export const langQuery = z.object({ lang: langSchema.default('nl') });
