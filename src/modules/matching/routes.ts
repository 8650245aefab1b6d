import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  answerProposalBody,
  explainQuery,
  groupPlacementSchema,
  idParams,
  limitQuery,
  matchExplanationSchema,
  matchProposalSchema,
  matchProposalsSchema,
  opportunitiesSchema,
  proposalIdParams,
  proposalsAwaitingSchema,
  proposeMatchBody,
  transitionPathsQuery,
  transitionPathsSchema,
  vacancyCandidatesSchema,
  vacancyProposalSchema,
  vacancyProposalsSchema,
  withdrawProposalBody,
} from './contracts.ts';
import { answerProposal } from './use-cases/answer-proposal.ts';
import { explainMatch } from './use-cases/explain-match.ts';
import { groupPlacementFor } from './use-cases/group-placement.ts';
import { personOpportunities } from './use-cases/person-opportunities.ts';
import { listMatchProposals, proposeMatch } from './use-cases/propose-match.ts';
import { transitionPathsFrom } from './use-cases/transition-paths.ts';
import { vacancyCandidates } from './use-cases/vacancy-candidates.ts';
import { proposalsAwaitingAnswer, vacancyProposals } from './use-cases/vacancy-proposals.ts';
import { withdrawProposal } from './use-cases/withdraw-proposal.ts';

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
          'To which employers (vacancies) the person was proposed, withdrawn proposals and employers’ answers included. Who: the candidate, their case team; others 404',
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
          'Propose the person to the employer of an open vacancy (event match.proposed). Who: their case managers; only with the person’s consent for that employer (409 otherwise), once per vacancy (again after a withdrawal)',
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

  app.post(
    '/api/persons/:id/match-proposals/:proposalId/withdraw',
    {
      schema: {
        tags,
        summary:
          'Withdraw a proposal, with an optional reason code (event match.withdrawn); the employer no longer sees it. Who: the person’s case managers (the candidate 403, others 404); once (409 after)',
        params: proposalIdParams,
        body: withdrawProposalBody,
        response: { 200: matchProposalSchema, ...errorResponses },
      },
    },
    async (request) =>
      withdrawProposal(
        db,
        actorOf(request),
        request.params.id,
        request.params.proposalId,
        request.body,
        clock.now(),
      ),
  );

  app.get(
    '/api/vacancies/:id/match-proposals',
    {
      schema: {
        tags,
        summary:
          'Candidates proposed for the vacancy by case managers, withdrawn ones left out, newest first; the name only while the candidate’s consent allows it. Who: its employer, case managers and coordinators of the region; others 404',
        params: idParams,
        response: { 200: vacancyProposalsSchema, ...errorResponses },
      },
    },
    async (request) => vacancyProposals(db, actorOf(request), request.params.id, clock.now()),
  );

  app.post(
    '/api/vacancies/:id/match-proposals/:proposalId/answer',
    {
      schema: {
        tags,
        summary:
          'Answer a proposal: invite (uitnodigen voor gesprek) or no_fit with a reason code (event match.answered). Who: the vacancy’s employer (region staff 403, others 404); once, not after a withdrawal (409)',
        params: proposalIdParams,
        body: answerProposalBody,
        response: { 200: vacancyProposalSchema, ...errorResponses },
      },
    },
    async (request) =>
      answerProposal(
        db,
        actorOf(request),
        request.params.id,
        request.params.proposalId,
        request.body,
        clock.now(),
      ),
  );

  app.get(
    '/api/match-proposals/awaiting-answer',
    {
      schema: {
        tags,
        summary:
          'How many proposals of the employer’s open vacancies wait for its answer, per vacancy (counts only). Who: employers; others 403',
        response: { 200: proposalsAwaitingSchema, ...errorResponses },
      },
    },
    async (request) => proposalsAwaitingAnswer(db, actorOf(request)),
  );
};
