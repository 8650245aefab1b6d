import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  conceptHitSchema,
  jobTitleQuery,
  langQuery,
  occupationDetailSchema,
  occupationParams,
  searchQuery,
} from './contracts.ts';
import { getOccupation } from './use-cases/get-occupation.ts';
import { findOccupationsForJobTitle, searchConcepts } from './use-cases/search-concepts.ts';

/** Reference data: every signed-in user may search it (the global guard demands a session). */
export const taxonomyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db } = ctx;
  const hits = { 200: z.array(conceptHitSchema), ...errorResponses };

  app.get(
    '/api/taxonomy/skills',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'Autocomplete skills (Dutch and English labels)',
        querystring: searchQuery,
        response: hits,
      },
    },
    async (request) => searchConcepts(db, 'skill', request.query),
  );

  app.get(
    '/api/taxonomy/occupations',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'Autocomplete occupations',
        querystring: searchQuery,
        response: hits,
      },
    },
    async (request) => searchConcepts(db, 'occupation', request.query),
  );

  app.get(
    '/api/taxonomy/job-titles',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'Job title as people type it → the occupations they most likely mean, best first',
        querystring: jobTitleQuery,
        response: hits,
      },
    },
    async (request) => findOccupationsForJobTitle(db, request.query),
  );

  app.get(
    '/api/taxonomy/occupations/:id',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'An occupation with its essential and optional skills',
        params: occupationParams,
        querystring: langQuery,
        response: { 200: occupationDetailSchema, ...errorResponses },
      },
    },
    async (request) => getOccupation(db, request.params.id, request.query.lang),
  );
};
