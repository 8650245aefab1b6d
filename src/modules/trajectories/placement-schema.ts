import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { organisations, regions } from '../organisations/schema.ts';
import { vacancies } from '../vacancies/schema.ts';
import { trajectories } from './schema.ts';

/**
 * A placement (step 6) with the new employment conditions beside the old ones, so the income gap
 * shows; aftercare check-ins and the outcome measurements at 6 and 12 months hang under it.
 */
export const placements = pgTable(
  'placements',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** outcome_kinds: new_job, work_and_training, self_employed, sheltered_work, … */
    outcome: text('outcome').notNull(),
    /** direct | after_training */
    route: text('route').notNull(),
    employerId: uuid('employer_id').references(() => organisations.id),
    employerName: text('employer_name'),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id, { onDelete: 'set null' }),
    jobTitle: text('job_title'),
    sector: text('sector'),
    startDate: date('start_date').notNull(),
    hoursPerWeek: smallint('hours_per_week'),
    monthlySalary: integer('monthly_salary'),
    contractType: text('contract_type'),
    oldEmployerId: uuid('old_employer_id').references(() => organisations.id),
    oldEmployerName: text('old_employer_name'),
    oldJobTitle: text('old_job_title'),
    oldSector: text('old_sector'),
    oldHoursPerWeek: smallint('old_hours_per_week'),
    oldMonthlySalary: integer('old_monthly_salary'),
    oldContractType: text('old_contract_type'),
    /** Months after the start at which a case manager checks in (default 3 and 6). */
    aftercareMonths: smallint('aftercare_months').array().notNull(),
    endedOn: date('ended_on'),
    endReason: text('end_reason'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('placements_trajectory_idx').on(t.trajectoryId)],
);

/**
 * The planned contacts after a placement: aftercare check-ins and the outcome measurements at 6
 * and 12 months. A recorded check with at_work null means "unknown", which is not "no".
 */
export const placementChecks = pgTable(
  'placement_checks',
  {
    id: uuid('id').primaryKey(),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => placements.id, { onDelete: 'cascade' }),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    months: smallint('months').notNull(),
    /** The outcome measurements (6 and 12 months) the dashboard counts. */
    measuresOutcome: boolean('measures_outcome').notNull(),
    dueOn: date('due_on').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    atWork: boolean('at_work'),
    sameEmployer: boolean('same_employer'),
    note: text('note'),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
  },
  (t) => [
    uniqueIndex('placement_checks_months_unique').on(t.placementId, t.months),
    index('placement_checks_due_idx').on(t.regionId, t.dueOn),
  ],
);

/** Who pays what for a trajectory (releasing employer, training fund, UWV, STAP budget, …). */
export const fundingLines = pgTable(
  'funding_lines',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    source: text('source').notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** training | coaching | job_shadowing | wage_cost_subsidy | job_guarantee | outplacement | other */
    paysFor: text('pays_for').notNull(),
    description: text('description'),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('funding_lines_trajectory_idx').on(t.trajectoryId)],
);

export type PlacementRow = typeof placements.$inferSelect;
export type PlacementCheckRow = typeof placementChecks.$inferSelect;
export type FundingLineRow = typeof fundingLines.$inferSelect;
