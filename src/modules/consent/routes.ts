import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  accessLogEntrySchema,
  consentParams,
  consentRecipientsSchema,
  consentSchema,
  dataExportSchema,
  employerPersonViewSchema,
  erasureResultSchema,
  grantConsentBody,
  personParams,
} from './contracts.ts';
import { erasePerson } from './use-cases/erase-person.ts';
import { exportPersonalData } from './use-cases/export-personal-data.ts';
import { grantConsent } from './use-cases/grant-consent.ts';
import { listAccessLog } from './use-cases/list-access-log.ts';
import { listConsentRecipients } from './use-cases/list-consent-recipients.ts';
import { listConsents } from './use-cases/list-consents.ts';
import { viewPersonAsEmployer } from './use-cases/view-person-as-employer.ts';
import { withdrawConsent } from './use-cases/withdraw-consent.ts';

const tags = ['consent'];
const candidateOrTeam =
  ' Who: the candidate themself, or a case manager of their case organisation; anyone else gets 404.';

/** Consent per purpose and recipient, the access log, data export, erasure, employer view. */
export const consentRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db, clock } = ctx;
  const consents = { 200: z.array(consentSchema), ...errorResponses };

  app.get(
    '/api/persons/:id/consents',
    {
      schema: {
        tags,
        summary: `Every consent, newest first, withdrawn and expired ones too.${candidateOrTeam}`,
        params: personParams,
        response: consents,
      },
    },
    async (request) => listConsents(db, actorOf(request), request.params.id, clock.now()),
  );

  app.post(
    '/api/persons/:id/consents',
    {
      schema: {
        tags,
        summary: `Grant consent for a purpose to a recipient, optionally until a date (a case manager records a consent signed on paper).${candidateOrTeam}`,
        params: personParams,
        body: grantConsentBody,
        response: { 201: z.array(consentSchema), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await grantConsent(db, actorOf(request), request.params.id, request.body, clock.now()),
        ),
  );

  app.get(
    '/api/persons/:id/consent-recipients',
    {
      schema: {
        tags,
        summary: `To whom consent can be given, per purpose: the region's organisations of the kinds the purpose allows.${candidateOrTeam}`,
        params: personParams,
        response: { 200: consentRecipientsSchema, ...errorResponses },
      },
    },
    async (request) => listConsentRecipients(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/persons/:id/consents/:consentId/withdraw',
    {
      schema: {
        tags,
        summary: `Withdraw a consent; it takes effect at once.${candidateOrTeam}`,
        params: consentParams,
        response: consents,
      },
    },
    async (request) =>
      withdrawConsent(
        db,
        actorOf(request),
        request.params.id,
        request.params.consentId,
        clock.now(),
      ),
  );

  app.get(
    '/api/persons/:id/access-log',
    {
      schema: {
        tags,
        summary: `Who of another organisation read my data: who, what, when, under which consent.${candidateOrTeam}`,
        params: personParams,
        response: { 200: z.array(accessLogEntrySchema), ...errorResponses },
      },
    },
    async (request) => listAccessLog(db, actorOf(request), request.params.id),
  );

  app.get(
    '/api/persons/:id/data-export',
    {
      schema: {
        tags,
        summary: `All data about the person as one JSON document (overstap.personal-data/v1).${candidateOrTeam}`,
        params: personParams,
        response: { 200: dataExportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const document = await exportPersonalData(
        db,
        actorOf(request),
        request.params.id,
        clock.now(),
      );
      reply.header(
        'content-disposition',
        `attachment; filename="overstap-gegevens-${document.person.pseudonym.replace(/[^A-Za-z0-9-]/g, '')}.json"`,
      );
      return document;
    },
  );

  app.post(
    '/api/persons/:id/erase',
    {
      schema: {
        tags,
        summary:
          'Erase the person’s personal data everywhere (irreversible; statistics keep their counts). Who: the candidate themself or an administrator',
        params: personParams,
        response: { 200: erasureResultSchema, ...errorResponses },
      },
    },
    async (request) => erasePerson(db, actorOf(request), request.params.id, clock.now()),
  );

  app.get(
    '/api/employer/persons/:id',
    {
      schema: {
        tags,
        summary:
          'A person as my organisation may see them: passport with passport consent (hiring employers), else pseudonym and skills; step and status with progress consent (releasing employer). Every read is logged. Who: employers',
        params: personParams,
        response: { 200: employerPersonViewSchema, ...errorResponses },
      },
    },
    async (request) => viewPersonAsEmployer(db, actorOf(request), request.params.id, clock.now()),
  );
};
