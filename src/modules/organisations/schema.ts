import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A labour-market region (arbeidsmarktregio). Every row that belongs to a region carries its id. */
export const regions = pgTable('regions', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    name: text('name').notNull(),
    /** One organisation can be several kinds at once (e.g. releasing and hiring employer). */
    kinds: text('kinds').array().notNull(),
    sector: text('sector'),
    city: text('city'),
    postcode: text('postcode'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_region_name_unique').on(t.regionId, t.name),
    index('organisations_region_idx').on(t.regionId),
  ],
);

export type RegionRow = typeof regions.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;
