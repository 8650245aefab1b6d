import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  explainQuery,
  groupPlacementSchema,
  idParams,
  limitQuery,
  matchExplanationSchema,
  matchProposalSchema,
  matchProposalsSchema,
  opportunitiesSchema,
  proposeMatchBody,
  transitionPathsQuery,
  transitionPathsSchema,
  vacancyCandidatesSchema,
} from './contracts.ts';
import { explainMatch } from './use-cases/explain-match.ts';
import { groupPlacementFor } from './use-cases/group-placement.ts';
import { personOpportunities } from './use-cases/person-opportunities.ts';
import { listMatchProposals, proposeMatch } from './use-cases/propose-match.ts';
import { transitionPathsFrom } from './use-cases/transition-paths.ts';
import { vacancyCandidates } from './use-cases/vacancy-candidates.ts';

const tags = ['matching'];

/** Matching: the engine's answers, from an index kept in step with the database. */
export const matchingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db, clock } = ctx;

  app.get(
    '/api/persons/:id/opportunities',
    {
      schema: {
        tags,
        summary:
          'A person’s best vacancies (explained) and opportunity occupations. Who: the candidate, their case team; others 404',
        params: idParams,
        querystring: limitQuery,
        response: { 200: opportunitiesSchema, ...errorResponses },
      },
    },
    async (request) =>
      personOpportunities(
        db,
        actorOf(request),
        request.params.id,
        request.query.limit,
        clock.now(),
      ),
  );

  app.get(
    '/api/vacancies/:id/candidates',
    {
      schema: {
        tags,
        summary:
          'Best candidates for a vacancy. Who: its employer (pseudonyms unless consent), case managers and coordinators of the region',
        params: idParams,
        querystring: limitQuery,
        response: { 200: vacancyCandidatesSchema, ...errorResponses },
      },
    },
    async (request) =>
      vacancyCandidates(db, actorOf(request), request.params.id, request.query.limit, clock.now()),
  );

  app.get(
    '/api/transition-paths',
    {
      schema: {
        tags,
        summary:
          'Occupations closest to fromOccupationId: essential skills covered, what is missing and the trainings for it. Who: staff',
        querystring: transitionPathsQuery,
        response: { 200: transitionPathsSchema, ...errorResponses },
      },
    },
    async (request) =>
      transitionPathsFrom(
        db,
        actorOf(request),
        request.query.fromOccupationId,
        request.query.limit,
      ),
  );

  app.post(
    '/api/redundancy-notices/:id/group-placement',
    {
      schema: {
        tags,
        summary:
          'Propose a placement of the notice’s people over the region’s open vacancies (nothing is saved). Who: region staff, the notice’s employer (pseudonyms)',
        params: idParams,
        response: { 200: groupPlacementSchema, ...errorResponses },
      },
    },
    async (request) => groupPlacementFor(db, actorOf(request), request.params.id, clock.now()),
  );

  app.get(
    '/api/matches/explain',
    {
      schema: {
        tags,
        summary: 'One person–vacancy pair explained',
        querystring: explainQuery,
        response: { 200: matchExplanationSchema, ...errorResponses },
      },
    },
    async (request) =>
      explainMatch(
        db,
        actorOf(request),
        request.query.personId,
        request.query.vacancyId,
        clock.now(),
      ),
  );

  app.get(
    '/api/persons/:id/match-proposals',
    {
      schema: {
        tags,
        summary:
          'To which employers (vacancies) the person was proposed. Who: the candidate, their case team; others 404',
        params: idParams,
        response: { 200: matchProposalsSchema, ...errorResponses },
      },
    },
    async (request) => listMatchProposals(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/persons/:id/match-proposals',
    {
      schema: {
        tags,
        summary:
          'Propose the person to the employer of an open vacancy (event match.proposed). Who: their case managers; only with the person’s consent for that employer (409 otherwise), once per vacancy',
        params: idParams,
        body: proposeMatchBody,
        response: { 201: matchProposalSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const proposal = await proposeMatch(
        db,
        actorOf(request),
        request.params.id,
        request.body,
        clock.now(),
      );
      return reply.status(201).send(proposal);
    },
  );
};
