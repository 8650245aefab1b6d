import { date, index, pgTable, real, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { regions } from '../organisations/schema.ts';

/**
 * One row per statement that inserted events, written by a trigger on `events` (migration
 * dashboard_marks). The dashboard keeps the facts it derives from a region's events in memory
 * and re-reads them only when the number of marks of the region changed — also when another
 * process (the CLI, a second API node) wrote the events. Insert-only, so writers never wait on
 * each other; the count only grows, so every committed write is noticed. It holds no figure.
 */
export const dashboardEventMarks = pgTable(
  'dashboard_event_marks',
  {
    regionId: uuid('region_id').notNull(),
    /** The subjects (trajectories, persons) whose events the statement inserted. */
    subjectIds: text('subject_ids').array().notNull(),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dashboard_event_marks_region_idx').on(t.regionId)],
);

/**
 * A SMART target a coordinator sets for the region, a programme (redundancy notice) or a matching
 * event, e.g. "≥ 50 participants", "≥ 25 % placed within 3 months", "80 % of placements durable".
 * Realisation is always computed from the event log, never stored.
 */
export const dashboardTargets = pgTable(
  'dashboard_targets',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** region | programme | matching_event */
    scopeKind: text('scope_kind').notNull(),
    /** The redundancy notice or matching event; null for the region. */
    scopeId: uuid('scope_id'),
    /** participants | outflow_rate | placed_within_months | durable_share */
    metric: text('metric').notNull(),
    /** A number of people, or a share 0–1. */
    targetValue: real('target_value').notNull(),
    /** For placed_within_months: the months after the start. */
    withinMonths: smallint('within_months'),
    startsOn: date('starts_on').notNull(),
    dueOn: date('due_on').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('dashboard_targets_region_idx').on(t.regionId)],
);

export type DashboardTargetRow = typeof dashboardTargets.$inferSelect;
