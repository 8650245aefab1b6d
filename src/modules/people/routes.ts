import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  caseOrganisationSchema,
  createPersonBody,
  historyEntrySchema,
  importResultSchema,
  listPersonsQuery,
  passportExportSchema,
  passportSchema,
  personParams,
  personSummarySchema,
  updatePersonBody,
} from './contracts.ts';
import { passportPartsRoutes } from './passport-parts-routes.ts';
import { createPerson } from './use-cases/create-person.ts';
import { exportPassport } from './use-cases/export-passport.ts';
import { getMyPassport, getPassport } from './use-cases/get-passport.ts';
import { importNewPassport, replacePassport } from './use-cases/import-passport.ts';
import { listCaseOrganisations } from './use-cases/list-case-organisations.ts';
import { listCaseload } from './use-cases/list-caseload.ts';
import { listHistory } from './use-cases/list-history.ts';
import { updatePersonalData } from './use-cases/update-personal-data.ts';

const tags = ['passport'];
const who =
  ' Who: the candidate themself, or a case manager of the person’s case organisation; anyone else gets 404.';

/** The skills passport: persons, their personal data, portable export/import and history. */
export const personRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db, clock } = ctx;

  app.get(
    '/api/persons',
    {
      schema: {
        tags,
        summary: 'My caseload (case managers) or my own passport (candidates); search by name',
        querystring: listPersonsQuery,
        response: { 200: z.array(personSummarySchema), ...errorResponses },
      },
    },
    async (request) => listCaseload(db, actorOf(request), request.query),
  );

  app.post(
    '/api/persons',
    {
      schema: {
        tags,
        summary: 'Start a passport: a case manager for their organisation, a candidate once',
        body: createPersonBody,
        response: { 201: passportSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPerson(db, actorOf(request), request.body, clock.now())),
  );

  app.get(
    '/api/case-organisations',
    {
      schema: {
        tags,
        summary:
          'The case organisations of my region (UWV, municipality, union, initiative) a candidate can choose as caseOrganisationId; its case managers then see the passport',
        response: { 200: z.array(caseOrganisationSchema), ...errorResponses },
      },
    },
    async (request) => listCaseOrganisations(db, actorOf(request)),
  );

  app.get(
    '/api/persons/me',
    {
      schema: {
        tags,
        summary: 'The signed-in candidate’s own passport (404 until there is one)',
        response: { 200: passportSchema, ...errorResponses },
      },
    },
    async (request) => getMyPassport(db, actorOf(request)),
  );

  app.get(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary: `A whole passport.${who}`,
        params: personParams,
        response: { 200: passportSchema, ...errorResponses },
      },
    },
    async (request) => getPassport(db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary: `Change personal data (only the candidate changes caseOrganisationId).${who}`,
        params: personParams,
        body: updatePersonBody,
        response: { 200: passportSchema, ...errorResponses },
      },
    },
    async (request) =>
      updatePersonalData(db, actorOf(request), request.params.id, request.body, clock.now()),
  );

  app.get(
    '/api/persons/:id/export',
    {
      schema: {
        tags,
        summary: `Download the passport as an overstap.passport/v1 JSON file.${who}`,
        params: personParams,
        response: { 200: passportExportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { fileName, document } = await exportPassport(
        db,
        actorOf(request),
        request.params.id,
        clock.now(),
      );
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      return document;
    },
  );

  app.post(
    '/api/persons/import',
    {
      schema: {
        tags,
        summary:
          'Import an overstap.passport/v1 file as a new passport (a case manager’s caseload, or ' +
          'the candidate’s own). Unknown URIs fail naming their path, e.g. skills[3].uri; then nothing is saved.',
        body: passportExportSchema,
        response: { 201: importResultSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await importNewPassport(db, actorOf(request), request.body, clock.now())),
  );

  app.post(
    '/api/persons/:id/import',
    {
      schema: {
        tags,
        summary: `Replace this passport’s content by an overstap.passport/v1 file (all or nothing).${who}`,
        params: personParams,
        body: passportExportSchema,
        response: { 200: importResultSchema, ...errorResponses },
      },
    },
    async (request) =>
      replacePassport(db, actorOf(request), request.params.id, request.body, clock.now()),
  );

  app.get(
    '/api/persons/:id/history',
    {
      schema: {
        tags,
        summary: `Every change to the passport, newest first, with who and when.${who}`,
        params: personParams,
        response: { 200: z.array(historyEntrySchema), ...errorResponses },
      },
    },
    async (request) => listHistory(db, actorOf(request), request.params.id),
  );

  await app.register(passportPartsRoutes, { ctx });
};
