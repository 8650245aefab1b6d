import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  classifyEscoFileName,
  isRelationKind,
  kindOrder,
  type EscoFileKind,
} from './file-kinds.ts';

export interface EscoFileEntry {
  path: string;
  /** Path relative to the scanned directory, for messages. */
  name: string;
  kind: EscoFileKind;
  lang: string | null;
  sizeBytes: number;
}

export interface SkippedEscoFile {
  path: string;
  name: string;
  reason: string;
}

export interface EscoImportPlan {
  directory: string;
  /** In import order: run one transaction per entry, first to last. */
  files: EscoFileEntry[];
  skipped: SkippedEscoFile[];
  /** Languages with at least one concept file, English first. */
  languages: string[];
  totalBytes: number;
}

export interface PlanOptions {
  /** How many directory levels below `directory` to look into (an unzipped download nests one). */
  maxDepth?: number;
}

/**
 * Scans a directory (and, by default, two levels of subdirectories, for unzipped language
 * packs) and orders the ESCO files for import:
 * ISCO groups → skill groups → skills → occupations → broader relations (occupation pillar,
 * skill pillar) → skills hierarchy → occupation–skill relations → skill–skill relations.
 * Within a kind, English comes first (it is the complete reference language), then the others
 * alphabetically. Language-independent relation files found in several languages (v1.2 ships
 * one per language pack, differing only in label columns) are planned once.
 */
export async function planEscoImport(
  directory: string,
  options: PlanOptions = {},
): Promise<EscoImportPlan> {
  const paths = await listFiles(directory, options.maxDepth ?? 2);
  const candidates: EscoFileEntry[] = [];
  const skipped: SkippedEscoFile[] = [];
  for (const path of paths) {
    const name = relative(directory, path);
    const fileName = name.split(/[\\/]/).pop() ?? name;
    const found = classifyEscoFileName(fileName);
    if (found.status === 'skip') {
      skipped.push({ path, name, reason: found.reason });
      continue;
    }
    const { size } = await stat(path);
    candidates.push({ path, name, kind: found.kind, lang: found.lang, sizeBytes: size });
  }
  const files: EscoFileEntry[] = [];
  const taken = new Map<string, EscoFileEntry>();
  for (const entry of orderEscoFiles(candidates)) {
    const slot = isRelationKind(entry.kind) ? entry.kind : `${entry.kind} ${entry.lang ?? ''}`;
    const first = taken.get(slot);
    if (first !== undefined) {
      const why = isRelationKind(entry.kind)
        ? 'holds the same language-independent relations'
        : 'same kind and language';
      skipped.push({ path: entry.path, name: entry.name, reason: `${why} as ${first.name}` });
      continue;
    }
    taken.set(slot, entry);
    files.push(entry);
  }
  const languages = orderLanguages(
    new Set(files.flatMap((f) => (f.lang !== null && !isRelationKind(f.kind) ? [f.lang] : []))),
  );
  const totalBytes = files.reduce((sum, f) => sum + f.sizeBytes, 0);
  skipped.sort((a, b) => a.name.localeCompare(b.name));
  return { directory, files, skipped, languages, totalBytes };
}

/** Import order: by kind, then language (no suffix, English, others A–Z), then path. */
export function orderEscoFiles<T extends Pick<EscoFileEntry, 'kind' | 'lang' | 'name'>>(
  files: readonly T[],
): T[] {
  return [...files].sort(
    (a, b) =>
      kindOrder(a.kind) - kindOrder(b.kind) ||
      langRank(a.lang) - langRank(b.lang) ||
      (a.lang ?? '').localeCompare(b.lang ?? '') ||
      a.name.localeCompare(b.name),
  );
}

function langRank(lang: string | null): number {
  if (lang === null) return 0;
  return lang === 'en' ? 1 : 2;
}

function orderLanguages(langs: ReadonlySet<string>): string[] {
  return [...langs].sort((a, b) => langRank(a) - langRank(b) || a.localeCompare(b));
}

async function listFiles(directory: string, depth: number): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    const target = entry.isSymbolicLink() ? await stat(path) : entry;
    if (target.isDirectory()) {
      if (depth > 0) out.push(...(await listFiles(path, depth - 1)));
    } else if (target.isFile()) {
      out.push(path);
    }
  }
  return out;
}
