import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { regions } from '../organisations/schema.ts';
import { trajectories } from './schema.ts';

/** A goal of the personal plan, agreed between candidate, case manager and work supervisor. */
export const planGoals = pgTable(
  'plan_goals',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    title: text('title'),
    description: text('description'),
    dueOn: date('due_on').notNull(),
    /** candidate | case_manager | work_supervisor */
    agreedWith: text('agreed_with').array().notNull(),
    /** open | achieved | not_achieved */
    status: text('status').notNull().default('open'),
    /** Every three months until the goal is achieved or given up. */
    nextEvaluationOn: date('next_evaluation_on'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('plan_goals_trajectory_idx').on(t.trajectoryId),
    index('plan_goals_evaluation_idx').on(t.regionId, t.nextEvaluationOn),
  ],
);

export const goalEvaluations = pgTable(
  'goal_evaluations',
  {
    id: uuid('id').primaryKey(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => planGoals.id, { onDelete: 'cascade' }),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** on_track | behind | achieved | not_achieved */
    progress: text('progress').notNull(),
    note: text('note'),
    adjustedTitle: text('adjusted_title'),
    adjustedDueOn: date('adjusted_due_on'),
    evaluatedByUserId: uuid('evaluated_by_user_id').references(() => users.id),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('goal_evaluations_goal_idx').on(t.goalId, t.evaluatedAt)],
);

/** Appointments with the candidate ('Mijn traject' shows the next ones). */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    kind: text('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    title: text('title'),
    location: text('location'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('appointments_trajectory_idx').on(t.trajectoryId, t.startsAt)],
);

export type GoalRow = typeof planGoals.$inferSelect;
export type EvaluationRow = typeof goalEvaluations.$inferSelect;
export type AppointmentRow = typeof appointments.$inferSelect;
