import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import { importFileBody } from './contracts.ts';
import { importStatus, withRefusal } from './import-status.ts';
import {
  createNoticeBody,
  enrolmentImportReportSchema,
  enrolmentParams,
  enrolmentSchema,
  invitationSchema,
  inviteEmployeesBody,
  listNoticesQuery,
  noticeHistoryEntrySchema,
  noticeParams,
  noticeSchema,
  updateNoticeBody,
} from './redundancy-contracts.ts';
import { importEnrolments } from './use-cases/import-enrolments.ts';
import { inviteEmployees } from './use-cases/invite-employees.ts';
import { listEnrolments } from './use-cases/list-enrolments.ts';
import { noticeHistory } from './use-cases/notice-history.ts';
import { reissueInvitation } from './use-cases/reissue-invitation.ts';
import { getRedundancyNotice, listRedundancyNotices } from './use-cases/list-redundancy-notices.ts';
import { reportRedundancy } from './use-cases/report-redundancy.ts';
import { updateRedundancyNotice } from './use-cases/update-redundancy-notice.ts';

const tags = ['redundancy'];
const own = ' Who: the releasing employer’s own staff and administrators.';

/** Rapid response: redundancy notices and the invitations of the employees concerned. */
export const redundancyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (
  app,
  { ctx },
) => {
  const { db, clock } = ctx;

  app.get(
    '/api/redundancy-notices',
    {
      schema: {
        tags,
        summary:
          'Notices, newest first: case managers and coordinators all of their region, employers their own; since= for what is new',
        querystring: listNoticesQuery,
        response: { 200: z.array(noticeSchema), ...errorResponses },
      },
    },
    async (request) => listRedundancyNotices(db, actorOf(request), request.query),
  );

  app.post(
    '/api/redundancy-notices',
    {
      schema: {
        tags,
        summary:
          'Report threatened redundancy (releasing employers; administrators with employerId)',
        body: createNoticeBody,
        response: { 201: noticeSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reportRedundancy(db, actorOf(request), request.body, clock.now())),
  );

  app.get(
    '/api/redundancy-notices/:id',
    {
      schema: { tags, params: noticeParams, response: { 200: noticeSchema, ...errorResponses } },
    },
    async (request) => getRedundancyNotice(db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/redundancy-notices/:id',
    {
      schema: {
        tags,
        summary: `Correct or close a notice.${own}`,
        params: noticeParams,
        body: updateNoticeBody,
        response: { 200: noticeSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateRedundancyNotice(db, actorOf(request), request.params.id, request.body, clock.now()),
  );

  app.get(
    '/api/redundancy-notices/:id/history',
    {
      schema: {
        tags,
        summary:
          'The notice’s history, oldest first: reported, corrected (which fields, by whom), employees invited, closed, reopened',
        params: noticeParams,
        response: { 200: z.array(noticeHistoryEntrySchema), ...errorResponses },
      },
    },
    async (request) => noticeHistory(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/redundancy-notices/:id/enrolments/:enrolmentId/reissue',
    {
      schema: {
        tags,
        summary: `A new code for an invitation that expired, got lost or was declined; the old code stops working.${own}`,
        params: enrolmentParams,
        response: { 201: invitationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await reissueInvitation(
            db,
            actorOf(request),
            request.params.id,
            request.params.enrolmentId,
            clock.now(),
          ),
        ),
  );

  app.get(
    '/api/redundancy-notices/:id/enrolments',
    {
      schema: {
        tags,
        summary: `The invited employees (without codes), each with what their consent lets the employer see now (reads under consent are logged).${own}`,
        params: noticeParams,
        response: { 200: z.array(enrolmentSchema), ...errorResponses },
      },
    },
    async (request) => listEnrolments(db, actorOf(request), request.params.id, clock.now()),
  );

  app.post(
    '/api/redundancy-notices/:id/enrolments',
    {
      schema: {
        tags,
        summary: `Invite employees: one code per person, shown only in this answer.${own}`,
        params: noticeParams,
        body: inviteEmployeesBody,
        response: { 201: z.array(invitationSchema), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inviteEmployees(db, actorOf(request), request.params.id, request.body, clock.now()),
        ),
  );

  app.post(
    '/api/redundancy-notices/:id/enrolments/import',
    {
      schema: {
        tags,
        summary: `Import the employee list (CSV or XLSX, base64: name, e-mail, function, contract end date). Dry run: 200 with row errors; invalid rows: 400 and nothing saved; valid: 201 with the codes.${own}`,
        params: noticeParams,
        body: importFileBody,
        response: {
          200: enrolmentImportReportSchema,
          201: enrolmentImportReportSchema,
          ...errorResponses,
          400: enrolmentImportReportSchema.or(errorResponses[400]),
        },
      },
    },
    async (request, reply) => {
      const report = await importEnrolments(
        db,
        actorOf(request),
        request.params.id,
        request.body,
        clock.now(),
      );
      return reply.status(importStatus(report)).send(withRefusal(report));
    },
  );
};
