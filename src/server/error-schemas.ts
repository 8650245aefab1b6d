import { z } from 'zod';

/** The error envelope every route can answer with; documented once for OpenAPI. */
export const errorSchema = z.object({
  error: z.object({
    code: z.enum([
      'invalid_input',
      'unauthenticated',
      'forbidden',
      'not_found',
      'conflict',
      'locked',
      'rate_limited',
      'internal',
    ]),
    message: z.string(),
    field: z.string().optional(),
  }),
});

export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
} as const;
