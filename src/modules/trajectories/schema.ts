import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { organisations, regions } from '../organisations/schema.ts';
import { persons } from '../people/schema.ts';

/**
 * A person's way through the chain (traject): intake, triage and the seven steps, until closure.
 * The chain state (status, step) is kept here for queries; every change of it is also a row in
 * trajectory_transitions (with its note) and an event (without free text) for the dashboard.
 */
export const trajectories = pgTable(
  'trajectories',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** The case team responsible: its case managers manage the trajectory. */
    caseOrganisationId: uuid('case_organisation_id')
      .notNull()
      .references(() => organisations.id),
    caseManagerUserId: uuid('case_manager_user_id').references(() => users.id),
    releasingEmployerId: uuid('releasing_employer_id').references(() => organisations.id),
    /** trajectory_sources (vocabularies.ts) */
    source: text('source').notNull(),
    /** The sector of the job being left, to count transitions between sectors. */
    oldSector: text('old_sector'),
    /** registered | intake | active | dropped_out | closed (chain.ts) */
    status: text('status').notNull(),
    step: smallint('step'),
    droppedOutFrom: text('dropped_out_from'),
    triageGroup: smallint('triage_group'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closureReason: text('closure_reason'),
    closureNote: text('closure_note'),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull(),
    /** Set when erasure or the retention job removed the free texts of this trajectory. */
    personalDataRemovedAt: timestamp('personal_data_removed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('trajectories_region_status_idx').on(t.regionId, t.status),
    index('trajectories_case_org_idx').on(t.caseOrganisationId, t.status),
    index('trajectories_person_idx').on(t.personId),
    index('trajectories_releasing_employer_idx').on(t.releasingEmployerId),
    // One trajectory at a time: a new one starts only after the last one is closed.
    uniqueIndex('trajectories_one_open_per_person')
      .on(t.personId)
      .where(sql`status <> 'closed'`),
  ],
);

/**
 * The intake: situation, motivation, wishes, obstacles and digital skills. Obstacles (language,
 * debts, health, care duties) are special: only the case team sees them, and they never enter
 * the event log.
 */
export const trajectoryIntakes = pgTable('trajectory_intakes', {
  trajectoryId: uuid('trajectory_id')
    .primaryKey()
    .references(() => trajectories.id, { onDelete: 'cascade' }),
  regionId: uuid('region_id')
    .notNull()
    .references(() => regions.id),
  situation: text('situation'),
  motivation: text('motivation'),
  wishes: text('wishes'),
  /** language | debts | health | care_duties | other */
  obstacles: text('obstacles').array().notNull().default([]),
  obstacleNote: text('obstacle_note'),
  digitalSkills: text('digital_skills'),
  recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** Every triage decision, the first and each change, with its reason. */
export const triageDecisions = pgTable(
  'triage_decisions',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    group: smallint('group').notNull(),
    previousGroup: smallint('previous_group'),
    reason: text('reason'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('triage_decisions_trajectory_idx').on(t.trajectoryId, t.decidedAt)],
);

/** The chain's history: every transition with time, actor, reason code and note. */
export const trajectoryTransitions = pgTable(
  'trajectory_transitions',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** start | record_intake | triage | enter_step | drop_out | reenter | close */
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    fromStep: smallint('from_step'),
    toStatus: text('to_status').notNull(),
    toStep: smallint('to_step'),
    reasonCode: text('reason_code'),
    note: text('note'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('trajectory_transitions_trajectory_idx').on(t.trajectoryId, t.occurredAt)],
);

/** Outcomes as recorded over time; the newest is the trajectory's current outcome. */
export const trajectoryOutcomes = pgTable(
  'trajectory_outcomes',
  {
    id: uuid('id').primaryKey(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    outcome: text('outcome').notNull(),
    sector: text('sector'),
    sameSectorAsBefore: boolean('same_sector_as_before'),
    route: text('route'),
    placementId: uuid('placement_id'),
    employerId: uuid('employer_id').references(() => organisations.id),
    note: text('note'),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('trajectory_outcomes_trajectory_idx').on(t.trajectoryId, t.recordedAt)],
);

export type TrajectoryRow = typeof trajectories.$inferSelect;
export type IntakeRow = typeof trajectoryIntakes.$inferSelect;
export type TriageRow = typeof triageDecisions.$inferSelect;
export type TransitionRow = typeof trajectoryTransitions.$inferSelect;
export type OutcomeRow = typeof trajectoryOutcomes.$inferSelect;
