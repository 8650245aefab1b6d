/**
 * The ESCO CSV files this importer reads, recognised by file name, in import order.
 * Order matters to the database importer: concepts before the relations that point at them.
 */
export const ESCO_FILE_KINDS = [
  'ISCOGroups',
  'skillGroups',
  'skills',
  'occupations',
  'broaderRelationsOccPillar',
  'broaderRelationsSkillPillar',
  'skillsHierarchy',
  'occupationSkillRelations',
  'skillSkillRelations',
] as const;

export type EscoFileKind = (typeof ESCO_FILE_KINDS)[number];

/** Concept files carry labels and need a language; relation files are language-independent. */
const RELATION_KINDS: ReadonlySet<EscoFileKind> = new Set([
  'broaderRelationsOccPillar',
  'broaderRelationsSkillPillar',
  'occupationSkillRelations',
  'skillSkillRelations',
]);

export function isRelationKind(kind: EscoFileKind): boolean {
  return RELATION_KINDS.has(kind);
}

export function kindOrder(kind: EscoFileKind): number {
  return ESCO_FILE_KINDS.indexOf(kind);
}

export type FileNameClass =
  | { status: 'import'; kind: EscoFileKind; lang: string | null }
  | { status: 'skip'; reason: string };

const KIND_BY_STEM = new Map<string, EscoFileKind>(
  ESCO_FILE_KINDS.map((k) => [k.toLowerCase(), k]),
);

// stem, then an optional language suffix such as _en, _nl, _pt, _en-us
const NAME = /^([a-z]+)(?:_([a-z]{2,3}(?:-[a-z]{2,4})?))?\.csv$/i;

/** Tells from a file name what it holds and in which language (`skills_nl.csv` → skills, nl). */
export function classifyEscoFileName(fileName: string): FileNameClass {
  if (!/\.csv$/i.test(fileName)) return { status: 'skip', reason: 'not a CSV file' };
  const match = NAME.exec(fileName);
  const stem = match?.[1]?.toLowerCase();
  if (match === null || stem === undefined) {
    return { status: 'skip', reason: 'not an ESCO file name this importer knows' };
  }
  const lang = match[2]?.toLowerCase() ?? null;
  const kind = KIND_BY_STEM.get(stem);
  if (kind === undefined) {
    if (stem.endsWith('collection')) {
      return { status: 'skip', reason: 'collection (a subset of skills or occupations)' };
    }
    if (stem === 'conceptschemes') return { status: 'skip', reason: 'concept schemes' };
    return { status: 'skip', reason: 'not an ESCO file kind this importer reads' };
  }
  if (lang === null && !isRelationKind(kind)) {
    return {
      status: 'skip',
      reason: `no language suffix; expected ${kind}_<lang>.csv, e.g. ${kind}_en.csv`,
    };
  }
  return { status: 'import', kind, lang };
}
