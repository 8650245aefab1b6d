import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, regions } from '../organisations/schema.ts';
import { occupations, skills } from '../taxonomy/schema.ts';
import { vacancies } from '../vacancies/schema.ts';

/** The regional offer catalogue: trainings, services, job-shadowing slots, matching events. */
export const trainings = pgTable(
  'trainings',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    description: text('description'),
    /** Certificate or qualification it leads to (e.g. "MBO-certificaat Helpende Zorg en Welzijn"). */
    qualification: text('qualification'),
    sector: text('sector'),
    weeks: smallint('weeks').notNull(),
    hoursPerWeek: smallint('hours_per_week'),
    costEur: integer('cost_eur').notNull().default(0),
    continuousIntake: boolean('continuous_intake').notNull().default(false),
    startDates: date('start_dates').array().notNull().default([]),
    /** classroom | online | blended | on_the_job */
    modality: text('modality'),
    city: text('city'),
    postcode: text('postcode'),
    lat: real('lat'),
    lon: real('lon'),
    /** training_fund | municipality | uwv | stap | employer | own */
    funding: text('funding').array().notNull().default([]),
    entryRequirements: text('entry_requirements'),
    /** draft | published | archived */
    status: text('status').notNull().default('published'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('trainings_region_idx').on(t.regionId, t.status),
    index('trainings_provider_idx').on(t.providerId),
  ],
);

export const trainingSkills = pgTable(
  'training_skills',
  {
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id),
    /** The level a graduate reaches (1–4). */
    level: smallint('level').notNull().default(2),
  },
  (t) => [
    primaryKey({ columns: [t.trainingId, t.skillId] }),
    index('training_skills_skill_idx').on(t.skillId),
  ],
);

export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => organisations.id),
    /** career_coaching | talent_scan | cv_training | grief_counselling | language_nt2 | ips | self_employment | other */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    targetGroup: text('target_group'),
    durationWeeks: smallint('duration_weeks'),
    costEur: integer('cost_eur').notNull().default(0),
    capacity: integer('capacity'),
    funding: text('funding').array().notNull().default([]),
    status: text('status').notNull().default('published'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('services_region_idx').on(t.regionId, t.kind)],
);

/** Job shadowing (meeloopstage, 1 day – 1 week) offered by a hiring employer. */
export const shadowingSlots = pgTable(
  'shadowing_slots',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => organisations.id),
    vacancyId: uuid('vacancy_id').references(() => vacancies.id),
    occupationId: integer('occupation_id').references(() => occupations.id),
    title: text('title').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    capacity: smallint('capacity').notNull().default(1),
    city: text('city'),
    status: text('status').notNull().default('published'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('shadowing_slots_region_idx').on(t.regionId, t.startDate)],
);

/** A matching event (ombuigmarkt, banenmarkt). */
export const matchingEvents = pgTable(
  'matching_events',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    sector: text('sector'),
    date: date('date').notNull(),
    city: text('city'),
    venue: text('venue'),
    capacity: integer('capacity'),
    description: text('description'),
    status: text('status').notNull().default('published'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('matching_events_region_idx').on(t.regionId, t.date)],
);
