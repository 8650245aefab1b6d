import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import { activityRoutes } from './activity-routes.ts';
import {
  closeBody,
  dropoutBody,
  intakeBody,
  listTrajectoriesQuery,
  myTrajectorySchema,
  outcomeBody,
  personTrajectoryParams,
  reentryBody,
  startTrajectoryBody,
  stepBody,
  trajectoryParams,
  trajectorySchema,
  trajectorySummarySchema,
  triageBody,
  worklistItemSchema,
  worklistQuery,
} from './contracts.ts';
import { placementRoutes } from './placement-routes.ts';
import { planRoutes } from './plan-routes.ts';
import { presentChange } from './present-change.ts';
import { caseTeam, readers, tags } from './route-docs.ts';
import { closeTrajectory } from './use-cases/close-trajectory.ts';
import { dropOut } from './use-cases/drop-out.ts';
import { enterStep } from './use-cases/enter-step.ts';
import { getMyTrajectory } from './use-cases/get-my-trajectory.ts';
import { getTrajectory } from './use-cases/get-trajectory.ts';
import { getWorklist } from './use-cases/get-worklist.ts';
import { listTrajectories } from './use-cases/list-trajectories.ts';
import { recordIntake } from './use-cases/record-intake.ts';
import { recordOutcome } from './use-cases/record-outcome.ts';
import { reenterTrajectory } from './use-cases/reenter-trajectory.ts';
import { registerForTrajectory } from './use-cases/register-for-trajectory.ts';
import { startTrajectory } from './use-cases/start-trajectory.ts';
import { triageTrajectory } from './use-cases/triage-trajectory.ts';

/** Trajectories: intake, triage, the seven steps, dropout, re-entry, outcome and closure. */
export const trajectoryRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (
  app,
  { ctx },
) => {
  const { db, clock } = ctx;
  const view = { 200: trajectorySchema, ...errorResponses };

  app.get(
    '/api/trajectories',
    {
      schema: {
        tags,
        summary: 'The trajectories of my organisation (case managers), most recently active first',
        querystring: listTrajectoriesQuery,
        response: { 200: z.array(trajectorySummarySchema), ...errorResponses },
      },
    },
    async (request) => listTrajectories(db, actorOf(request), request.query),
  );

  app.post(
    '/api/trajectories',
    {
      schema: {
        tags,
        summary:
          'Start a trajectory for a person of my caseload (case managers); it begins at the intake',
        body: startTrajectoryBody,
        response: { 201: trajectorySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await startTrajectory(db, actorOf(request), request.body, clock.now())),
  );

  app.get(
    '/api/trajectories/:id',
    {
      schema: {
        tags,
        summary: `The whole trajectory.${readers}`,
        params: trajectoryParams,
        response: view,
      },
    },
    async (request) => getTrajectory(db, actorOf(request), request.params.id, clock.now()),
  );

  app.put(
    '/api/trajectories/:id/intake',
    {
      schema: {
        tags,
        summary: `Record or complete the intake (only the fields sent change).${caseTeam}`,
        params: trajectoryParams,
        body: intakeBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        recordIntake(db, actorOf(request), request.params.id, request.body, clock.now()),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/triage',
    {
      schema: {
        tags,
        summary: `Triage (1 self-directed · 2 short service + matching · 3 tailored), first or changed; the first enters step 1.${caseTeam}`,
        params: trajectoryParams,
        body: triageBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        triageTrajectory(db, actorOf(request), request.params.id, request.body, clock.now()),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/steps',
    {
      schema: {
        tags,
        summary: `Move to another step; an illegal move is 409 naming the allowed steps.${caseTeam}`,
        params: trajectoryParams,
        body: stepBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        enterStep(db, actorOf(request), request.params.id, request.body, clock.now()),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/dropout',
    {
      schema: {
        tags,
        summary: `Dropout at the current step, with a reason from the list.${caseTeam}`,
        params: trajectoryParams,
        body: dropoutBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        dropOut(db, actorOf(request), request.params.id, request.body, clock.now()),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/reentry',
    {
      schema: {
        tags,
        summary: `Re-entry after a dropout, at the step left or an earlier one.${caseTeam}`,
        params: trajectoryParams,
        body: reentryBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        reenterTrajectory(db, actorOf(request), request.params.id, request.body, clock.now()),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/outcome',
    {
      schema: {
        tags,
        summary: `Record an outcome without a placement (training, stayed with the employer, …).${caseTeam}`,
        params: trajectoryParams,
        body: outcomeBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        recordOutcome(db, actorOf(request), request.params.id, request.body, clock.now()),
        clock.now(),
      ),
  );

  app.post(
    '/api/trajectories/:id/close',
    {
      schema: {
        tags,
        summary: `Close the trajectory with a reason.${caseTeam}`,
        params: trajectoryParams,
        body: closeBody,
        response: view,
      },
    },
    async (request) =>
      presentChange(
        db,
        actorOf(request),
        closeTrajectory(db, actorOf(request), request.params.id, request.body, clock.now()),
        clock.now(),
      ),
  );

  app.get(
    '/api/worklist',
    {
      schema: {
        tags,
        summary:
          'My worklist (case managers): intakes waiting, evaluations and check-ins due, consents expiring, 30 days without activity',
        querystring: worklistQuery,
        response: { 200: z.array(worklistItemSchema), ...errorResponses },
      },
    },
    async (request) => getWorklist(db, actorOf(request), request.query, clock.now()),
  );

  app.get(
    '/api/persons/:id/trajectory',
    {
      schema: {
        tags,
        summary:
          "'Mijn traject': plan, goals, next appointments, referrals. Who: the candidate, or their case team",
        params: personTrajectoryParams,
        response: { 200: myTrajectorySchema, ...errorResponses },
      },
    },
    async (request) => getMyTrajectory(db, actorOf(request), request.params.id, clock.now()),
  );

  app.post(
    '/api/persons/:id/trajectory',
    {
      schema: {
        tags,
        summary:
          'Self-registration: the candidate asks for a trajectory (their case team does the intake)',
        params: personTrajectoryParams,
        response: { 201: myTrajectorySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await registerForTrajectory(db, actorOf(request), request.params.id, clock.now())),
  );

  await app.register(planRoutes, { ctx });
  await app.register(activityRoutes, { ctx });
  await app.register(placementRoutes, { ctx });
};
