import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { organisations, regions } from '../organisations/schema.ts';
import { persons } from '../people/schema.ts';

/**
 * Consent per person × purpose × recipient. Rows are never deleted or reused: a withdrawal sets
 * withdrawn_at (effective at once), a new grant is a new row, so the rows are the history.
 */
export const consentGrants = pgTable(
  'consent_grants',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** passport_to_hiring_employer | progress_to_releasing_employer | case_to_partner */
    purpose: text('purpose').notNull(),
    /** The recipient organisation; null = any hiring employer (passport purpose only). */
    recipientOrganisationId: uuid('recipient_organisation_id').references(() => organisations.id),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /** candidate (in Overstap) | case_manager (recorded from a signed form at the intake) */
    givenVia: text('given_via').notNull(),
    grantedByUserId: uuid('granted_by_user_id').references(() => users.id),
    withdrawnByUserId: uuid('withdrawn_by_user_id').references(() => users.id),
  },
  (t) => [
    index('consent_grants_person_idx').on(t.personId, t.purpose),
    index('consent_grants_expiry_idx').on(t.regionId, t.expiresAt),
  ],
);

/**
 * Every read of a person's data by a user of another organisation than their case team: who,
 * what, when and under which consent. The candidate sees it (GET /api/persons/:id/access-log).
 */
export const accessLog = pgTable(
  'access_log',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    readerUserId: uuid('reader_user_id')
      .notNull()
      .references(() => users.id),
    readerOrganisationId: uuid('reader_organisation_id').references(() => organisations.id),
    /** passport | pseudonymous_profile | progress | case */
    what: text('what').notNull(),
    consentId: uuid('consent_id').references(() => consentGrants.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('access_log_person_idx').on(t.personId, t.occurredAt)],
);

export type ConsentRow = typeof consentGrants.$inferSelect;
export type AccessLogRow = typeof accessLog.$inferSelect;
