import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  createOrganisationBody,
  listOrganisationsQuery,
  organisationParams,
  organisationSchema,
  regionSchema,
  updateOrganisationBody,
} from './contracts.ts';
import { createOrganisation } from './use-cases/create-organisation.ts';
import { getOrganisation, listOrganisations, listRegions } from './use-cases/list-organisations.ts';
import { updateOrganisation } from './use-cases/update-organisation.ts';

export const organisationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (
  app,
  { ctx },
) => {
  const { db } = ctx;

  app.get(
    '/api/regions',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Labour-market regions',
        response: { 200: z.array(regionSchema) },
      },
    },
    async (request) => {
      actorOf(request);
      return listRegions(db);
    },
  );

  app.get(
    '/api/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Partner organisations visible to me',
        querystring: listOrganisationsQuery,
        response: { 200: z.array(organisationSchema), ...errorResponses },
      },
    },
    async (request) => listOrganisations(db, actorOf(request), request.query),
  );

  app.get(
    '/api/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        params: organisationParams,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => getOrganisation(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Add an organisation (administrators)',
        body: createOrganisationBody,
        response: { 201: organisationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrganisation(db, actorOf(request), request.body)),
  );

  app.patch(
    '/api/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        params: organisationParams,
        body: updateOrganisationBody,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => updateOrganisation(db, actorOf(request), request.params.id, request.body),
  );
};
