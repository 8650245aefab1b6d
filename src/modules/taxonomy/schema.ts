import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * Skills and occupations of several concept schemes side by side (`esco`, `starter`).
 * Integer ids are what the matching engine indexes; URIs are the stable outside identity.
 */
export const skills = pgTable(
  'skills',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    uri: text('uri').notNull().unique(),
    scheme: text('scheme').notNull(),
    /** 'skill' for a skill or knowledge concept, 'group' for a skill group of the hierarchy. */
    kind: text('kind').notNull().default('skill'),
    /** knowledge | skill | competence | transversal | language (ESCO: knowledge | skill/competence). */
    skillType: text('skill_type'),
    reuseLevel: text('reuse_level'),
    labelNl: text('label_nl'),
    labelEn: text('label_en'),
    descriptionNl: text('description_nl'),
    descriptionEn: text('description_en'),
    /** Normally proven by a certificate or licence (matching treats it as not learnable on the job). */
    certificate: boolean('certificate').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('skills_scheme_idx').on(t.scheme, t.kind)],
);

/** The skill hierarchy: skill → broader skill or skill group. */
export const skillBroader = pgTable(
  'skill_broader',
  {
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    broaderId: integer('broader_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.skillId, t.broaderId] }),
    index('skill_broader_broader_idx').on(t.broaderId),
  ],
);

export const iscoGroups = pgTable('isco_groups', {
  code: text('code').primaryKey(),
  uri: text('uri').unique(),
  labelNl: text('label_nl'),
  labelEn: text('label_en'),
  parentCode: text('parent_code'),
});

export const occupations = pgTable(
  'occupations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    uri: text('uri').notNull().unique(),
    scheme: text('scheme').notNull(),
    iscoCode: text('isco_code'),
    /** ESCO's own occupation code (e.g. 5131.1) or the starter code. */
    code: text('code'),
    /** Sector code (starter scheme; ESCO occupations carry none). */
    sector: text('sector'),
    labelNl: text('label_nl'),
    labelEn: text('label_en'),
    descriptionNl: text('description_nl'),
    descriptionEn: text('description_en'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('occupations_scheme_idx').on(t.scheme),
    index('occupations_isco_idx').on(t.iscoCode),
  ],
);

export const occupationSkills = pgTable(
  'occupation_skills',
  {
    occupationId: integer('occupation_id')
      .notNull()
      .references(() => occupations.id, { onDelete: 'cascade' }),
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    /** essential | optional */
    relation: text('relation').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.occupationId, t.skillId] }),
    index('occupation_skills_skill_idx').on(t.skillId),
  ],
);

/**
 * ESCO's occupation hierarchy below the ISCO unit groups: occupation → broader occupation
 * (e.g. "sous chef" → "cook"). Occupation → ISCO group edges live in occupations.isco_code.
 */
export const occupationBroader = pgTable(
  'occupation_broader',
  {
    occupationId: integer('occupation_id')
      .notNull()
      .references(() => occupations.id, { onDelete: 'cascade' }),
    broaderId: integer('broader_id')
      .notNull()
      .references(() => occupations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.occupationId, t.broaderId] }),
    index('occupation_broader_broader_idx').on(t.broaderId),
  ],
);

/** ESCO skill → skill relations: the related skill is essential or optional for the skill. */
export const skillRelations = pgTable(
  'skill_relations',
  {
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    relatedSkillId: integer('related_skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    /** essential | optional */
    relation: text('relation').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.skillId, t.relatedSkillId] }),
    index('skill_relations_related_idx').on(t.relatedSkillId),
  ],
);

/**
 * Every label of every concept, per language and kind, with a normalised search text
 * (lower case, accents removed) that carries a trigram index for autocomplete and job titles.
 */
export const conceptLabels = pgTable(
  'concept_labels',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    conceptType: text('concept_type').notNull(),
    conceptId: integer('concept_id').notNull(),
    lang: text('lang').notNull(),
    /** preferred | alt | hidden */
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    searchText: text('search_text').notNull(),
  },
  (t) => [
    index('concept_labels_concept_idx').on(t.conceptType, t.conceptId),
    index('concept_labels_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/**
 * One row counting changes to skills, occupations and their labels (bumped by statement triggers,
 * migration 0013): the in-memory label index of skill and occupation search rebuilds when it moves.
 */
export const taxonomyRevision = pgTable('taxonomy_revision', {
  id: integer('id').primaryKey(),
  revision: bigint('revision', { mode: 'number' }).notNull(),
});

/** Which sectors a scheme knows, with their labels and whether they are shortage sectors. */
export const sectorsTable = pgTable('sectors', {
  code: text('code').primaryKey(),
  labelNl: text('label_nl').notNull(),
  labelEn: text('label_en').notNull(),
  shortage: boolean('shortage').notNull().default(false),
});

export type SkillRow = typeof skills.$inferSelect;
export type OccupationRow = typeof occupations.$inferSelect;
