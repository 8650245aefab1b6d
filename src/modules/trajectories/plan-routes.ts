import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  appointmentBody,
  appointmentParams,
  evaluationBody,
  goalBody,
  goalParams,
  trajectoryParams,
  trajectorySchema,
} from './contracts.ts';
import { presentChange } from './present-change.ts';
import { caseTeam, tags } from './route-docs.ts';
import { addGoal } from './use-cases/add-goal.ts';
import { cancelAppointment } from './use-cases/cancel-appointment.ts';
import { evaluateGoal } from './use-cases/evaluate-goal.ts';
import { scheduleAppointment } from './use-cases/schedule-appointment.ts';

/** The personal plan: goals with their 3-monthly evaluations, and appointments. */
export const planRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db, clock } = ctx;
  const view = { 200: trajectorySchema, ...errorResponses };
  const created = { 201: trajectorySchema, ...errorResponses };

  app.post(
    '/api/trajectories/:id/goals',
    {
      schema: {
        tags,
        summary: `Add a goal to the personal plan (agreed with whom, due when).${caseTeam}`,
        params: trajectoryParams,
        body: goalBody,
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
            addGoal(db, actorOf(request), request.params.id, request.body, clock.now()),
            clock.now(),
          ),
        ),
  );

  app.post(
    '/api/trajectories/:id/goals/:goalId/evaluations',
    {
      schema: {
        tags,
        summary: `Evaluate a goal: progress, and the goal adjusted if need be.${caseTeam}`,
        params: goalParams,
        body: evaluationBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        evaluateGoal(
          db,
          actorOf(request),
          request.params.id,
          request.params.goalId,
          request.body,
          clock.now(),
        ),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/appointments',
    {
      schema: {
        tags,
        summary: `Schedule an appointment with the candidate.${caseTeam}`,
        params: trajectoryParams,
        body: appointmentBody,
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
            scheduleAppointment(db, actorOf(request), request.params.id, request.body, clock.now()),
            clock.now(),
          ),
        ),
  );

  app.post(
    '/api/trajectories/:id/appointments/:appointmentId/cancel',
    {
      schema: {
        tags,
        summary: `Cancel an appointment.${caseTeam}`,
        params: appointmentParams,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        cancelAppointment(
          db,
          actorOf(request),
          request.params.id,
          request.params.appointmentId,
          clock.now(),
        ),
        clock.now(),
      ),
  );
};
