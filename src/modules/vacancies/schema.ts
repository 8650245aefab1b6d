import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { organisations, regions } from '../organisations/schema.ts';
import { persons } from '../people/schema.ts';
import { occupations, skills } from '../taxonomy/schema.ts';

/** Rapid response: a releasing employer reports threatened redundancy early. */
export const redundancyNotices = pgTable(
  'redundancy_notices',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    expectedDate: date('expected_date').notNull(),
    peopleCount: integer('people_count').notNull(),
    occupationIds: integer('occupation_ids').array().notNull().default([]),
    reason: text('reason').notNull(),
    socialPlan: boolean('social_plan').notNull().default(false),
    /** What the social plan funds: training | transition_payment | outplacement | other */
    socialPlanFunds: text('social_plan_funds').array().notNull().default([]),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** open | closed */
    status: text('status').notNull().default('open'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('redundancy_notices_region_idx').on(t.regionId, t.createdAt)],
);

/** An affected employee invited to Overstap; they accept with a code and choose what to share. */
export const redundancyEnrolments = pgTable(
  'redundancy_enrolments',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => redundancyNotices.id, { onDelete: 'cascade' }),
    name: text('name'),
    email: text('email'),
    functionTitle: text('function_title'),
    occupationId: integer('occupation_id').references(() => occupations.id),
    contractEndDate: date('contract_end_date'),
    /** SHA-256 of the invitation code; the code itself is shown once to the employer. */
    inviteCodeHash: text('invite_code_hash').notNull().unique(),
    /** invited | accepted | declined */
    status: text('status').notNull().default('invited'),
    personId: uuid('person_id').references(() => persons.id),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    /** The code stops working after this moment; the employer can issue a new one. */
    expiresAt: timestamp('expires_at', { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '30 days'`),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [index('redundancy_enrolments_notice_idx').on(t.noticeId)],
);

/** A vacancy described as tasks and skills (job carving), not only a title and a diploma. */
export const vacancies = pgTable(
  'vacancies',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    occupationId: integer('occupation_id').references(() => occupations.id),
    tasks: text('tasks').array().notNull().default([]),
    description: text('description'),
    hoursMin: smallint('hours_min'),
    hoursMax: smallint('hours_max'),
    salaryMin: integer('salary_min'),
    salaryMax: integer('salary_max'),
    postcode: text('postcode'),
    city: text('city'),
    lat: real('lat'),
    lon: real('lon'),
    startDate: date('start_date'),
    positions: smallint('positions').notNull().default(1),
    /** permanent | fixed_term | temp_agency | trial_job | apprenticeship */
    contractType: text('contract_type'),
    conditionalContract: boolean('conditional_contract').notNull().default(false),
    jobShadowing: boolean('job_shadowing').notNull().default(false),
    /** Employment conditions in one fixed template, comparable with a candidate's current job. */
    conditions: jsonb('conditions').$type<Record<string, unknown>>().notNull().default({}),
    /** draft | open | paused | filled | closed */
    status: text('status').notNull().default('open'),
    carvedFromId: uuid('carved_from_id'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('vacancies_region_status_idx').on(t.regionId, t.status),
    index('vacancies_employer_idx').on(t.employerId),
    index('vacancies_occupation_idx').on(t.occupationId),
  ],
);

export const vacancyRequirements = pgTable(
  'vacancy_requirements',
  {
    vacancyId: uuid('vacancy_id')
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id),
    /** essential | optional */
    importance: text('importance').notNull(),
    /** The employer will teach it on the job. */
    learnable: boolean('learnable').notNull().default(false),
    minLevel: smallint('min_level').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.vacancyId, t.skillId] }),
    index('vacancy_requirements_skill_idx').on(t.skillId),
  ],
);
