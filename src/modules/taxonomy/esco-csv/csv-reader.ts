import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CsvRecordParser, type RawCsvRecord } from './csv-record-parser.ts';

export interface CsvRecord {
  /** 1-based physical line on which the record starts (the header is line 1). */
  line: number;
  /** Values by header name. Missing trailing values read as ''. */
  fields: Record<string, string>;
  /** Set when the record is structurally broken (bad quoting, more values than headers). */
  problem?: string;
  /** Header name of the field the problem is in, when it is in one. */
  problemField?: string;
}

export interface ReadCsvOptions {
  onProgress?(bytesRead: number, totalBytes: number): void;
  /** Called once with the trimmed header names, before the first record. */
  onHeader?(names: readonly string[]): void;
  /** Read size in bytes; tests use tiny chunks to cross every boundary. */
  chunkSize?: number;
}

export class CsvEncodingError extends Error {
  override name = 'CsvEncodingError';
}

/**
 * Streams the records of a UTF-8 CSV file. The first record is the header; each later record is
 * yielded with its fields keyed by header name. A BOM is dropped. Never holds more than one chunk
 * plus the records it completes in memory.
 */
export async function* readCsvRecords(
  path: string,
  options: ReadCsvOptions = {},
): AsyncGenerator<CsvRecord, void, undefined> {
  const totalBytes = (await stat(path)).size;
  const stream = createReadStream(path, { highWaterMark: options.chunkSize ?? 256 * 1024 });
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const parser = new CsvRecordParser();
  const pending: RawCsvRecord[] = [];
  let header: string[] | null = null;
  let bytesRead = 0;

  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      throw new CsvEncodingError(
        `${path}: not valid UTF-8 (in the bytes before offset ${bytesRead})`,
      );
    }
  };

  function* drain(): Generator<CsvRecord> {
    for (const raw of pending) {
      if (header === null) {
        header = uniqueNames(raw.values.map((name) => name.trim()));
        options.onHeader?.(header);
        continue;
      }
      yield toRecord(header, raw);
    }
    pending.length = 0;
  }

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      parser.push(decode(chunk), pending);
      yield* drain();
      options.onProgress?.(bytesRead, totalBytes);
    }
    parser.push(decode(), pending);
    parser.end(pending);
    yield* drain();
  } finally {
    stream.destroy();
  }
}

function toRecord(header: readonly string[], raw: RawCsvRecord): CsvRecord {
  const fields: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) {
    fields[header[i] as string] = raw.values[i] ?? '';
  }
  const record: CsvRecord = { line: raw.line, fields };
  if (raw.problem !== undefined) {
    const field = header[raw.problem.field] ?? `value ${raw.problem.field + 1}`;
    record.problem = `${field}: ${raw.problem.message}`;
    record.problemField = field;
  } else if (raw.values.length > header.length) {
    record.problem = `record has ${raw.values.length} values but the header names ${header.length} columns`;
  }
  return record;
}

/** Keeps header names addressable when a file repeats one: `x`, `x#2`, `x#3`. */
function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}#${count}`;
  });
}
