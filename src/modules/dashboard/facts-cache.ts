import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { rows } from '../../db/migrate.ts';
import { currentWatermark, type Watermark } from '../matching/change-feed.ts';
import { buildFacts, dashboardEventTypes, type TrajectoryFacts } from './facts.ts';

/**
 * The facts of a region's trajectories, derived from its events and kept in memory per database
 * and region, so that every figure is computed from the event log without scanning it on every
 * request.
 *
 * - Version: a trigger on `events` adds a row to `dashboard_event_marks` per inserting statement
 *   (with the subjects it touched). A request first counts the region's marks (an index count);
 *   the count only grows, so every committed write is noticed, also from another process.
 * - Refresh: when the count moved, the marks written since the last refresh are found by
 *   PostgreSQL transaction ids (the watermark technique of matching/change-feed.ts: rows of
 *   transactions still running at the last refresh are read again, which is harmless), and only
 *   the events of those trajectories are read and folded again. A first load, or a change of
 *   more than REREAD_LIMIT trajectories, reads the whole region.
 */
interface Entry {
  version: number;
  watermark: Watermark;
  byId: Map<string, TrajectoryFacts>;
  list: TrajectoryFacts[];
}

const REREAD_LIMIT = 5_000;
const caches = new WeakMap<Db, Map<string, Promise<Entry>>>();

async function versionOf(db: Db, regionId: string): Promise<number> {
  const res = await db.execute(
    sql`select count(*)::int as n from dashboard_event_marks where region_id = ${regionId}`,
  );
  return rows<{ n: number }>(res)[0]?.n ?? 0;
}

interface EventRecord {
  type: string;
  subject_id: string;
  at: string | Date;
  data: Record<string, unknown> | string;
}

const typeList = () =>
  sql.join(
    dashboardEventTypes.map((t) => sql`${t}`),
    sql`, `,
  );

async function readEvents(db: Db, regionId: string, where: SQL | null) {
  const res = await db.execute(
    sql`select type, subject_id, occurred_at as at, data from events
        where region_id = ${regionId} and type in (${typeList()}) ${where ? sql`and ${where}` : sql``}`,
  );
  return rows<EventRecord>(res).map((r) => ({
    type: r.type,
    subjectId: r.subject_id,
    occurredAt: r.at instanceof Date ? r.at.getTime() : Date.parse(r.at),
    data: typeof r.data === 'string' ? (JSON.parse(r.data) as Record<string, unknown>) : r.data,
  }));
}

/** Reads the KPI-relevant events of a whole region and folds them into facts. */
export async function readRegionFacts(db: Db, regionId: string): Promise<TrajectoryFacts[]> {
  return [...buildFacts(await readEvents(db, regionId, null)).values()];
}

async function fullLoad(db: Db, regionId: string, version: number): Promise<Entry> {
  // The watermark is taken before reading: what commits later is found at the next refresh.
  const watermark = await currentWatermark(db);
  const byId = buildFacts(await readEvents(db, regionId, null));
  return { version, watermark, byId, list: [...byId.values()] };
}

const inList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

async function refresh(db: Db, regionId: string, entry: Entry, version: number): Promise<Entry> {
  const watermark = await currentWatermark(db);
  if (watermark.epoch !== entry.watermark.epoch) return fullLoad(db, regionId, version);
  const since = entry.watermark.xid;
  const marked = rows<{ id: string }>(
    await db.execute(sql`
      select distinct unnest(subject_ids) as id from dashboard_event_marks
      where region_id = ${regionId} and ${sql.raw(`dashboard_event_marks.xmin::text::bigint >= ${since}`)}`),
  ).map((r) => r.id);
  // Subjects are trajectories, or persons (match proposals name the trajectory in their data).
  const trajectoryIds = new Set<string>();
  const personIds = new Set<string>();
  const personsOf = new Map<string, string[]>();
  for (const f of entry.list) {
    const list = personsOf.get(f.personId);
    if (list) list.push(f.id);
    else personsOf.set(f.personId, [f.id]);
  }
  for (const id of marked) {
    const asPerson = personsOf.get(id);
    if (asPerson) {
      personIds.add(id);
      for (const t of asPerson) trajectoryIds.add(t);
    } else trajectoryIds.add(id);
  }
  for (const t of trajectoryIds) {
    const person = entry.byId.get(t)?.personId;
    if (person) personIds.add(person);
  }
  if (trajectoryIds.size > REREAD_LIMIT) return fullLoad(db, regionId, version);
  if (trajectoryIds.size === 0) return { ...entry, version, watermark };
  const tIds = [...trajectoryIds];
  const pIds = [...personIds];
  const events = await readEvents(
    db,
    regionId,
    pIds.length > 0
      ? sql`(subject_id in (${inList(tIds)}) or (type = 'match.proposed' and subject_id in (${inList(pIds)})))`
      : sql`subject_id in (${inList(tIds)})`,
  );
  const rebuilt = buildFacts(events);
  const byId = new Map(entry.byId);
  for (const id of tIds) {
    const f = rebuilt.get(id);
    if (f) byId.set(id, f);
    else byId.delete(id);
  }
  return { version, watermark, byId, list: [...byId.values()] };
}

/** The region's facts, brought up to date with its events when they changed. */
export async function regionFacts(db: Db, regionId: string): Promise<TrajectoryFacts[]> {
  return (await versionedRegionFacts(db, regionId)).facts;
}

/** The facts with the version they were read at (a key for results computed from them). */
export async function versionedRegionFacts(
  db: Db,
  regionId: string,
): Promise<{ version: number; facts: TrajectoryFacts[] }> {
  let perDb = caches.get(db);
  if (!perDb) caches.set(db, (perDb = new Map()));
  const version = await versionOf(db, regionId);
  const pending = perDb.get(regionId);
  // One refresh at a time per region: later requests wait for it and then check again.
  const current = pending ? await pending.catch(() => null) : null;
  if (current && current.version === version) return { version, facts: current.list };
  const next = current ? refresh(db, regionId, current, version) : fullLoad(db, regionId, version);
  perDb.set(regionId, next);
  try {
    const entry = await next;
    return { version: entry.version, facts: entry.list };
  } catch (error) {
    perDb.delete(regionId);
    throw error;
  }
}
