import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import { activityRoutes } from './activity-routes.ts';
import { catalogueQuery, catalogueSchema } from './contracts.ts';
import { providerOfferRoutes } from './provider-routes.ts';
import { searchCatalogue } from './use-cases/search-catalogue.ts';

/** The offer catalogue: trainings, services, job shadowing, matching events, and the search. */
export const offerRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db } = ctx;
  await app.register(providerOfferRoutes, { ctx });
  await app.register(activityRoutes, { ctx });

  app.get(
    '/api/catalogue',
    {
      schema: {
        tags: ['catalogue'],
        summary:
          'Search the catalogue: trainings (by skill taught, sector, start date, cost, funding), services, job shadowing and matching events. Candidates see what is published; case managers and coordinators all of their region',
        querystring: catalogueQuery,
        response: { 200: catalogueSchema, ...errorResponses },
      },
    },
    async (request) => searchCatalogue(db, actorOf(request), request.query),
  );
};
