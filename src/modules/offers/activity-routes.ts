import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  catalogueQuery,
  createEventBody,
  createSlotBody,
  matchingEventSchema,
  offerParams,
  shadowingSlotSchema,
  updateEventBody,
  updateSlotBody,
} from './contracts.ts';
import { getMatchingEvent, listMatchingEvents } from './use-cases/list-matching-events.ts';
import { getShadowingSlot, listShadowingSlots } from './use-cases/list-shadowing-slots.ts';
import { offerShadowingSlot } from './use-cases/offer-shadowing-slot.ts';
import { planMatchingEvent } from './use-cases/plan-matching-event.ts';
import { updateMatchingEvent } from './use-cases/update-matching-event.ts';
import { updateShadowingSlot } from './use-cases/update-shadowing-slot.ts';

const readers =
  ' Who reads: everyone in the region the published ones; case managers, coordinators and the owner all.';

/** Job-shadowing slots of hiring employers and matching events of the regional partners. */
export const activityRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db, clock } = ctx;

  app.get(
    '/api/shadowing-slots',
    {
      schema: {
        tags: ['catalogue'],
        summary: `Job-shadowing slots (meeloopstages), filtered like the catalogue.${readers}`,
        querystring: catalogueQuery,
        response: { 200: z.array(shadowingSlotSchema), ...errorResponses },
      },
    },
    async (request) => listShadowingSlots(db, actorOf(request), request.query),
  );

  app.post(
    '/api/shadowing-slots',
    {
      schema: {
        tags: ['catalogue'],
        summary:
          'Offer job shadowing, 1 day – 1 week (hiring employers; administrators with employerId)',
        body: createSlotBody,
        response: { 201: shadowingSlotSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await offerShadowingSlot(db, actorOf(request), request.body, clock.now())),
  );

  app.get(
    '/api/shadowing-slots/:id',
    {
      schema: {
        tags: ['catalogue'],
        params: offerParams,
        response: { 200: shadowingSlotSchema, ...errorResponses },
      },
    },
    async (request) => getShadowingSlot(db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/shadowing-slots/:id',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Change a slot (the employer’s own staff and administrators)',
        params: offerParams,
        body: updateSlotBody,
        response: { 200: shadowingSlotSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateShadowingSlot(db, actorOf(request), request.params.id, request.body, clock.now()),
  );

  app.get(
    '/api/matching-events',
    {
      schema: {
        tags: ['catalogue'],
        summary: `Matching events (ombuigmarkt, banenmarkt).${readers}`,
        querystring: catalogueQuery,
        response: { 200: z.array(matchingEventSchema), ...errorResponses },
      },
    },
    async (request) => listMatchingEvents(db, actorOf(request), request.query),
  );

  app.post(
    '/api/matching-events',
    {
      schema: {
        tags: ['catalogue'],
        summary:
          'Plan a matching event (coordinators, case managers, initiatives; administrators with organiserId)',
        body: createEventBody,
        response: { 201: matchingEventSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await planMatchingEvent(db, actorOf(request), request.body, clock.now())),
  );

  app.get(
    '/api/matching-events/:id',
    {
      schema: {
        tags: ['catalogue'],
        params: offerParams,
        response: { 200: matchingEventSchema, ...errorResponses },
      },
    },
    async (request) => getMatchingEvent(db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/matching-events/:id',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Change a matching event (the organiser’s staff and administrators)',
        params: offerParams,
        body: updateEventBody,
        response: { 200: matchingEventSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateMatchingEvent(db, actorOf(request), request.params.id, request.body, clock.now()),
  );
};
