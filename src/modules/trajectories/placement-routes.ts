import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  checkBody,
  checkParams,
  endPlacementBody,
  fundingBody,
  fundingParams,
  placementBody,
  placementParams,
  trajectoryParams,
  trajectorySchema,
} from './contracts.ts';
import { presentChange } from './present-change.ts';
import { caseTeam, tags } from './route-docs.ts';
import { addFundingLine } from './use-cases/add-funding-line.ts';
import { endPlacement } from './use-cases/end-placement.ts';
import { recordCheck } from './use-cases/record-check.ts';
import { registerPlacement } from './use-cases/register-placement.ts';
import { removeFundingLine } from './use-cases/remove-funding-line.ts';

/** Placement with old vs new conditions, aftercare check-ins, 6/12-month outcome, funding. */
export const placementRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db, clock } = ctx;
  const view = { 200: trajectorySchema, ...errorResponses };
  const created = { 201: trajectorySchema, ...errorResponses };

  app.post(
    '/api/trajectories/:id/placements',
    {
      schema: {
        tags,
        summary: `Register a placement (employer, vacancy, start, hours, salary, contract) beside the old job; plans check-ins and the 6/12-month outcome.${caseTeam}`,
        params: trajectoryParams,
        body: placementBody,
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await presentChange(
            db,
            actorOf(request),
            registerPlacement(db, actorOf(request), request.params.id, request.body, clock.now()),
            clock.now(),
          ),
        ),
  );

  app.post(
    '/api/trajectories/:id/placements/:placementId/end',
    {
      schema: {
        tags,
        summary: `The job ended, with a reason.${caseTeam}`,
        params: placementParams,
        body: endPlacementBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        endPlacement(
          db,
          actorOf(request),
          request.params.id,
          request.params.placementId,
          request.body,
          clock.now(),
        ),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/checks/:checkId',
    {
      schema: {
        tags,
        summary: `Record an aftercare check-in or the 6/12-month outcome (atWork null = unknown).${caseTeam}`,
        params: checkParams,
        body: checkBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        recordCheck(
          db,
          actorOf(request),
          request.params.id,
          request.params.checkId,
          request.body,
          clock.now(),
        ),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/funding',
    {
      schema: {
        tags,
        summary: `Add a funding line (source, amount, what it pays for).${caseTeam}`,
        params: trajectoryParams,
        body: fundingBody,
        response: created,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await presentChange(
            db,
            actorOf(request),
            addFundingLine(db, actorOf(request), request.params.id, request.body, clock.now()),
            clock.now(),
          ),
        ),
  );

  app.post(
    '/api/trajectories/:id/funding/:fundingLineId/remove',
    {
      schema: {
        tags,
        summary: `Take a funding line out of the totals (kept as history).${caseTeam}`,
        params: fundingParams,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        removeFundingLine(
          db,
          actorOf(request),
          request.params.id,
          request.params.fundingLineId,
          clock.now(),
        ),
        clock.now(),
      ),
  );
};
