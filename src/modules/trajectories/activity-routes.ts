import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  conditionalContractBody,
  contractParams,
  contractResolutionBody,
  enrolmentParams,
  referralBody,
  referralParams,
  referralStatusBody,
  selectionBody,
  shadowingBody,
  shadowingOutcomeBody,
  shadowingParams,
  trainingBody,
  trainingCompletionBody,
  trainingStopBody,
  trajectoryParams,
  trajectorySchema,
} from './contracts.ts';
import { presentChange } from './present-change.ts';
import { caseTeam, tags } from './route-docs.ts';
import { changeReferralStatus } from './use-cases/change-referral-status.ts';
import { completeTraining } from './use-cases/complete-training.ts';
import { planShadowing } from './use-cases/plan-shadowing.ts';
import { proposeReferral } from './use-cases/propose-referral.ts';
import { recordSelection } from './use-cases/record-selection.ts';
import { recordShadowingOutcome } from './use-cases/record-shadowing-outcome.ts';
import { resolveConditionalContract } from './use-cases/resolve-conditional-contract.ts';
import { signConditionalContract } from './use-cases/sign-conditional-contract.ts';
import { startTraining } from './use-cases/start-training.ts';
import { stopTraining } from './use-cases/stop-training.ts';

/** Referrals, job shadowing, selection, conditional contracts and training. */
export const activityRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db, clock } = ctx;
  const view = { 200: trajectorySchema, ...errorResponses };
  const created = { 201: trajectorySchema, ...errorResponses };

  app.post(
    '/api/trajectories/:id/referrals',
    {
      schema: {
        tags,
        summary: `Refer to an offer of the catalogue (service, training, shadowing, event) or another.${caseTeam}`,
        params: trajectoryParams,
        body: referralBody,
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
            proposeReferral(db, actorOf(request), request.params.id, request.body, clock.now()),
            clock.now(),
          ),
        ),
  );

  app.post(
    '/api/trajectories/:id/referrals/:referralId/status',
    {
      schema: {
        tags,
        summary: `accepted → started → completed, or stopped with a reason.${caseTeam}`,
        params: referralParams,
        body: referralStatusBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        changeReferralStatus(
          db,
          actorOf(request),
          request.params.id,
          request.params.referralId,
          request.body,
          clock.now(),
        ),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/shadowings',
    {
      schema: {
        tags,
        summary: `Plan job shadowing (1 day – 1 week) at an employer or a catalogue slot.${caseTeam}`,
        params: trajectoryParams,
        body: shadowingBody,
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
            planShadowing(db, actorOf(request), request.params.id, request.body, clock.now()),
            clock.now(),
          ),
        ),
  );

  app.post(
    '/api/trajectories/:id/shadowings/:shadowingId/outcome',
    {
      schema: {
        tags,
        summary: `How the job shadowing went: fit yes/no/doubt, feedback both ways.${caseTeam}`,
        params: shadowingParams,
        body: shadowingOutcomeBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        recordShadowingOutcome(
          db,
          actorOf(request),
          request.params.id,
          request.params.shadowingId,
          request.body,
          clock.now(),
        ),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/selections',
    {
      schema: {
        tags,
        summary: `Record a selection outcome at a hiring employer.${caseTeam}`,
        params: trajectoryParams,
        body: selectionBody,
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
            recordSelection(db, actorOf(request), request.params.id, request.body, clock.now()),
            clock.now(),
          ),
        ),
  );

  app.post(
    '/api/trajectories/:id/conditional-contracts',
    {
      schema: {
        tags,
        summary: `Record a signed conditional contract (job guarantee).${caseTeam}`,
        params: trajectoryParams,
        body: conditionalContractBody,
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
            signConditionalContract(
              db,
              actorOf(request),
              request.params.id,
              request.body,
              clock.now(),
            ),
            clock.now(),
          ),
        ),
  );

  app.post(
    '/api/trajectories/:id/conditional-contracts/:contractId/resolve',
    {
      schema: {
        tags,
        summary: `The dissolving condition met, or the contract dissolved.${caseTeam}`,
        params: contractParams,
        body: contractResolutionBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        resolveConditionalContract(
          db,
          actorOf(request),
          request.params.id,
          request.params.contractId,
          request.body,
          clock.now(),
        ),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/trainings',
    {
      schema: {
        tags,
        summary: `Enrol in a training (catalogue or other) from its start date.${caseTeam}`,
        params: trajectoryParams,
        body: trainingBody,
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
            startTraining(db, actorOf(request), request.params.id, request.body, clock.now()),
            clock.now(),
          ),
        ),
  );

  app.post(
    '/api/trajectories/:id/trainings/:enrolmentId/complete',
    {
      schema: {
        tags,
        summary: `A training completed.${caseTeam}`,
        params: enrolmentParams,
        body: trainingCompletionBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        completeTraining(
          db,
          actorOf(request),
          request.params.id,
          request.params.enrolmentId,
          request.body,
          clock.now(),
        ),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/trainings/:enrolmentId/stop',
    {
      schema: {
        tags,
        summary: `A training stopped early, with a reason.${caseTeam}`,
        params: enrolmentParams,
        body: trainingStopBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        stopTraining(
          db,
          actorOf(request),
          request.params.id,
          request.params.enrolmentId,
          request.body,
          clock.now(),
        ),
        clock.now(),
      ),
  );
};
