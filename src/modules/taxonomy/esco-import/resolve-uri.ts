import type { ConceptWhat } from './concept-ids.ts';
import type { FileContext } from './file-context.ts';

export interface UriRef {
  what: ConceptWhat;
  /** Canonical column the URI came from, named in the rejection as the file spells it. */
  column: string;
  uri: string;
}

/**
 * The database key of a concept a relation row points at, or undefined after rejecting the row
 * (naming the column and why the concept is unknown); the caller then drops the row.
 */
export function resolveUri<K>(
  ctx: FileContext,
  line: number,
  keys: ReadonlyMap<string, K>,
  ref: UriRef,
): K | undefined {
  const key = keys.get(ref.uri);
  if (key === undefined) {
    const header = ctx.column(ref.column);
    ctx.tally.reject(line, header, `${header}: ${ctx.ids.unknown(ref.what, ref.uri)}`);
  }
  return key;
}
