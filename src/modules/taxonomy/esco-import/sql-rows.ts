import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { rows } from '../../../db/migrate.ts';

/**
 * Set-based writes for the importer. A whole batch travels as ONE jsonb parameter and is
 * unpacked with jsonb_to_recordset: one statement per batch and no parameter-count limit, which
 * is what keeps a full ESCO import fast on PGlite. Table and column names come from the specs
 * below (constants in this folder), never from the files.
 */

export type ColumnType = 'text' | 'int';
export type RowValue = string | number | null;
export type Row = Record<string, RowValue>;

export interface Column {
  name: string;
  type: ColumnType;
  /** Whether an existing row takes this value (false: only a new row gets it). */
  update: boolean;
}

export interface UpsertSpec {
  table: string;
  /** The unique key the rows conflict on. */
  conflict: readonly string[];
  /** Every column written, the conflict columns included. */
  columns: readonly Column[];
  /** Set to now() when a row changes. */
  touch?: string;
  returning: readonly string[];
}

/**
 * INSERT … ON CONFLICT DO UPDATE … WHERE (values) IS DISTINCT FROM (new values): a row whose
 * values are the same is not written and not returned, so `inserted` rows are new, the other
 * returned rows changed, and the rest were unchanged. xmax = 0 only on a freshly inserted tuple.
 */
export async function upsertRows<R extends object>(
  db: Db,
  spec: UpsertSpec,
  values: readonly Row[],
): Promise<(R & { inserted: boolean })[]> {
  if (values.length === 0) return [];
  const names = spec.columns.map((c) => c.name);
  const updated = spec.columns.filter((c) => c.update).map((c) => c.name);
  const list = (items: readonly string[], prefix = '') =>
    items.map((n) => `${prefix}${n}`).join(', ');
  const recordType = spec.columns.map((c) => `${c.name} ${c.type}`).join(', ');
  const onConflict =
    updated.length === 0
      ? 'do nothing'
      : `do update set ${[
          ...updated.map((n) => `${n} = excluded.${n}`),
          ...(spec.touch === undefined ? [] : [`${spec.touch} = now()`]),
        ].join(', ')}
         where (${list(updated, `${spec.table}.`)}) is distinct from (${list(updated, 'excluded.')})`;
  const returning = [...spec.returning, '(xmax = 0) as inserted'].join(', ');
  const res = await db.execute(sql`
    insert into ${raw(spec.table)} (${raw(list(names))})
    select ${raw(list(names, 'r.'))}
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as r(${raw(recordType)})
    on conflict (${raw(list(spec.conflict))}) ${raw(onConflict)}
    returning ${raw(returning)}
  `);
  return rows<R & { inserted: boolean }>(res);
}

/** Plain INSERT of a batch, for rows without a natural key. */
export async function insertRows(
  db: Db,
  table: string,
  columns: readonly Omit<Column, 'update'>[],
  values: readonly Row[],
): Promise<void> {
  if (values.length === 0) return;
  const names = columns.map((c) => c.name).join(', ');
  const recordType = columns.map((c) => `${c.name} ${c.type}`).join(', ');
  await db.execute(sql`
    insert into ${raw(table)} (${raw(names)})
    select ${raw(names)}
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as r(${raw(recordType)})
  `);
}

export interface UpdateSpec {
  table: string;
  key: { name: string; type: ColumnType };
  column: { name: string; type: ColumnType };
  touch?: string;
}

/** Sets one column of existing rows where it differs; returns how many rows changed. */
export async function updateColumn(
  db: Db,
  spec: UpdateSpec,
  values: readonly Row[],
): Promise<number> {
  if (values.length === 0) return 0;
  const { key, column } = spec;
  const touch = spec.touch === undefined ? '' : `, ${spec.touch} = now()`;
  const res = await db.execute(sql`
    update ${raw(spec.table)} as t set ${raw(`${column.name} = r.${column.name}${touch}`)}
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
      as r(${raw(`${key.name} ${key.type}, ${column.name} ${column.type}`)})
    where ${raw(`t.${key.name} = r.${key.name} and t.${column.name} is distinct from r.${column.name}`)}
    returning 1 as changed
  `);
  return rows<{ changed: number }>(res).length;
}

/** A PostgreSQL int[] literal, one parameter however many ids. */
export function intArray(ids: Iterable<number>): string {
  return `{${[...ids].join(',')}}`;
}

function raw(text: string): SQL {
  return sql.raw(text);
}
