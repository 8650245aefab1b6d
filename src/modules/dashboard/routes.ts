import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import { forbidden } from '../../shared/errors.ts';
import {
  createTargetBody,
  dashboardQuery,
  dashboardSchema,
  exportQuery,
  targetParams,
} from './contracts.ts';
import { dashboardCsv, dashboardXlsx } from './export.ts';
import { mayManageTargets } from './scope.ts';
import { getDashboard } from './use-cases/get-dashboard.ts';
import { createTarget, removeTarget } from './use-cases/targets.ts';

const tags = ['dashboard'];

/** The dashboard: figures computed from the event log, suppressed, scoped by role. */
export const dashboardRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { db, clock, config } = ctx;
  const options = () => ({ now: clock.now(), threshold: config.SUPPRESSION_THRESHOLD });

  app.get(
    '/api/dashboard',
    {
      schema: {
        tags,
        summary:
          'Figures of the region (coordinator), the caseload (case manager) or the consented people (employer); counts under the threshold are "< 5"',
        querystring: dashboardQuery,
        response: { 200: dashboardSchema, ...errorResponses },
      },
    },
    async (request) => getDashboard(db, actorOf(request), request.query, options()),
  );

  app.get(
    '/api/dashboard/export',
    {
      schema: {
        tags,
        summary: 'Every table of the dashboard as CSV or XLSX (suppressed as on screen)',
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const dashboard = await getDashboard(db, actorOf(request), query, options());
      const name = `overstap-dashboard-${dashboard.period.to}`;
      if (format === 'xlsx') {
        return reply
          .header(
            'content-type',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          )
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(await dashboardXlsx(dashboard));
      }
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`)
        .send(dashboardCsv(dashboard));
    },
  );

  app.post(
    '/api/dashboard/targets',
    {
      schema: {
        tags,
        summary: 'Set a SMART target for the region, a programme or a matching event (coordinator)',
        body: createTargetBody,
        response: { 201: z.object({ id: z.uuid() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!mayManageTargets(actor)) throw forbidden('Only coordinators set targets');
      const id = await createTarget(db, actor, request.body, clock.now());
      return reply.status(201).send({ id });
    },
  );

  app.delete(
    '/api/dashboard/targets/:id',
    {
      schema: {
        tags,
        summary: 'Remove a target (coordinator)',
        params: targetParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!mayManageTargets(actor)) throw forbidden('Only coordinators set targets');
      await removeTarget(db, actor, request.params.id, clock.now());
      return reply.status(204).send(null);
    },
  );
};
