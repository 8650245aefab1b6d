import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { organisations, regions } from '../organisations/schema.ts';
import { occupations, skills } from '../taxonomy/schema.ts';

/**
 * A candidate's profile: the skills passport. Personal fields are nulled on erasure
 * (erased_at set); the pseudonym is what employers see until the candidate consents.
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** The candidate's own account, when they have one. */
    userId: uuid('user_id')
      .unique()
      .references(() => users.id),
    /** The organisation whose case team is responsible (intake), e.g. UWV or a municipality. */
    caseOrganisationId: uuid('case_organisation_id').references(() => organisations.id),
    /** The employer the person works for now (releasing employer), if any. */
    currentEmployerId: uuid('current_employer_id').references(() => organisations.id),
    pseudonym: text('pseudonym').notNull(),
    givenName: text('given_name'),
    familyName: text('family_name'),
    email: text('email'),
    phone: text('phone'),
    postcode: text('postcode'),
    city: text('city'),
    birthYear: smallint('birth_year'),
    summary: text('summary'),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_pseudonym_unique').on(t.pseudonym),
    index('persons_region_idx').on(t.regionId),
    index('persons_case_org_idx').on(t.caseOrganisationId),
    index('persons_employer_idx').on(t.currentEmployerId),
  ],
);

export const personWorkHistory = pgTable(
  'person_work_history',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    occupationId: integer('occupation_id').references(() => occupations.id),
    /** The person's own job title, as they say it ("medewerker bediening"). */
    jobTitle: text('job_title').notNull(),
    employerName: text('employer_name'),
    sector: text('sector'),
    startYear: smallint('start_year'),
    endYear: smallint('end_year'),
    description: text('description'),
    monthlySalary: integer('monthly_salary'),
    hoursPerWeek: smallint('hours_per_week'),
  },
  (t) => [index('person_work_history_person_idx').on(t.personId)],
);

export const personEducation = pgTable(
  'person_education',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** education | certificate */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** e.g. mbo-2, hbo, or a certificate's scheme */
    level: text('level'),
    institution: text('institution'),
    year: smallint('year'),
    completed: text('completed'),
    validUntil: date('valid_until'),
  },
  (t) => [index('person_education_person_idx').on(t.personId)],
);

export const personSkills = pgTable(
  'person_skills',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id),
    /** 1 basic · 2 independent · 3 experienced · 4 expert */
    level: smallint('level').notNull(),
    /** self | coach_verified | test | certificate | work_history */
    evidence: text('evidence').notNull(),
    /** work_history | informal | manual */
    source: text('source').notNull().default('manual'),
    note: text('note'),
    confirmedByUserId: uuid('confirmed_by_user_id').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.skillId] }),
    index('person_skills_skill_idx').on(t.skillId),
  ],
);

export const personWishes = pgTable('person_wishes', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => persons.id, { onDelete: 'cascade' }),
  sectors: text('sectors').array().notNull().default([]),
  occupationIds: integer('occupation_ids').array().notNull().default([]),
  hoursMin: smallint('hours_min'),
  hoursMax: smallint('hours_max'),
  maxTravelKm: smallint('max_travel_km'),
  minMonthlySalary: integer('min_monthly_salary'),
  earliestStart: date('earliest_start'),
  contractTypes: text('contract_types').array().notNull().default([]),
  trainingHoursPerWeek: smallint('training_hours_per_week'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type PersonRow = typeof persons.$inferSelect;
