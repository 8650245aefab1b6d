import { analyzeTaxonomy } from '../analyze-taxonomy.ts';
import type { Db } from '../../../db/database.ts';
import {
  isRelationKind,
  parseEscoFile,
  planEscoImport,
  type EscoFileEntry,
  type EscoRecord,
} from '../esco-csv/index.ts';
import { ConceptIds } from './concept-ids.ts';
import type { BatchHandler, FileContext, LineRecord } from './file-context.ts';
import { handlerFor } from './handlers.ts';
import { referenceLanguages, selectLanguages } from './select-files.ts';
import { FileTally, sumCounts, type EscoFileSummary, type EscoImportSummary } from './summary.ts';

export interface EscoProgress {
  file: EscoFileEntry;
  /** 0-based position of the file in the import. */
  index: number;
  count: number;
  bytesRead: number;
  totalBytes: number;
}

export type EscoFileEvent =
  | { stage: 'start'; file: EscoFileEntry; index: number; count: number }
  | { stage: 'done'; file: EscoFileEntry; index: number; count: number; result: EscoFileSummary };

export interface ImportEscoOptions {
  /** Languages of the concept files to import, e.g. ['nl', 'en']; all when undefined. */
  languages?: readonly string[];
  onProgress?(progress: EscoProgress): void;
  onFile?(event: EscoFileEvent): void;
}

/**
 * Imports an ESCO CSV download (v1.1 or v1.2 layout, one or more languages) into the taxonomy
 * tables under scheme 'esco'. Streams every file, one transaction per file, concepts before the
 * relations that point at them. Idempotent: a second import of the same files writes nothing.
 * Bad rows are rejected with their line number and never stop a file; an I/O or database
 * error stops the import (files already done stay imported).
 */
export async function importEsco(
  db: Db,
  directory: string,
  options: ImportEscoOptions = {},
): Promise<EscoImportSummary> {
  const started = performance.now();
  const plan = await planEscoImport(directory);
  const { files, deselected } = selectLanguages(plan.files, options.languages);
  const reference = referenceLanguages(files);
  const ids = await ConceptIds.load(db);
  const results: EscoFileSummary[] = [];
  for (const [index, file] of files.entries()) {
    const position = { file, index, count: files.length };
    options.onFile?.({ stage: 'start', ...position });
    const fileStarted = performance.now();
    const tally = await db.transaction((tx) =>
      importFile(tx, file, {
        ids,
        reference: isRelationKind(file.kind) || reference.get(file.kind) === file.lang,
        onProgress: (bytesRead, totalBytes) =>
          options.onProgress?.({ ...position, bytesRead, totalBytes }),
      }),
    );
    const result = tally.summary(file, secondsSince(fileStarted));
    results.push(result);
    options.onFile?.({ stage: 'done', ...position, result });
  }
  // Fresh statistics, or the planner keeps ignoring the trigram index after a bulk load.
  await analyzeTaxonomy(db);
  const languages = [...new Set(files.flatMap((f) => (isRelationKind(f.kind) ? [] : [f.lang])))];
  return {
    directory,
    languages: languages.filter((l): l is string => l !== null),
    files: results,
    skippedFiles: [
      ...plan.skipped.map((s) => ({ file: s.name, reason: s.reason })),
      ...deselected,
    ].sort((a, b) => a.file.localeCompare(b.file)),
    totals: sumCounts(results),
    seconds: secondsSince(started),
  };
}

interface FileOptions {
  ids: ConceptIds;
  reference: boolean;
  onProgress(bytesRead: number, totalBytes: number): void;
}

async function importFile(db: Db, file: EscoFileEntry, options: FileOptions): Promise<FileTally> {
  const tally = new FileTally();
  let handler: BatchHandler | null = null;
  let batch: LineRecord[] = [];
  const flush = async (active: BatchHandler) => {
    if (batch.length > 0) await active.write(batch);
    batch = [];
  };
  for await (const event of parseEscoFile(file, { onProgress: options.onProgress })) {
    if (event.type === 'layout') {
      const { columns } = event.layout;
      const ctx: FileContext = {
        db,
        ids: options.ids,
        tally,
        lang: file.lang,
        reference: options.reference,
        column: (canonical) => columns.get(canonical) ?? canonical,
      };
      handler = handlerFor(file.kind, ctx);
    } else if (event.type === 'rejection') {
      const { line, field, reason, fatal } = event.rejection;
      if (fatal === true) {
        tally.failFile(line, field, reason);
      } else {
        tally.rowsRead++;
        tally.reject(line, field, reason);
      }
    } else if (handler !== null) {
      tally.rowsRead++;
      const skip = notReleased(event.record);
      if (skip !== null) {
        tally.skip(event.line, skip.reason);
        options.ids.markNotImported(skip.uri, skip.reason);
        continue;
      }
      batch.push({ line: event.line, record: event.record });
      if (batch.length >= handler.batchSize) await flush(handler);
    }
  }
  if (handler !== null) {
    await flush(handler);
    await handler.finish?.();
  }
  return tally;
}

/**
 * ESCO marks withdrawn or draft concepts with a status other than 'released'; only released
 * concepts are imported. A file without a status column (e.g. a derived label file) is
 * taken as released.
 */
function notReleased(record: EscoRecord): { uri: string; reason: string } | null {
  if (!('status' in record) || record.status === null || record.status === 'released') {
    return null;
  }
  return {
    uri: record.uri,
    reason: `status "${record.status}": only released concepts are imported`,
  };
}

function secondsSince(start: number): number {
  return Math.round((performance.now() - start) / 10) / 100;
}
