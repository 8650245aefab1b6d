import { basename } from 'node:path';
import { readCsvRecords } from './csv-reader.ts';
import type { EscoFileKind } from './file-kinds.ts';
import { resolveLayout, type ResolvedLayout } from './layouts.ts';
import { normaliseRow } from './normalise.ts';
import type { EscoRecord, EscoRejection } from './records.ts';

export interface EscoFileRef {
  path: string;
  kind: EscoFileKind;
  lang: string | null;
}

export type EscoParseEvent =
  | { type: 'layout'; layout: ResolvedLayout }
  | { type: 'record'; line: number; record: EscoRecord }
  | { type: 'rejection'; rejection: EscoRejection };

export interface ParseEscoFileOptions {
  onProgress?(bytesRead: number, totalBytes: number): void;
  chunkSize?: number;
}

/**
 * Streams one ESCO file as typed events: first its layout, then one `record` or `rejection` per
 * data row, in file order. A bad row never stops the file. A header without the required
 * columns yields one fatal rejection (line 1) and nothing else. Rows repeating an earlier row's
 * key (same concept, or same relation pair) are rejected, so one batch never upserts a key twice.
 * I/O and encoding errors are thrown.
 */
export async function* parseEscoFile(
  file: EscoFileRef,
  options: ParseEscoFileOptions = {},
): AsyncGenerator<EscoParseEvent, void, undefined> {
  const fileName = basename(file.path);
  const header: { layout: ResolvedLayout | null; error: string } = {
    layout: null,
    error: 'empty file: no header row',
  };
  const firstLineOf = new Map<string, number>();

  const records = readCsvRecords(file.path, {
    chunkSize: options.chunkSize,
    onProgress: options.onProgress,
    onHeader(names) {
      const result = resolveLayout(file.kind, names);
      if (result.ok) header.layout = result.layout;
      else header.error = result.reason;
    },
  });

  let announced = false;
  for await (const row of records) {
    if (!announced) {
      announced = true;
      yield layoutOrError(fileName, header.layout, header.error);
    }
    const layout = header.layout;
    if (layout === null) return;
    const result = normaliseRow(row, { file: fileName, lang: file.lang, layout });
    if (!result.ok) {
      yield { type: 'rejection', rejection: result.rejection };
      continue;
    }
    const key = recordKey(result.record);
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined) {
      const columns = keyColumns(result.record).map((c) => layout.columns.get(c) ?? c);
      const field = columns.at(-1) ?? null;
      yield {
        type: 'rejection',
        rejection: {
          file: fileName,
          line: row.line,
          field,
          reason: `${columns.join(' + ')}: same as line ${earlier}`,
        },
      };
      continue;
    }
    firstLineOf.set(key, row.line);
    yield { type: 'record', line: row.line, record: result.record };
  }
  if (!announced) yield layoutOrError(fileName, header.layout, header.error);
}

function layoutOrError(
  file: string,
  layout: ResolvedLayout | null,
  reason: string,
): EscoParseEvent {
  if (layout !== null) return { type: 'layout', layout };
  return { type: 'rejection', rejection: { file, line: 1, field: null, reason, fatal: true } };
}

function recordKey(record: EscoRecord): string {
  switch (record.kind) {
    case 'skillHierarchy':
      return `${record.uri} ${record.parentUri ?? ''}`;
    case 'broaderRelation':
      return `${record.conceptUri} ${record.broaderUri}`;
    case 'occupationSkillRelation':
      return `${record.occupationUri} ${record.skillUri}`;
    case 'skillSkillRelation':
      return `${record.originalSkillUri} ${record.relatedSkillUri}`;
    default:
      return record.uri;
  }
}

function keyColumns(record: EscoRecord): string[] {
  switch (record.kind) {
    case 'skillHierarchy':
      return record.level === 0
        ? ['Level 0 URI']
        : [`Level ${record.level - 1} URI`, `Level ${record.level} URI`];
    case 'broaderRelation':
      return ['conceptUri', 'broaderUri'];
    case 'occupationSkillRelation':
      return ['occupationUri', 'skillUri'];
    case 'skillSkillRelation':
      return ['originalSkillUri', 'relatedSkillUri'];
    default:
      return ['conceptUri'];
  }
}

export interface EscoFileParseResult {
  layout: ResolvedLayout | null;
  records: { line: number; record: EscoRecord }[];
  rejections: EscoRejection[];
  /** Data rows read (records + rejections, header excluded). */
  rowsRead: number;
}

/** Reads a whole file into memory. For tests and small files; the importer should stream. */
export async function collectEscoFile(
  file: EscoFileRef,
  options: ParseEscoFileOptions = {},
): Promise<EscoFileParseResult> {
  const result: EscoFileParseResult = { layout: null, records: [], rejections: [], rowsRead: 0 };
  for await (const event of parseEscoFile(file, options)) {
    if (event.type === 'layout') {
      result.layout = event.layout;
    } else if (event.type === 'record') {
      result.records.push({ line: event.line, record: event.record });
      result.rowsRead++;
    } else {
      result.rejections.push(event.rejection);
      if (event.rejection.fatal !== true) result.rowsRead++;
    }
  }
  return result;
}
