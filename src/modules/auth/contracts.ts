import { z } from 'zod';

export const roles = [
  'candidate',
  'case_manager',
  'employer',
  'provider',
  'coordinator',
  'admin',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const localeSchema = z.enum(['nl', 'en']);

export const loginBody = z.object({
  email: z.email('must be an e-mail address').trim().toLowerCase(),
  password: z.string().min(1, 'is required').max(500),
});

/** The signed-in user as the UI sees them. */
export const meSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  locale: localeSchema,
  regionId: z.uuid(),
  regionName: z.string(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
});
export type Me = z.infer<typeof meSchema>;

export const csrfSchema = z.object({ token: z.string() });

export const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  locale: localeSchema,
  regionId: z.uuid(),
  organisationId: z.uuid().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const passwordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

export const createUserBody = z.object({
  name: z.string().trim().min(2, 'must be at least 2 characters').max(200),
  email: z.email('must be an e-mail address').trim().toLowerCase(),
  role: roleSchema,
  password: passwordSchema,
  regionId: z.uuid(),
  organisationId: z.uuid().nullable().optional(),
  locale: localeSchema.default('nl'),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  role: roleSchema.optional(),
  active: z.boolean().optional(),
  locale: localeSchema.optional(),
  /** Clears a lockout after repeated failed logins. */
  unlock: z.literal(true).optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const updateMeBody = z.object({ locale: localeSchema });

export const listUsersQuery = z.object({ organisationId: z.uuid().optional() });
export const userParams = z.object({ id: z.uuid() });
