import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  carveResultSchema,
  carveVacancyBody,
  changeVacancyStatusBody,
  createVacancyBody,
  historyEntrySchema,
  importVacanciesBody,
  listVacanciesQuery,
  requirementSchema,
  setRequirementsBody,
  suggestRequirementsQuery,
  updateVacancyBody,
  vacancyImportReportSchema,
  vacancyParams,
  vacancySchema,
} from './contracts.ts';
import { importStatus, withRefusal } from './import-status.ts';
import { invitationRoutes } from './invitation-routes.ts';
import { redundancyRoutes } from './redundancy-routes.ts';
import { carveVacancy } from './use-cases/carve-vacancy.ts';
import { changeVacancyStatus } from './use-cases/change-vacancy-status.ts';
import { importVacancies } from './use-cases/import-vacancies.ts';
import { getVacancy, listVacancies } from './use-cases/list-vacancies.ts';
import { postVacancy } from './use-cases/post-vacancy.ts';
import { setVacancyRequirements } from './use-cases/set-vacancy-requirements.ts';
import { suggestRequirements } from './use-cases/suggest-requirements.ts';
import { updateVacancy } from './use-cases/update-vacancy.ts';
import { vacancyHistory } from './use-cases/vacancy-history.ts';

const tags = ['vacancies'];
const manage = ' Who: the employer’s own staff and administrators; others who can see it get 403.';

/** Vacancies in tasks and skills, and (redundancy-routes.ts) rapid-response notices. */
export const vacancyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db, clock } = ctx;
  await app.register(redundancyRoutes, { ctx });
  await app.register(invitationRoutes, { ctx });

  app.get(
    '/api/vacancies',
    {
      schema: {
        tags,
        summary:
          'Vacancies: employers their own (any status); case managers, coordinators and candidates the open ones of their region',
        querystring: listVacanciesQuery,
        response: { 200: z.array(vacancySchema), ...errorResponses },
      },
    },
    async (request) => listVacancies(db, actorOf(request), request.query),
  );

  app.post(
    '/api/vacancies',
    {
      schema: {
        tags,
        summary: 'Post a vacancy (hiring employers; administrators with employerId)',
        body: createVacancyBody,
        response: { 201: vacancySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await postVacancy(db, actorOf(request), request.body, clock.now())),
  );

  app.get(
    '/api/vacancies/suggested-requirements',
    {
      schema: {
        tags,
        summary: 'The requirements fromOccupation would fill in for an occupation',
        querystring: suggestRequirementsQuery,
        response: { 200: z.array(requirementSchema), ...errorResponses },
      },
    },
    async (request) => {
      actorOf(request);
      return suggestRequirements(db, request.query.occupationId);
    },
  );

  app.post(
    '/api/vacancies/import',
    {
      schema: {
        tags,
        summary:
          'Import a vacancy list (CSV or XLSX, base64). Dry run: 200 with row errors; invalid rows: 400 and nothing saved; valid: 201, all saved',
        body: importVacanciesBody,
        response: {
          200: vacancyImportReportSchema,
          201: vacancyImportReportSchema,
          ...errorResponses,
          400: vacancyImportReportSchema.or(errorResponses[400]),
        },
      },
    },
    async (request, reply) => {
      const report = await importVacancies(db, actorOf(request), request.body, clock.now());
      return reply.status(importStatus(report)).send(withRefusal(report));
    },
  );

  app.get(
    '/api/vacancies/:id',
    {
      schema: {
        tags,
        params: vacancyParams,
        response: { 200: vacancySchema, ...errorResponses },
      },
    },
    async (request) => getVacancy(db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/vacancies/:id',
    {
      schema: {
        tags,
        summary: `Change a vacancy that is not filled or closed.${manage}`,
        params: vacancyParams,
        body: updateVacancyBody,
        response: { 200: vacancySchema, ...errorResponses },
      },
    },
    async (request) =>
      updateVacancy(db, actorOf(request), request.params.id, request.body, clock.now()),
  );

  app.put(
    '/api/vacancies/:id/requirements',
    {
      schema: {
        tags,
        summary: `Replace the skill requirements.${manage}`,
        params: vacancyParams,
        body: setRequirementsBody,
        response: { 200: vacancySchema, ...errorResponses },
      },
    },
    async (request) =>
      setVacancyRequirements(db, actorOf(request), request.params.id, request.body, clock.now()),
  );

  app.post(
    '/api/vacancies/:id/status',
    {
      schema: {
        tags,
        summary: `Open, pause, fill or close (draft→open, open↔paused, open/paused→filled/closed; else 409).${manage}`,
        params: vacancyParams,
        body: changeVacancyStatusBody,
        response: { 200: vacancySchema, ...errorResponses },
      },
    },
    async (request) =>
      changeVacancyStatus(db, actorOf(request), request.params.id, request.body, clock.now()),
  );

  app.post(
    '/api/vacancies/:id/carve',
    {
      schema: {
        tags,
        summary: `Job carving: split into two new vacancies (carvedFromId); the original closes.${manage}`,
        params: vacancyParams,
        body: carveVacancyBody,
        response: { 201: carveResultSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await carveVacancy(db, actorOf(request), request.params.id, request.body, clock.now()),
        ),
  );

  app.get(
    '/api/vacancies/:id/history',
    {
      schema: {
        tags,
        summary: 'What happened to the vacancy, oldest first (not for candidates)',
        params: vacancyParams,
        response: { 200: z.array(historyEntrySchema), ...errorResponses },
      },
    },
    async (request) => vacancyHistory(db, actorOf(request), request.params.id),
  );
};
