import type { EscoFileKind } from './file-kinds.ts';

/**
 * Column layouts of the ESCO CSV files, v1.1.x and v1.2.x.
 *
 * Columns are found by name, never by position, and names match case-, space- and
 * underscore-insensitively ("Level 0 URI" = "level0Uri"). Unknown columns are ignored.
 * The v1.2 download adds columns but renames none that this importer reads:
 * - occupations_<lang>.csv gains `naceCode`;
 * - occupationSkillRelations_<lang>.csv gains `occupationLabel` and `skillLabel`;
 * - broaderRelations{Occ,Skill}Pillar_<lang>.csv gain `conceptLabel` and `broaderLabel`;
 * - relation files gain a language suffix (file name, see file-kinds.ts).
 */
interface KindColumns {
  /** Every file of this kind has these; without them the file cannot be read. */
  required: readonly string[];
  /** Read when present (older files or derived files may lack them). */
  optional: readonly string[];
  /** Present only in the v1.2 layout. */
  v12Only: readonly string[];
}

const LEVELS = [0, 1, 2, 3] as const;
const HIERARCHY_LEVEL_COLUMNS = LEVELS.flatMap((l) => [
  `Level ${l} URI`,
  `Level ${l} preferred term`,
  `Level ${l} code`,
]);

const BROADER: KindColumns = {
  required: ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'],
  optional: [],
  v12Only: ['conceptLabel', 'broaderLabel'],
};

export const KIND_COLUMNS: Record<EscoFileKind, KindColumns> = {
  ISCOGroups: {
    required: ['conceptUri', 'code', 'preferredLabel'],
    optional: ['conceptType', 'status', 'altLabels', 'inScheme', 'description'],
    v12Only: [],
  },
  skillGroups: {
    required: ['conceptUri', 'preferredLabel'],
    optional: [
      'conceptType',
      'code',
      'altLabels',
      'hiddenLabels',
      'status',
      'modifiedDate',
      'scopeNote',
      'inScheme',
      'description',
    ],
    v12Only: [],
  },
  skills: {
    required: ['conceptUri', 'preferredLabel'],
    optional: [
      'conceptType',
      'skillType',
      'reuseLevel',
      'altLabels',
      'hiddenLabels',
      'status',
      'modifiedDate',
      'scopeNote',
      'definition',
      'inScheme',
      'description',
    ],
    v12Only: [],
  },
  occupations: {
    required: ['conceptUri', 'iscoGroup', 'preferredLabel'],
    optional: [
      'conceptType',
      'code',
      'altLabels',
      'hiddenLabels',
      'status',
      'modifiedDate',
      'regulatedProfessionNote',
      'scopeNote',
      'definition',
      'inScheme',
      'description',
      'naceCode',
    ],
    v12Only: ['naceCode'],
  },
  skillsHierarchy: {
    required: ['Level 0 URI', 'Level 0 preferred term'],
    optional: [...HIERARCHY_LEVEL_COLUMNS, 'Description', 'Scope note'],
    v12Only: [],
  },
  broaderRelationsOccPillar: BROADER,
  broaderRelationsSkillPillar: BROADER,
  occupationSkillRelations: {
    required: ['occupationUri', 'relationType', 'skillUri'],
    optional: ['skillType'],
    v12Only: ['occupationLabel', 'skillLabel'],
  },
  skillSkillRelations: {
    required: ['originalSkillUri', 'relationType', 'relatedSkillUri'],
    optional: ['originalSkillType', 'relatedSkillType'],
    v12Only: [],
  },
};

export type LayoutVersion = 'v1.1' | 'v1.2';

export interface ResolvedLayout {
  kind: EscoFileKind;
  /** The ESCO layout the header shows, or null where v1.1 and v1.2 are identical. */
  version: LayoutVersion | null;
  /** Canonical column name → header name as written in the file. */
  columns: ReadonlyMap<string, string>;
  /** Header names this importer neither reads nor knows (v1.2 label columns are known). */
  ignoredColumns: string[];
}

export type LayoutResult =
  { ok: true; layout: ResolvedLayout } | { ok: false; missing: string[]; reason: string };

export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Matches a file's header against the layout of its kind. */
export function resolveLayout(kind: EscoFileKind, header: readonly string[]): LayoutResult {
  const spec = KIND_COLUMNS[kind];
  const byKey = new Map<string, string>();
  for (const name of header) {
    const key = columnKey(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  const columns = new Map<string, string>();
  const used = new Set<string>();
  for (const canonical of [...spec.required, ...spec.optional]) {
    const actual = byKey.get(columnKey(canonical));
    if (actual !== undefined) {
      columns.set(canonical, actual);
      used.add(actual);
    }
  }
  const missing = spec.required.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    return {
      ok: false,
      missing,
      reason:
        `header: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ` +
        `for ${kind} (found: ${header.join(', ') || 'nothing'})`,
    };
  }
  let version: LayoutVersion | null = null;
  if (spec.v12Only.length > 0) {
    version = spec.v12Only.some((c) => byKey.has(columnKey(c))) ? 'v1.2' : 'v1.1';
  }
  const known = new Set(spec.v12Only.map(columnKey));
  const ignoredColumns = header.filter((name) => !used.has(name) && !known.has(columnKey(name)));
  return { ok: true, layout: { kind, version, columns, ignoredColumns } };
}
