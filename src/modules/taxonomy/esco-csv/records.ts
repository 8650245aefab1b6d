import { z } from 'zod';

/**
 * Normalised, validated ESCO records: what the database importer receives.
 * Empty optional values are null; label lists are arrays; `kind` tells the records apart.
 */

const ESCO = 'http://data\\.europa\\.eu/esco';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const ESCO_URI = {
  skill: new RegExp(`^${ESCO}/skill/${UUID}$`),
  occupation: new RegExp(`^${ESCO}/occupation/${UUID}$`),
  iscoGroup: new RegExp(`^${ESCO}/isco/C\\d{1,4}$`),
  /** Skill groups are ESCO skill URIs (the S/K/T/L trees) or ISCED-F fields of education. */
  skillGroup: new RegExp(`^${ESCO}/(?:skill/${UUID}|isced-f/\\d{2,4})$`),
} as const;

const uri = (pattern: RegExp, what: string) => z.string().regex(pattern, `malformed ${what} URI`);
const text = z.string().nullable();
const labels = z.array(z.string());
const lang = z.string().regex(/^[a-z]{2,3}(?:-[a-z]{2,4})?$/, 'malformed language code');

export const SKILL_TYPES = ['knowledge', 'skill/competence'] as const;
export const REUSE_LEVELS = [
  'transversal',
  'cross-sector',
  'sector-specific',
  'occupation-specific',
] as const;
export const RELATION_TYPES = ['essential', 'optional'] as const;
export const SKILL_PILLAR_TYPES = ['KnowledgeSkillCompetence', 'SkillGroup'] as const;
export const OCCUPATION_PILLAR_TYPES = ['Occupation', 'ISCOGroup'] as const;

const skillType = z.enum(SKILL_TYPES).nullable();

export const SkillRecordSchema = z.object({
  kind: z.literal('skill'),
  uri: uri(ESCO_URI.skill, 'skill'),
  skillType,
  reuseLevel: z.enum(REUSE_LEVELS).nullable(),
  preferredLabel: z.string().min(1),
  altLabels: labels,
  hiddenLabels: labels,
  description: text,
  definition: text,
  scopeNote: text,
  status: text,
  modifiedDate: text,
  inSchemes: labels,
  lang,
});

export const OccupationRecordSchema = z.object({
  kind: z.literal('occupation'),
  uri: uri(ESCO_URI.occupation, 'occupation'),
  /** ISCO-08 unit group code, e.g. "2654". */
  iscoGroup: z.string().regex(/^\d{1,4}$/, 'malformed ISCO code'),
  /** ESCO occupation code, e.g. "2654.1.7". */
  code: text,
  preferredLabel: z.string().min(1),
  altLabels: labels,
  hiddenLabels: labels,
  description: text,
  definition: text,
  scopeNote: text,
  regulatedProfessionNote: text,
  status: text,
  modifiedDate: text,
  /** NACE codes (v1.2 only; [] for v1.1). */
  naceCodes: labels,
  inSchemes: labels,
  lang,
});

export const IscoGroupRecordSchema = z.object({
  kind: z.literal('iscoGroup'),
  uri: uri(ESCO_URI.iscoGroup, 'ISCO group'),
  code: z.string().regex(/^\d{1,4}$/, 'malformed ISCO code'),
  preferredLabel: z.string().min(1),
  altLabels: labels,
  description: text,
  status: text,
  inSchemes: labels,
  lang,
});

export const SkillGroupRecordSchema = z.object({
  kind: z.literal('skillGroup'),
  uri: uri(ESCO_URI.skillGroup, 'skill group'),
  /** e.g. "S1.2" or "K0613"; null for ISCED-F groups, whose code is in the URI. */
  code: text,
  preferredLabel: z.string().min(1),
  altLabels: labels,
  hiddenLabels: labels,
  description: text,
  scopeNote: text,
  status: text,
  modifiedDate: text,
  inSchemes: labels,
  lang,
});

/** One row of skillsHierarchy_<lang>.csv: the deepest filled level and its parent. */
export const SkillHierarchyRecordSchema = z.object({
  kind: z.literal('skillHierarchy'),
  uri: uri(ESCO_URI.skillGroup, 'skill group'),
  level: z.number().int().min(0).max(3),
  parentUri: uri(ESCO_URI.skillGroup, 'skill group').nullable(),
  preferredLabel: z.string().min(1),
  code: text,
  description: text,
  scopeNote: text,
  lang,
});

const conceptUri = z
  .string()
  .regex(new RegExp(`^${ESCO}/(?:skill|occupation|isco|isced-f)/[^\\s/]+$`), 'malformed ESCO URI');

export const BroaderRelationRecordSchema = z.discriminatedUnion('pillar', [
  z.object({
    kind: z.literal('broaderRelation'),
    pillar: z.literal('skill'),
    conceptType: z.enum(SKILL_PILLAR_TYPES),
    conceptUri,
    broaderType: z.enum(SKILL_PILLAR_TYPES),
    broaderUri: conceptUri,
  }),
  z.object({
    kind: z.literal('broaderRelation'),
    pillar: z.literal('occupation'),
    conceptType: z.enum(OCCUPATION_PILLAR_TYPES),
    conceptUri,
    broaderType: z.enum(OCCUPATION_PILLAR_TYPES),
    broaderUri: conceptUri,
  }),
]);

export const OccupationSkillRelationRecordSchema = z.object({
  kind: z.literal('occupationSkillRelation'),
  occupationUri: uri(ESCO_URI.occupation, 'occupation'),
  skillUri: uri(ESCO_URI.skill, 'skill'),
  relationType: z.enum(RELATION_TYPES),
  skillType,
});

export const SkillSkillRelationRecordSchema = z.object({
  kind: z.literal('skillSkillRelation'),
  originalSkillUri: uri(ESCO_URI.skill, 'skill'),
  originalSkillType: skillType,
  relationType: z.enum(RELATION_TYPES),
  relatedSkillType: skillType,
  relatedSkillUri: uri(ESCO_URI.skill, 'skill'),
});

export type SkillRecord = z.infer<typeof SkillRecordSchema>;
export type OccupationRecord = z.infer<typeof OccupationRecordSchema>;
export type IscoGroupRecord = z.infer<typeof IscoGroupRecordSchema>;
export type SkillGroupRecord = z.infer<typeof SkillGroupRecordSchema>;
export type SkillHierarchyRecord = z.infer<typeof SkillHierarchyRecordSchema>;
export type BroaderRelationRecord = z.infer<typeof BroaderRelationRecordSchema>;
export type OccupationSkillRelationRecord = z.infer<typeof OccupationSkillRelationRecordSchema>;
export type SkillSkillRelationRecord = z.infer<typeof SkillSkillRelationRecordSchema>;

export type EscoRecord =
  | SkillRecord
  | OccupationRecord
  | IscoGroupRecord
  | SkillGroupRecord
  | SkillHierarchyRecord
  | BroaderRelationRecord
  | OccupationSkillRelationRecord
  | SkillSkillRelationRecord;

/** A row that could not be imported. `field` is the column as named in the file, if one is to blame. */
export interface EscoRejection {
  file: string;
  line: number;
  field: string | null;
  reason: string;
  /** True when the whole file could not be read (e.g. a required column is missing). */
  fatal?: boolean;
}
