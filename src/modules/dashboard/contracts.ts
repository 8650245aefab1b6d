import { z } from 'zod';

/** The dashboard's requests and responses (shared with web/). */

const day = z.iso.date().describe('YYYY-MM-DD');

export const dashboardQuery = z.object({
  regionId: z.uuid().optional().describe('Your own region (the only one you may see)'),
  from: day.optional().describe('Start of the period: the cohort of trajectories started from'),
  to: day.optional().describe('End of the period (inclusive; default today): figures as of then'),
  compare: z
    .enum(['true', 'false'])
    .optional()
    .describe('Also the previous period of the same length (needs from)'),
  releasingEmployerId: z.uuid().optional(),
  hiringSector: z.string().min(1).max(60).optional().describe('Sector of the first placement'),
  triageGroup: z.coerce.number().int().min(1).max(3).optional(),
  programmeId: z.uuid().optional().describe('A redundancy notice: the people enrolled through it'),
  matchingEventId: z.uuid().optional().describe('People referred to this matching event'),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

/**
 * A cell: a number; "< 5" for a count of people under the threshold; "x" for a figure hidden so
 * that a small cell cannot be worked out by subtraction, or resting on too few people; null when
 * there is nothing to show (no data).
 */
export const cellSchema = z.union([z.number(), z.string(), z.null()]);

export const cellKindSchema = z.enum(['count', 'rate', 'days', 'euros', 'cents', 'number']);

export const figureTableSchema = z.object({
  id: z.string(),
  columns: z.array(z.object({ key: z.string(), kind: cellKindSchema })),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string().optional(),
      kind: cellKindSchema.optional().describe('The kind of this row when not its columns’ kind'),
      cells: z.record(z.string(), cellSchema),
    }),
  ),
});
export type FigureTable = z.infer<typeof figureTableSchema>;

export const scopeKindSchema = z.enum(['region', 'caseload', 'employer']);
export type ScopeKind = z.infer<typeof scopeKindSchema>;

export const targetMetrics = [
  'participants',
  'outflow_rate',
  'placed_within_months',
  'durable_share',
] as const;
export const targetMetricSchema = z
  .enum(targetMetrics)
  .describe(
    'participants (≥ N people started) · outflow_rate (share to work, work + training or ' +
      'training) · placed_within_months (share placed within N months of the start) · ' +
      'durable_share (share of placements at work after 12 months)',
  );
export type TargetMetric = z.infer<typeof targetMetricSchema>;

export const targetScopeKindSchema = z.enum(['region', 'programme', 'matching_event']);

export const createTargetBody = z
  .object({
    scopeKind: targetScopeKindSchema,
    scopeId: z.uuid().nullable().default(null),
    metric: targetMetricSchema,
    targetValue: z.number().min(0).max(100_000),
    withinMonths: z.number().int().min(1).max(36).nullable().default(null),
    startsOn: day,
    dueOn: day,
  })
  .superRefine((b, ctx) => {
    if (b.scopeKind !== 'region' && b.scopeId === null) {
      ctx.addIssue({ code: 'custom', path: ['scopeId'], message: 'choose the programme or event' });
    }
    if (b.metric !== 'participants' && b.targetValue > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetValue'],
        message: 'a share is between 0 and 1',
      });
    }
    if (b.metric === 'placed_within_months' && b.withinMonths === null) {
      ctx.addIssue({ code: 'custom', path: ['withinMonths'], message: 'give the months' });
    }
    if (b.dueOn < b.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'due after the start' });
    }
  });
export type CreateTargetBody = z.infer<typeof createTargetBody>;

export const targetStatusSchema = z
  .enum(['met', 'on_track', 'behind', 'not_met', 'hidden'])
  .describe('hidden: the realisation rests on fewer people than the threshold');

export const targetSchema = z.object({
  id: z.uuid(),
  scopeKind: targetScopeKindSchema,
  scopeId: z.uuid().nullable(),
  scopeName: z.string().nullable(),
  metric: targetMetricSchema,
  targetValue: z.number(),
  withinMonths: z.number().nullable(),
  startsOn: z.string(),
  dueOn: z.string(),
  realised: cellSchema,
  status: targetStatusSchema,
});
export type Target = z.infer<typeof targetSchema>;

export const dashboardSchema = z.object({
  scope: z.object({
    kind: scopeKindSchema,
    regionId: z.uuid(),
    regionName: z.string(),
    organisationName: z.string().nullable(),
  }),
  period: z.object({
    from: z.string().nullable(),
    to: z.string(),
    previousFrom: z.string().nullable(),
    previousTo: z.string().nullable(),
  }),
  threshold: z.number().int(),
  tables: z.array(figureTableSchema),
  targets: z.array(targetSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const exportQuery = dashboardQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

export const targetParams = z.object({ id: z.uuid() });
