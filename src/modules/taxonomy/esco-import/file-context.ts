import type { Db } from '../../../db/database.ts';
import type { EscoRecord } from '../esco-csv/index.ts';
import type { ConceptIds } from './concept-ids.ts';
import type { FileTally } from './summary.ts';

export interface LineRecord<R extends EscoRecord = EscoRecord> {
  line: number;
  record: R;
}

/** What a handler needs to write one file: the file's transaction, ids, counts and naming. */
export interface FileContext {
  /** The file's transaction. */
  db: Db;
  ids: ConceptIds;
  tally: FileTally;
  lang: string | null;
  /**
   * Whether this file sets language-independent values (skill type, ISCO code, …) of existing
   * concepts: true for the first language of its kind, English when present. Other languages
   * only add their labels, so two languages that disagree cannot flip a value on every import.
   */
  reference: boolean;
  /** The header name of a canonical column as this file spells it, for rejections. */
  column(canonical: string): string;
}

/** Writes one file's records in batches; `finish` runs after the last batch, in the same transaction. */
export interface BatchHandler {
  batchSize: number;
  write(batch: readonly LineRecord[]): Promise<void>;
  finish?(): Promise<void>;
}

type RecordOfKind<K extends EscoRecord['kind']> = Extract<EscoRecord, { kind: K }>;

/** Narrows a batch to the record kind a handler expects (a file holds one kind). */
export function recordsOf<K extends EscoRecord['kind']>(
  batch: readonly LineRecord[],
  kind: K,
): LineRecord<RecordOfKind<K>>[] {
  return batch.map((item) => {
    if (item.record.kind !== kind) {
      throw new Error(`line ${item.line}: expected a ${kind} record, got ${item.record.kind}`);
    }
    return item as LineRecord<RecordOfKind<K>>;
  });
}

/** Counts an upsert's outcome: returned rows are new or changed, the others were unchanged. */
export function countUpsert(
  tally: FileTally,
  attempted: number,
  returned: readonly { inserted: boolean }[],
): void {
  const inserted = returned.filter((r) => r.inserted).length;
  tally.inserted += inserted;
  tally.updated += returned.length - inserted;
  tally.unchanged += attempted - returned.length;
}

export function requireLang(ctx: FileContext): string {
  if (ctx.lang === null) throw new Error('a concept file needs a language');
  return ctx.lang;
}
