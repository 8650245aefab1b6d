import { boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { shadowingSlots, trainings } from '../offers/schema.ts';
import { organisations, regions } from '../organisations/schema.ts';
import { vacancies } from '../vacancies/schema.ts';
import { trajectories } from './schema.ts';

/**
 * What happens on the way to a job: referrals to offers of the catalogue, job shadowing,
 * selection, conditional contracts and training. Offers and vacancies belong to other modules;
 * they are referred to by id only (and stay when those are archived).
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** service | training | shadowing | event | other */
    offerKind: text('offer_kind').notNull(),
    /** The service, training, shadowing slot or matching event; null for `other`. */
    offerId: uuid('offer_id'),
    /** The offer's name when referred (an `other` offer has only this). */
    title: text('title').notNull(),
    /** proposed | accepted | started | completed | stopped (referral-status.ts) */
    status: text('status').notNull(),
    stopReason: text('stop_reason'),
    /** positive | neutral | negative */
    result: text('result'),
    note: text('note'),
    proposedByUserId: uuid('proposed_by_user_id').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('referrals_trajectory_idx').on(t.trajectoryId)],
);

/** Job shadowing (meeloopstage, 1 day – 1 week) and how it went, seen from both sides. */
export const shadowings = pgTable(
  'shadowings',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    employerId: uuid('employer_id').references(() => organisations.id),
    employerName: text('employer_name'),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id, { onDelete: 'set null' }),
    slotId: uuid('slot_id').references(() => shadowingSlots.id, { onDelete: 'set null' }),
    referralId: uuid('referral_id').references(() => referrals.id, { onDelete: 'set null' }),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    /** yes | no | doubt, once it is done */
    fit: text('fit'),
    feedbackCandidate: text('feedback_candidate'),
    feedbackEmployer: text('feedback_employer'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('shadowings_trajectory_idx').on(t.trajectoryId)],
);

/** The result of a selection procedure (tests, interview) at a hiring employer. */
export const selections = pgTable(
  'selections',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    employerId: uuid('employer_id').references(() => organisations.id),
    employerName: text('employer_name'),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id, { onDelete: 'set null' }),
    /** selected | not_selected | candidate_withdrew */
    result: text('result').notNull(),
    decidedOn: date('decided_on').notNull(),
    note: text('note'),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('selections_trajectory_idx').on(t.trajectoryId)],
);

/** A conditional contract (job guarantee) with its dissolving condition and deadline. */
export const conditionalContracts = pgTable(
  'conditional_contracts',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    employerId: uuid('employer_id').references(() => organisations.id),
    employerName: text('employer_name'),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id, { onDelete: 'set null' }),
    /** e.g. "MBO-2 diploma Helpende Zorg en Welzijn behaald" */
    dissolvingCondition: text('dissolving_condition'),
    deadline: date('deadline').notNull(),
    signedOn: date('signed_on').notNull(),
    /** signed | condition_met | dissolved */
    status: text('status').notNull(),
    resolvedOn: date('resolved_on'),
    resolutionNote: text('resolution_note'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('conditional_contracts_trajectory_idx').on(t.trajectoryId)],
);

/** A training followed in the trajectory: from the catalogue or outside it. */
export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    trainingId: uuid('training_id').references(() => trainings.id, { onDelete: 'set null' }),
    providerId: uuid('provider_id').references(() => organisations.id),
    name: text('name').notNull(),
    startDate: date('start_date').notNull(),
    expectedEndDate: date('expected_end_date'),
    /** started | completed | stopped */
    status: text('status').notNull(),
    finishedOn: date('finished_on'),
    stopReason: text('stop_reason'),
    certificateObtained: boolean('certificate_obtained'),
    /** Exemptions for skills already held, remarks. */
    note: text('note'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('training_enrolments_trajectory_idx').on(t.trajectoryId)],
);

export type ReferralRow = typeof referrals.$inferSelect;
export type ShadowingRow = typeof shadowings.$inferSelect;
export type SelectionRow = typeof selections.$inferSelect;
export type ConditionalContractRow = typeof conditionalContracts.$inferSelect;
export type TrainingEnrolmentRow = typeof trainingEnrolments.$inferSelect;
