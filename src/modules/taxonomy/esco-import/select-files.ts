import { isRelationKind, type EscoFileEntry, type EscoFileKind } from '../esco-csv/index.ts';
import type { EscoSkippedFile } from './summary.ts';

/**
 * Keeps the concept files of the chosen languages (all when `languages` is undefined).
 * Relation files carry no labels, so they are kept whatever their language suffix.
 */
export function selectLanguages(
  files: readonly EscoFileEntry[],
  languages: readonly string[] | undefined,
): { files: EscoFileEntry[]; deselected: EscoSkippedFile[] } {
  if (languages === undefined) return { files: [...files], deselected: [] };
  const chosen = new Set(languages.map((l) => l.toLowerCase()));
  const kept: EscoFileEntry[] = [];
  const deselected: EscoSkippedFile[] = [];
  for (const f of files) {
    if (isRelationKind(f.kind) || (f.lang !== null && chosen.has(f.lang))) kept.push(f);
    else deselected.push({ file: f.name, reason: `language ${f.lang ?? '?'} not selected` });
  }
  return { files: kept, deselected };
}

/**
 * Per concept kind, the language whose file sets language-independent values: the first in
 * import order, which puts English first (the complete reference language of ESCO).
 */
export function referenceLanguages(files: readonly EscoFileEntry[]): Map<EscoFileKind, string> {
  const reference = new Map<EscoFileKind, string>();
  for (const f of files) {
    if (f.lang !== null && !isRelationKind(f.kind) && !reference.has(f.kind)) {
      reference.set(f.kind, f.lang);
    }
  }
  return reference;
}
