import type { z } from 'zod';
import type { CsvRecord } from './csv-reader.ts';
import type { EscoFileKind } from './file-kinds.ts';
import type { ResolvedLayout } from './layouts.ts';
import { buildCandidate, type Get } from './row-candidates.ts';
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
  { ok: true; record: EscoRecord } | { ok: false; rejection: EscoRejection };

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
  if (row.problem !== undefined) {
    return reject(row.problemField ?? null, `malformed CSV: ${row.problem}`);
  }

  const { columns, kind } = ctx.layout;
  const get: Get = (column) => {
    const actual = columns.get(column);
    return actual === undefined ? '' : (row.fields[actual] ?? '').trim();
  };
  const header = (column: string): string => columns.get(column) ?? column;

  const candidate = buildCandidate(kind, get, ctx.lang);
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
