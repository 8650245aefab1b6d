import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { rows } from '../../../db/migrate.ts';
import { forbidden, invalidInput, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { organisations, regions } from '../../organisations/schema.ts';
import { redundancyEnrolments } from '../../vacancies/schema.ts';
import { computeFigures, type Period, type TensionRow } from '../compute-figures.ts';
import type { Dashboard, DashboardQuery, ScopeKind } from '../contracts.ts';
import { regionFacts, versionedRegionFacts } from '../facts-cache.ts';
import type { TrajectoryFacts } from '../facts.ts';
import { dashboardScopeKind, employerConsents, inScope } from '../scope.ts';
import { suppress } from '../suppression.ts';
import { firstPlacement, stateAt } from '../trajectory-state.ts';
import { targetsWithRealisation } from './targets.ts';

const DAY = 86_400_000;
const startOfDay = (d: string) => Date.parse(`${d}T00:00:00Z`);
const endOfDay = (d: string) => startOfDay(d) + DAY - 1;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The period of a query; the previous one has the same length and ends the day before `from`. */
export function periodsOf(
  query: Pick<DashboardQuery, 'from' | 'to' | 'compare'>,
  now: Date,
): { period: Period; previous: Period | null } {
  const to = query.to ? endOfDay(query.to) : now.getTime();
  const from = query.from ? startOfDay(query.from) : null;
  if (from !== null && from > to) throw invalidInput('from', 'from must be on or before to');
  if (query.compare === 'true' && from === null) {
    throw invalidInput('from', 'a comparison with the previous period needs a start (from)');
  }
  const previous =
    query.compare === 'true' && from !== null
      ? { from: from - (to + 1 - from), to: from - 1 }
      : null;
  return { period: { from, to }, previous };
}

/** The facts that count for this actor and these filters. */
export async function scopedFacts(
  db: Db,
  actor: Actor,
  query: DashboardQuery,
  now: Date,
): Promise<{ kind: ScopeKind; facts: TrajectoryFacts[]; version: number }> {
  const kind = dashboardScopeKind(actor);
  if (!kind) throw forbidden('The dashboard is for coordinators, case managers and employers');
  if (query.regionId && query.regionId !== actor.regionId) throw notFound('Region');
  const { version, facts: all } = await versionedRegionFacts(db, actor.regionId);
  const consents = kind === 'employer' ? await employerConsents(db, actor, now) : null;
  let programmePeople: Set<string> | null = null;
  if (query.programmeId) {
    const enrolled = await db
      .select({ personId: redundancyEnrolments.personId })
      .from(redundancyEnrolments)
      .where(
        and(
          eq(redundancyEnrolments.noticeId, query.programmeId),
          eq(redundancyEnrolments.regionId, actor.regionId),
        ),
      );
    programmePeople = new Set(enrolled.flatMap((e) => (e.personId ? [e.personId] : [])));
  }
  const at = query.to ? endOfDay(query.to) : now.getTime();
  const facts = all.filter((f) => {
    if (!inScope(kind, actor, f, consents)) return false;
    if (query.releasingEmployerId && f.releasingEmployerId !== query.releasingEmployerId) {
      return false;
    }
    if (programmePeople && !programmePeople.has(f.personId)) return false;
    if (query.matchingEventId && !f.matchingEventIds.includes(query.matchingEventId)) return false;
    if (query.triageGroup !== undefined && stateAt(f, at)?.triageGroup !== query.triageGroup) {
      return false;
    }
    if (query.hiringSector && firstPlacement(f, at)?.sector !== query.hiringSector) return false;
    return true;
  });
  return { kind, facts, version };
}

/**
 * Labour-market tension, now: open vacancy positions per sector (of the hiring employer) against
 * active candidates (trajectories in progress) who wish to work in that sector.
 */
async function tensionOf(
  db: Db,
  actor: Actor,
  kind: ScopeKind,
  facts: readonly TrajectoryFacts[],
): Promise<TensionRow[]> {
  const vacancies = rows<{ sector: string; n: number }>(
    await db.execute(sql`
      select coalesce(o.sector, 'unknown') as sector, sum(v.positions)::int as n
      from vacancies v join organisations o on o.id = v.employer_id
      where v.region_id = ${actor.regionId} and v.status = 'open'
      group by 1`),
  );
  let scopeSql = sql``;
  if (kind === 'caseload') scopeSql = sql`and t.case_organisation_id = ${actor.organisationId}`;
  if (kind === 'employer') {
    const ids = facts.map((f) => f.id);
    if (ids.length === 0) scopeSql = sql`and false`;
    else
      scopeSql = sql`and t.id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`;
  }
  const candidates = rows<{ sector: string; n: number }>(
    await db.execute(sql`
      select s.sector, count(distinct t.person_id)::int as n
      from trajectories t
      join person_wishes w on w.person_id = t.person_id
      cross join lateral unnest(w.sectors) as s(sector)
      where t.region_id = ${actor.regionId} and t.status in ('registered', 'intake', 'active')
      ${scopeSql}
      group by 1`),
  );
  const sectors = [...new Set([...vacancies, ...candidates].map((r) => r.sector))].sort();
  return sectors.map((sector) => ({
    sector,
    openVacancies: vacancies.find((r) => r.sector === sector)?.n ?? 0,
    activeCandidates: candidates.find((r) => r.sector === sector)?.n ?? 0,
  }));
}

/**
 * Answers computed from the same facts version, scope and query are kept for a minute (a small
 * LRU per database): a new event changes the version, so a write is seen at the next request.
 */
const answers = new WeakMap<Db, Map<string, Dashboard>>();
const MAX_ANSWERS = 64;
const tensions = new WeakMap<Db, Map<string, TensionRow[]>>();

export async function getDashboard(
  db: Db,
  actor: Actor,
  query: DashboardQuery,
  options: { now: Date; threshold: number; memo?: boolean },
): Promise<Dashboard> {
  const { now, threshold } = options;
  const { period, previous } = periodsOf(query, now);
  const { kind, facts, version } = await scopedFacts(db, actor, query, now);
  const scopeKey = kind === 'region' ? 'region' : `${kind}:${actor.organisationId ?? ''}`;
  const key = [
    actor.regionId,
    version,
    scopeKey,
    JSON.stringify(query),
    query.to ? '' : Math.floor(now.getTime() / 60_000),
    threshold,
  ].join('|');
  let memo = answers.get(db);
  if (!memo) answers.set(db, (memo = new Map()));
  const known = options.memo === false ? undefined : memo.get(key);
  if (known) {
    memo.delete(key);
    memo.set(key, known);
    return known;
  }
  const answer = await computeDashboard(db, actor, kind, facts, {
    period,
    previous,
    now,
    threshold,
  });
  memo.set(key, answer);
  if (memo.size > MAX_ANSWERS) memo.delete(memo.keys().next().value as string);
  return answer;
}

async function computeDashboard(
  db: Db,
  actor: Actor,
  kind: ScopeKind,
  facts: TrajectoryFacts[],
  options: { period: Period; previous: Period | null; now: Date; threshold: number },
): Promise<Dashboard> {
  const { period, previous, now, threshold } = options;
  // Tension is "now" and does not follow the period: kept for a minute per scope.
  const tensionKey = `${actor.regionId}|${kind}|${actor.organisationId ?? ''}|${kind === 'employer' ? facts.length : ''}|${Math.floor(now.getTime() / 60_000)}`;
  let tensionMemo = tensions.get(db);
  if (!tensionMemo) tensions.set(db, (tensionMemo = new Map()));
  let tension = tensionMemo.get(tensionKey);
  if (!tension) {
    tension = await tensionOf(db, actor, kind, facts);
    if (tensionMemo.size > MAX_ANSWERS) tensionMemo.clear();
    tensionMemo.set(tensionKey, tension);
  }
  const figures = computeFigures({ facts, period, previous, tension });
  const { tables } = suppress(figures, threshold);
  const [region] = await db.select().from(regions).where(eq(regions.id, actor.regionId));
  const [org] = actor.organisationId
    ? await db
        .select({ name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, [actor.organisationId]))
    : [];
  const targets =
    kind === 'region'
      ? await targetsWithRealisation(db, actor.regionId, await regionFacts(db, actor.regionId), {
          now,
          threshold,
        })
      : [];
  return {
    scope: {
      kind,
      regionId: actor.regionId,
      regionName: region?.name ?? '',
      organisationName: kind === 'region' ? null : (org?.name ?? null),
    },
    period: {
      from: period.from === null ? null : isoDay(period.from),
      to: isoDay(period.to),
      previousFrom: previous?.from != null ? isoDay(previous.from) : null,
      previousTo: previous ? isoDay(previous.to) : null,
    },
    threshold,
    tables,
    targets,
  };
}
