import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  catalogueQuery,
  createServiceBody,
  createTrainingBody,
  offerParams,
  serviceSchema,
  trainingSchema,
  updateServiceBody,
  updateTrainingBody,
} from './contracts.ts';
import { getService, listServices } from './use-cases/list-services.ts';
import { getTraining, listTrainings } from './use-cases/list-trainings.ts';
import { publishService } from './use-cases/publish-service.ts';
import { publishTraining } from './use-cases/publish-training.ts';
import { updateService } from './use-cases/update-service.ts';
import { updateTraining } from './use-cases/update-training.ts';

const readers =
  ' Who reads: everyone in the region the published ones; case managers, coordinators and the provider also drafts and archived.';
const owner = ' Who: the provider’s own staff and administrators.';

/** Trainings and services of providers. */
export const providerOfferRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (
  app,
  { ctx },
) => {
  const { db, clock } = ctx;

  app.get(
    '/api/trainings',
    {
      schema: {
        tags: ['catalogue'],
        summary: `Trainings, filtered like the catalogue.${readers}`,
        querystring: catalogueQuery,
        response: { 200: z.array(trainingSchema), ...errorResponses },
      },
    },
    async (request) => listTrainings(db, actorOf(request), request.query),
  );

  app.post(
    '/api/trainings',
    {
      schema: {
        tags: ['catalogue'],
        summary:
          'Publish a training (training providers and initiatives; administrators with providerId)',
        body: createTrainingBody,
        response: { 201: trainingSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await publishTraining(db, actorOf(request), request.body, clock.now())),
  );

  app.get(
    '/api/trainings/:id',
    {
      schema: {
        tags: ['catalogue'],
        summary: `A training.${readers}`,
        params: offerParams,
        response: { 200: trainingSchema, ...errorResponses },
      },
    },
    async (request) => getTraining(db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/trainings/:id',
    {
      schema: {
        tags: ['catalogue'],
        summary: `Change a training (skills given replace the list; status archived withdraws it).${owner}`,
        params: offerParams,
        body: updateTrainingBody,
        response: { 200: trainingSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateTraining(db, actorOf(request), request.params.id, request.body, clock.now()),
  );

  app.get(
    '/api/services',
    {
      schema: {
        tags: ['catalogue'],
        summary: `Services (coaching, scans, NT2, IPS, …), filtered like the catalogue.${readers}`,
        querystring: catalogueQuery,
        response: { 200: z.array(serviceSchema), ...errorResponses },
      },
    },
    async (request) => listServices(db, actorOf(request), request.query),
  );

  app.post(
    '/api/services',
    {
      schema: {
        tags: ['catalogue'],
        summary:
          'Publish a service (training providers and initiatives; administrators with providerId)',
        body: createServiceBody,
        response: { 201: serviceSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await publishService(db, actorOf(request), request.body, clock.now())),
  );

  app.get(
    '/api/services/:id',
    {
      schema: {
        tags: ['catalogue'],
        summary: `A service.${readers}`,
        params: offerParams,
        response: { 200: serviceSchema, ...errorResponses },
      },
    },
    async (request) => getService(db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/services/:id',
    {
      schema: {
        tags: ['catalogue'],
        summary: `Change a service.${owner}`,
        params: offerParams,
        body: updateServiceBody,
        response: { 200: serviceSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateService(db, actorOf(request), request.params.id, request.body, clock.now()),
  );
};
