import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions } from '../organisations/schema.ts';

/**
 * The event log: every write that matters leaves one row here, in the same transaction.
 * The chain and the dashboard are computed from it, so rows are never updated or deleted.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    type: text('type').notNull(),
    actorUserId: uuid('actor_user_id'),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_region_type_time_idx').on(t.regionId, t.type, t.occurredAt),
    index('events_subject_idx').on(t.subjectType, t.subjectId),
  ],
);

export type EventRow = typeof events.$inferSelect;
