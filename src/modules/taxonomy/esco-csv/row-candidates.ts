import type { EscoFileKind } from './file-kinds.ts';

/**
 * Turns the raw values of one row into an unvalidated record candidate (records.ts validates).
 * Empty required values become undefined (zod reports them missing), empty optional values null.
 */

/** Reads one value by canonical column name: trimmed, '' when the column is absent. */
export type Get = (column: string) => string;

export interface Candidate {
  value: Record<string, unknown>;
  /** Record key → canonical column it came from, to name the field in a rejection. */
  columnOf: Record<string, string>;
}

/** One label per line, as in altLabels/hiddenLabels; blanks and repeats dropped. */
export function splitLines(value: string): string[] {
  return unique(value.split(/\r\n|\n|\r/));
}

/** A list separated by commas, line breaks or pipes, as in inScheme. */
export function splitList(value: string): string[] {
  return unique(value.split(/[\r\n,|]+/));
}

function unique(parts: string[]): string[] {
  const out = new Set<string>();
  for (const part of parts) {
    const item = part.trim();
    if (item !== '') out.add(item);
  }
  return [...out];
}

type Read = (value: string) => unknown;
const required: Read = (v) => (v === '' ? undefined : v);
const optional: Read = (v) => (v === '' ? null : v);

/** [record key, canonical column, how to read it] */
type Field = readonly [key: string, column: string, read: Read];

const URI: Field = ['uri', 'conceptUri', required];
const PREFERRED: Field = ['preferredLabel', 'preferredLabel', required];
const ALT: Field = ['altLabels', 'altLabels', splitLines];
const HIDDEN: Field = ['hiddenLabels', 'hiddenLabels', splitLines];
const SCHEMES: Field = ['inSchemes', 'inScheme', splitList];
const text = (column: string): Field => [column, column, optional];

const FIELDS: Record<Exclude<EscoFileKind, 'skillsHierarchy'>, readonly Field[]> = {
  skills: [
    URI,
    text('skillType'),
    text('reuseLevel'),
    PREFERRED,
    ALT,
    HIDDEN,
    ...['description', 'definition', 'scopeNote', 'status', 'modifiedDate'].map(text),
    SCHEMES,
  ],
  occupations: [
    URI,
    ['iscoGroup', 'iscoGroup', required],
    text('code'),
    PREFERRED,
    ALT,
    HIDDEN,
    ...['description', 'definition', 'scopeNote', 'regulatedProfessionNote'].map(text),
    ...['status', 'modifiedDate'].map(text),
    ['naceCodes', 'naceCode', splitList],
    SCHEMES,
  ],
  ISCOGroups: [
    URI,
    ['code', 'code', required],
    PREFERRED,
    ALT,
    text('description'),
    text('status'),
    SCHEMES,
  ],
  skillGroups: [
    URI,
    text('code'),
    PREFERRED,
    ALT,
    HIDDEN,
    ...['description', 'scopeNote', 'status', 'modifiedDate'].map(text),
    SCHEMES,
  ],
  broaderRelationsOccPillar: broaderFields(),
  broaderRelationsSkillPillar: broaderFields(),
  occupationSkillRelations: [
    ['occupationUri', 'occupationUri', required],
    ['skillUri', 'skillUri', required],
    ['relationType', 'relationType', required],
    text('skillType'),
  ],
  skillSkillRelations: [
    ['originalSkillUri', 'originalSkillUri', required],
    text('originalSkillType'),
    ['relationType', 'relationType', required],
    text('relatedSkillType'),
    ['relatedSkillUri', 'relatedSkillUri', required],
  ],
};

function broaderFields(): Field[] {
  return ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'].map((c) => [c, c, required]);
}

const FIXED: Record<Exclude<EscoFileKind, 'skillsHierarchy'>, Record<string, string>> = {
  skills: { kind: 'skill' },
  occupations: { kind: 'occupation' },
  ISCOGroups: { kind: 'iscoGroup' },
  skillGroups: { kind: 'skillGroup' },
  broaderRelationsOccPillar: { kind: 'broaderRelation', pillar: 'occupation' },
  broaderRelationsSkillPillar: { kind: 'broaderRelation', pillar: 'skill' },
  occupationSkillRelations: { kind: 'occupationSkillRelation' },
  skillSkillRelations: { kind: 'skillSkillRelation' },
};

const LABELLED: ReadonlySet<EscoFileKind> = new Set([
  'skills',
  'occupations',
  'ISCOGroups',
  'skillGroups',
]);

export function buildCandidate(kind: EscoFileKind, get: Get, lang: string | null): Candidate {
  if (kind === 'skillsHierarchy') return hierarchyCandidate(get, lang);
  const value: Record<string, unknown> = { ...FIXED[kind] };
  const columnOf: Record<string, string> = {};
  for (const [key, column, read] of FIELDS[kind]) {
    value[key] = read(get(column));
    columnOf[key] = column;
  }
  if (LABELLED.has(kind)) {
    value['lang'] = lang ?? undefined;
    columnOf['lang'] = 'file name';
  }
  return { value, columnOf };
}

/** A skillsHierarchy row describes its deepest filled level; the level above is its parent. */
function hierarchyCandidate(get: Get, lang: string | null): Candidate {
  let level = 0;
  for (const l of [1, 2, 3]) if (get(`Level ${l} URI`) !== '') level = l;
  const at = (l: number, what: string) => `Level ${l} ${what}`;
  const parent = level === 0 ? null : at(level - 1, 'URI');
  return {
    value: {
      kind: 'skillHierarchy',
      uri: required(get(at(level, 'URI'))),
      level,
      parentUri: parent === null ? null : required(get(parent)),
      preferredLabel: required(get(at(level, 'preferred term'))),
      code: optional(get(at(level, 'code'))),
      description: optional(get('Description')),
      scopeNote: optional(get('Scope note')),
      lang: lang ?? undefined,
    },
    columnOf: {
      uri: at(level, 'URI'),
      parentUri: parent ?? at(0, 'URI'),
      preferredLabel: at(level, 'preferred term'),
      code: at(level, 'code'),
      description: 'Description',
      scopeNote: 'Scope note',
      lang: 'file name',
    },
  };
}
