import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { rows } from '../../db/migrate.ts';

/**
 * Which rows changed since the last refresh, found by PostgreSQL's own transaction ids.
 *
 * Why not `updated_at`: it is written from the application clock (fixed in tests, skewed between
 * API nodes) and a transaction that started early may commit after a later one — a timestamp
 * watermark then skips its rows for good. Transaction ids do not have that hole:
 *
 * 1. Before reading, take the watermark W = xmin of the current snapshot (`pg_current_snapshot()`),
 *    the oldest transaction still running. Every transaction below W has committed or aborted,
 *    so every read that follows sees all of its rows.
 * 2. At the next refresh, re-read every row whose `xmin` (the transaction that wrote this version
 *    of the row) is ≥ W. Rows written by transactions that were still running at step 1 are
 *    therefore read again — harmless, because applying a row is an idempotent upsert.
 *
 * Deletions leave no row: child rows (person_skills, vacancy_requirements, training_skills) are
 * deleted by use cases that also update the parent row or append an event, so the parent's id
 * still shows up through the parent table or the events table (append-only, subject ids).
 *
 * `xmin` is a 32-bit id; W is the 64-bit form (epoch · 2³² + xid). When the epoch moves on
 * (after four billion transactions) the caller rebuilds in full instead of comparing.
 * Cost: a sequential scan per table per refresh (xmin has no index). Fine for a region of the
 * demo's and a pilot's size; at the scale of DESIGN.md's bench, replace this by LISTEN/NOTIFY or
 * logical decoding feeding the same apply functions.
 */
export interface Watermark {
  epoch: number;
  xid: number;
}

const EPOCH = 2n ** 32n;

export async function currentWatermark(db: Db): Promise<Watermark> {
  const res = await db.execute(sql`select pg_snapshot_xmin(pg_current_snapshot())::text as x`);
  const [row] = rows<{ x: string }>(res);
  const x = BigInt(row?.x ?? '0');
  return { epoch: Number(x / EPOCH), xid: Number(x % EPOCH) };
}

export interface ChangedIds {
  persons: string[];
  vacancies: string[];
  trainings: string[];
  /** Skills, skill hierarchy, occupations or sectors changed: rebuild in full. */
  taxonomy: boolean;
}

async function ids(db: Db, query: ReturnType<typeof sql>): Promise<string[]> {
  return rows<{ id: string }>(await db.execute(query)).map((r) => r.id);
}

export async function changedSince(db: Db, regionId: string, w: Watermark): Promise<ChangedIds> {
  const since = w.xid;
  const fresh = (table: string) => sql.raw(`${table}.xmin::text::bigint >= ${since}`);
  const [persons, vacancies, trainings, taxonomy] = await Promise.all([
    ids(
      db,
      sql`select id::text as id from persons where region_id = ${regionId} and ${fresh('persons')}
          union select person_id::text from person_skills where ${fresh('person_skills')}
          union select person_id::text from person_wishes where ${fresh('person_wishes')}
          union select person_id::text from person_work_history where ${fresh('person_work_history')}
          union select subject_id from events
            where region_id = ${regionId} and subject_type = 'person' and ${fresh('events')}`,
    ),
    ids(
      db,
      sql`select id::text as id from vacancies where region_id = ${regionId} and ${fresh('vacancies')}
          union select vacancy_id::text from vacancy_requirements where ${fresh('vacancy_requirements')}
          union select subject_id from events
            where region_id = ${regionId} and subject_type = 'vacancy' and ${fresh('events')}`,
    ),
    ids(
      db,
      sql`select id::text as id from trainings where region_id = ${regionId} and ${fresh('trainings')}
          union select training_id::text from training_skills where ${fresh('training_skills')}`,
    ),
    ids(
      db,
      sql`select 'x' as id where exists (select 1 from skill_broader where ${fresh('skill_broader')})
          or exists (select 1 from occupations where ${fresh('occupations')})
          or exists (select 1 from occupation_skills where ${fresh('occupation_skills')})
          or exists (select 1 from sectors where ${fresh('sectors')})`,
    ),
  ]);
  return { persons, vacancies, trainings, taxonomy: taxonomy.length > 0 };
}

/**
 * Row counts of the taxonomy tables: a deletion there (an ESCO re-import) leaves no newer row,
 * so a change of a count also means "rebuild in full".
 */
export async function taxonomySignature(db: Db): Promise<string> {
  const res = await db.execute(sql`select
      (select count(*) from skill_broader)::text || '/' ||
      (select count(*) from occupations)::text || '/' ||
      (select count(*) from occupation_skills)::text || '/' ||
      (select count(*) from sectors)::text as sig`);
  return rows<{ sig: string }>(res)[0]?.sig ?? '';
}
