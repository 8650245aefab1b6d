import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { recordEvent } from '../../events/record-event.ts';
import { matchingEvents } from '../../offers/schema.ts';
import { organisations } from '../../organisations/schema.ts';
import { redundancyEnrolments, redundancyNotices } from '../../vacancies/schema.ts';
import { headlineOf, inCohort } from '../compute-figures.ts';
import type { CreateTargetBody, Target, TargetMetric } from '../contracts.ts';
import type { TrajectoryFacts } from '../facts.ts';
import { dashboardTargets, type DashboardTargetRow } from '../schema.ts';
import {
  addMonthsMs,
  firstPlacement,
  outcomeAfter,
  placementStartMs,
} from '../trajectory-state.ts';

const DAY = 86_400_000;
const startOfDay = (d: string) => Date.parse(`${d}T00:00:00Z`);

export interface Realisation {
  value: number | null;
  /** The people the value rests on (for suppression). */
  basis: number;
}

/** The realisation of one metric on a cohort, as of `at`. */
export function realise(
  metric: TargetMetric,
  withinMonths: number | null,
  cohort: readonly TrajectoryFacts[],
  at: number,
): Realisation {
  const h = headlineOf(cohort, at);
  switch (metric) {
    case 'participants':
      return { value: h.started, basis: h.started };
    case 'outflow_rate':
      return { value: h.outflow_rate, basis: h.continued };
    case 'placed_within_months': {
      const months = withinMonths ?? 3;
      const placed = cohort.filter((f) => {
        const p = firstPlacement(f, at);
        if (!p) return false;
        const limit = addMonthsMs(new Date(f.startedAt).toISOString().slice(0, 10), months);
        return placementStartMs(p) <= limit;
      }).length;
      return { value: h.started === 0 ? null : round(placed / h.started), basis: h.started };
    }
    case 'durable_share': {
      const placements = cohort.flatMap((f) => {
        const p = firstPlacement(f, at);
        return p ? [p] : [];
      });
      const known = placements.map((p) => outcomeAfter(p, 12, at).atWork);
      const durable = known.filter((k) => k === true).length;
      return {
        value: placements.length === 0 ? null : round(durable / placements.length),
        basis: placements.length,
      };
    }
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Status: after the due date met / not met; before it, a number of participants is on track
 * when it keeps pace with the time elapsed, a share when it already reaches the target.
 */
export function targetStatus(
  row: Pick<DashboardTargetRow, 'metric' | 'targetValue' | 'startsOn' | 'dueOn'>,
  realised: Realisation,
  now: number,
  threshold: number,
): Target['status'] {
  if (realised.value === null || realised.basis < threshold) return 'hidden';
  const due = startOfDay(row.dueOn) + DAY - 1;
  const reached = realised.value >= row.targetValue;
  if (now >= due) return reached ? 'met' : 'not_met';
  if (reached) return 'on_track';
  if (row.metric === 'participants') {
    const start = startOfDay(row.startsOn);
    const elapsed = Math.min(1, Math.max(0, (now - start) / Math.max(1, due - start)));
    return realised.value >= row.targetValue * elapsed ? 'on_track' : 'behind';
  }
  return 'behind';
}

async function names(db: Db, rows: DashboardTargetRow[]): Promise<Map<string, string>> {
  const ids = rows.flatMap((r) => (r.scopeId ? [r.scopeId] : []));
  if (ids.length === 0) return new Map();
  const [notices, events] = await Promise.all([
    db
      .select({
        id: redundancyNotices.id,
        name: sql<string>`${organisations.name} || ' (' || ${redundancyNotices.expectedDate} || ')'`,
      })
      .from(redundancyNotices)
      .innerJoin(organisations, eq(organisations.id, redundancyNotices.employerId))
      .where(inArray(redundancyNotices.id, ids)),
    db
      .select({ id: matchingEvents.id, name: matchingEvents.title })
      .from(matchingEvents)
      .where(inArray(matchingEvents.id, ids)),
  ]);
  return new Map([...notices, ...events].map((x) => [x.id, x.name]));
}

/** The region's targets with their realisation, computed from the event log. */
export async function targetsWithRealisation(
  db: Db,
  regionId: string,
  facts: readonly TrajectoryFacts[],
  options: { now: Date; threshold: number },
): Promise<Target[]> {
  const list = await db
    .select()
    .from(dashboardTargets)
    .where(and(eq(dashboardTargets.regionId, regionId), isNull(dashboardTargets.removedAt)))
    .orderBy(asc(dashboardTargets.dueOn), asc(dashboardTargets.createdAt));
  const named = await names(db, list);
  const now = options.now.getTime();
  const out: Target[] = [];
  for (const row of list) {
    let people: Set<string> | null = null;
    if (row.scopeKind === 'programme' && row.scopeId) {
      const enrolled = await db
        .select({ personId: redundancyEnrolments.personId })
        .from(redundancyEnrolments)
        .where(eq(redundancyEnrolments.noticeId, row.scopeId));
      people = new Set(enrolled.flatMap((e) => (e.personId ? [e.personId] : [])));
    }
    const period = { from: startOfDay(row.startsOn), to: startOfDay(row.dueOn) + DAY - 1 };
    const at = Math.min(now, period.to);
    const cohort = facts.filter(
      (f) =>
        inCohort(f, period) &&
        (people === null || people.has(f.personId)) &&
        (row.scopeKind !== 'matching_event' || f.matchingEventIds.includes(row.scopeId ?? '')),
    );
    const realised = realise(row.metric as TargetMetric, row.withinMonths, cohort, at);
    const status = targetStatus(row, realised, now, options.threshold);
    const hiddenValue = row.metric === 'participants' ? `< ${options.threshold}` : 'x';
    out.push({
      id: row.id,
      scopeKind: row.scopeKind as Target['scopeKind'],
      scopeId: row.scopeId,
      scopeName: row.scopeId ? (named.get(row.scopeId) ?? null) : null,
      metric: row.metric as TargetMetric,
      targetValue: row.targetValue,
      withinMonths: row.withinMonths,
      startsOn: row.startsOn,
      dueOn: row.dueOn,
      realised:
        status === 'hidden' ? (realised.value === null ? null : hiddenValue) : realised.value,
      status,
    });
  }
  return out;
}

export async function createTarget(
  db: Db,
  actor: Actor,
  body: CreateTargetBody,
  now: Date,
): Promise<string> {
  return db.transaction(async (tx) => {
    if (body.scopeKind === 'programme' && body.scopeId) {
      const [n] = await tx
        .select({ id: redundancyNotices.id })
        .from(redundancyNotices)
        .where(
          and(
            eq(redundancyNotices.id, body.scopeId),
            eq(redundancyNotices.regionId, actor.regionId),
          ),
        );
      if (!n) throw notFound('Programme');
    }
    if (body.scopeKind === 'matching_event' && body.scopeId) {
      const [e] = await tx
        .select({ id: matchingEvents.id })
        .from(matchingEvents)
        .where(
          and(eq(matchingEvents.id, body.scopeId), eq(matchingEvents.regionId, actor.regionId)),
        );
      if (!e) throw notFound('Matching event');
    }
    const id = randomUUID();
    await tx.insert(dashboardTargets).values({
      id,
      regionId: actor.regionId,
      scopeKind: body.scopeKind,
      scopeId: body.scopeKind === 'region' ? null : body.scopeId,
      metric: body.metric,
      targetValue: body.targetValue,
      withinMonths: body.withinMonths,
      startsOn: body.startsOn,
      dueOn: body.dueOn,
      createdByUserId: actor.userId,
      createdAt: now,
    });
    await recordEvent(tx, {
      regionId: actor.regionId,
      type: 'target.set',
      actorUserId: actor.userId,
      subjectType: 'target',
      subjectId: id,
      data: { metric: body.metric, targetValue: body.targetValue, scopeKind: body.scopeKind },
      occurredAt: now,
    });
    return id;
  });
}

export async function removeTarget(db: Db, actor: Actor, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(dashboardTargets)
      .set({ removedAt: now })
      .where(
        and(
          eq(dashboardTargets.id, id),
          eq(dashboardTargets.regionId, actor.regionId),
          isNull(dashboardTargets.removedAt),
        ),
      )
      .returning({ id: dashboardTargets.id });
    if (!row) throw notFound('Target');
    await recordEvent(tx, {
      regionId: actor.regionId,
      type: 'target.removed',
      actorUserId: actor.userId,
      subjectType: 'target',
      subjectId: id,
      occurredAt: now,
    });
  });
}
