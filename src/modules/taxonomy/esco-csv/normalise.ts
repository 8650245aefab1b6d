import type { z } from 'zod';
import type { CsvRecord } from './csv-reader.ts';
import type { EscoFileKind } from './file-kinds.ts';
import type { ResolvedLayout } from './layouts.ts';
import {
  BroaderRelationRecordSchema,
  ESCO_URI,
  IscoGroupRecordSchema,
  OccupationRecordSchema,
  OccupationSkillRelationRecordSchema,
  SkillGroupRecordSchema,
  SkillHierarchyRecordSchema,
  SkillRecordSchema,
  SkillSkillRelationRecordSchema,
  type EscoRecord,
  type EscoRejection,
} from './records.ts';

export interface RowContext {
  /** File name used in rejections. */
  file: string;
  lang: string | null;
  layout: ResolvedLayout;
}

export type NormaliseResult =
  | { ok: true; record: EscoRecord }
  | { ok: false; rejection: EscoRejection };

/** Reads one value by canonical column name: trimmed, '' when the column is absent. */
type Get = (column: string) => string;

interface Candidate {
  value: Record<string, unknown>;
  /** Record key → canonical column it came from, for naming the field in a rejection. */
  columnOf: Record<string, string>;
}

/** One label per line, as in altLabels/hiddenLabels; blanks and repeats dropped. */
export function splitLines(value: string): string[] {
  return unique(value.split(/\r\n|\n|\r/));
}

/** A comma- or newline-separated list, as in inScheme. */
export function splitList(value: string): string[] {
  return unique(value.split(/[\r\n,|]+/));
}

function unique(parts: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const item = part.trim();
    if (item !== '' && !seen.has(item)) {
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}

const required = (v: string): string | undefined => (v === '' ? undefined : v);
const optional = (v: string): string | null => (v === '' ? null : v);

const SAME: Record<string, string> = {
  uri: 'conceptUri',
  altLabels: 'altLabels',
  hiddenLabels: 'hiddenLabels',
  inSchemes: 'inScheme',
  naceCodes: 'naceCode',
};

function concept(
  kind: EscoRecord['kind'],
  get: Get,
  lang: string | null,
  columns: readonly string[],
): Candidate {
  const value: Record<string, unknown> = {
    kind,
    uri: required(get('conceptUri')),
    preferredLabel: required(get('preferredLabel')),
    lang: lang ?? undefined,
  };
  const columnOf: Record<string, string> = { ...SAME, lang: 'file name' };
  for (const column of columns) {
    const key = SAME_KEY[column] ?? column;
    if (key === 'altLabels' || key === 'hiddenLabels') value[key] = splitLines(get(column));
    else if (key === 'inSchemes' || key === 'naceCodes') value[key] = splitList(get(column));
    else value[key] = optional(get(column));
    columnOf[key] = column;
  }
  return { value, columnOf };
}

const SAME_KEY: Record<string, string> = { inScheme: 'inSchemes', naceCode: 'naceCodes' };

const BUILDERS: Record<EscoFileKind, (get: Get, lang: string | null) => Candidate> = {
  skills: (get, lang) =>
    concept('skill', get, lang, [
      'skillType',
      'reuseLevel',
      'altLabels',
      'hiddenLabels',
      'description',
      'definition',
      'scopeNote',
      'status',
      'modifiedDate',
      'inScheme',
    ]),
  occupations: (get, lang) => {
    const c = concept('occupation', get, lang, [
      'code',
      'altLabels',
      'hiddenLabels',
      'description',
      'definition',
      'scopeNote',
      'regulatedProfessionNote',
      'status',
      'modifiedDate',
      'naceCode',
      'inScheme',
    ]);
    c.value['iscoGroup'] = required(get('iscoGroup'));
    c.columnOf['iscoGroup'] = 'iscoGroup';
    return c;
  },
  ISCOGroups: (get, lang) => {
    const c = concept('iscoGroup', get, lang, ['altLabels', 'description', 'status', 'inScheme']);
    c.value['code'] = required(get('code'));
    c.columnOf['code'] = 'code';
    return c;
  },
  skillGroups: (get, lang) =>
    concept('skillGroup', get, lang, [
      'code',
      'altLabels',
      'hiddenLabels',
      'description',
      'scopeNote',
      'status',
      'modifiedDate',
      'inScheme',
    ]),
  skillsHierarchy: hierarchyRow,
  broaderRelationsOccPillar: (get) => broaderRow('occupation', get),
  broaderRelationsSkillPillar: (get) => broaderRow('skill', get),
  occupationSkillRelations: (get) => ({
    value: {
      kind: 'occupationSkillRelation',
      occupationUri: required(get('occupationUri')),
      skillUri: required(get('skillUri')),
      relationType: required(get('relationType')),
      skillType: optional(get('skillType')),
    },
    columnOf: {},
  }),
  skillSkillRelations: (get) => ({
    value: {
      kind: 'skillSkillRelation',
      originalSkillUri: required(get('originalSkillUri')),
      originalSkillType: optional(get('originalSkillType')),
      relationType: required(get('relationType')),
      relatedSkillType: optional(get('relatedSkillType')),
      relatedSkillUri: required(get('relatedSkillUri')),
    },
    columnOf: {},
  }),
};

function hierarchyRow(get: Get, lang: string | null): Candidate {
  let level = 0;
  for (const l of [1, 2, 3]) if (get(`Level ${l} URI`) !== '') level = l;
  const at = (l: number, what: string) => `Level ${l} ${what}`;
  return {
    value: {
      kind: 'skillHierarchy',
      uri: required(get(at(level, 'URI'))),
      level,
      parentUri: level === 0 ? null : required(get(at(level - 1, 'URI'))),
      preferredLabel: required(get(at(level, 'preferred term'))),
      code: optional(get(at(level, 'code'))),
      description: optional(get('Description')),
      scopeNote: optional(get('Scope note')),
      lang: lang ?? undefined,
    },
    columnOf: {
      uri: at(level, 'URI'),
      parentUri: level === 0 ? at(0, 'URI') : at(level - 1, 'URI'),
      preferredLabel: at(level, 'preferred term'),
      code: at(level, 'code'),
      description: 'Description',
      scopeNote: 'Scope note',
      lang: 'file name',
    },
  };
}

function broaderRow(pillar: 'skill' | 'occupation', get: Get): Candidate {
  return {
    value: {
      kind: 'broaderRelation',
      pillar,
      conceptType: required(get('conceptType')),
      conceptUri: required(get('conceptUri')),
      broaderType: required(get('broaderType')),
      broaderUri: required(get('broaderUri')),
    },
    columnOf: {},
  };
}

const SCHEMAS: Record<EscoFileKind, z.ZodType<EscoRecord>> = {
  skills: SkillRecordSchema,
  occupations: OccupationRecordSchema,
  ISCOGroups: IscoGroupRecordSchema,
  skillGroups: SkillGroupRecordSchema,
  skillsHierarchy: SkillHierarchyRecordSchema,
  broaderRelationsOccPillar: BroaderRelationRecordSchema,
  broaderRelationsSkillPillar: BroaderRelationRecordSchema,
  occupationSkillRelations: OccupationSkillRelationRecordSchema,
  skillSkillRelations: SkillSkillRelationRecordSchema,
};

/** URI pattern each broader-relation concept type must match. */
const URI_OF_TYPE: Record<string, { pattern: RegExp; what: string }> = {
  KnowledgeSkillCompetence: { pattern: ESCO_URI.skill, what: 'skill' },
  SkillGroup: { pattern: ESCO_URI.skillGroup, what: 'skill group' },
  Occupation: { pattern: ESCO_URI.occupation, what: 'occupation' },
  ISCOGroup: { pattern: ESCO_URI.iscoGroup, what: 'ISCO group' },
};

/** Turns one CSV record into a validated record, or a rejection naming the field at fault. */
export function normaliseRow(row: CsvRecord, ctx: RowContext): NormaliseResult {
  const reject = (field: string | null, reason: string): NormaliseResult => ({
    ok: false,
    rejection: { file: ctx.file, line: row.line, field, reason },
  });
  if (row.problem !== undefined) return reject(null, `malformed CSV: ${row.problem}`);

  const { columns, kind } = ctx.layout;
  const get: Get = (column) => {
    const actual = columns.get(column);
    return actual === undefined ? '' : (row.fields[actual] ?? '').trim();
  };
  const header = (column: string): string => columns.get(column) ?? column;

  const candidate = BUILDERS[kind](get, ctx.lang);
  const parsed = SCHEMAS[kind].safeParse(candidate.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = typeof issue?.path[0] === 'string' ? issue.path[0] : null;
    const column = key === null ? null : header(candidate.columnOf[key] ?? key);
    const value = key === null ? undefined : candidate.value[key];
    return reject(column, `${column ?? 'row'}: ${describeIssue(issue, value)}`);
  }
  const record = parsed.data;
  if (record.kind === 'broaderRelation') {
    for (const side of ['concept', 'broader'] as const) {
      const expected = URI_OF_TYPE[record[`${side}Type`]];
      const value = record[`${side}Uri`];
      if (expected !== undefined && !expected.pattern.test(value)) {
        const column = header(`${side}Uri`);
        return reject(
          column,
          `${column}: malformed ${expected.what} URI "${clip(value)}" for ${side}Type ${record[`${side}Type`]}`,
        );
      }
    }
  }
  return { ok: true, record };
}

function describeIssue(issue: z.core.$ZodIssue | undefined, value: unknown): string {
  if (issue === undefined) return 'invalid';
  if (value === undefined || value === '') return 'missing (required)';
  const shown = typeof value === 'string' ? `"${clip(value)}"` : String(value);
  switch (issue.code) {
    case 'invalid_value':
      return `unknown value ${shown} (expected ${issue.values.map(String).join(' | ')})`;
    case 'invalid_format':
      return `${issue.message} ${shown}`;
    default:
      return `${issue.message} (value ${shown})`;
  }
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
