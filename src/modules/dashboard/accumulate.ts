import { workingOutcomes } from '../trajectories/vocabularies.ts';
import { activityKinds, type ActivityKind, type TrajectoryFacts } from './facts.ts';
import {
  daysBetween,
  outcomeAfter,
  placementStartMs,
  type HeadlineCategory,
} from './trajectory-state.ts';

/**
 * One pass over a cohort: every trajectory is visited once and adds to the counters of every
 * table (no per-table filtering, few allocations), so a region of 100,000 trajectories is
 * counted in tens of milliseconds. The rules are those of trajectory-state.ts.
 */
export interface Headline {
  started: number;
  stopped: number;
  continued: number;
  in_progress: number;
  placed: number;
  in_work_and_training: number;
  in_training: number;
  to_work_or_training: number;
  placed_other_sector: number;
  durable_12m: number;
  outflow_rate: number | null;
}

export const emptyHeadline = (): Headline => ({
  started: 0,
  stopped: 0,
  continued: 0,
  in_progress: 0,
  placed: 0,
  in_work_and_training: 0,
  in_training: 0,
  to_work_or_training: 0,
  placed_other_sector: 0,
  durable_12m: 0,
  outflow_rate: null,
});

export interface DurabilityCounts {
  atWork: number;
  notAtWork: number;
  unknown: number;
  sameEmployer: number;
}

export interface PlacementGroup {
  count: number;
  days: number[];
  incomeChange: number[];
}

export interface Accumulated {
  headline: Headline;
  sources: Map<string, number>;
  triage: Map<string, number>;
  reached: number[];
  inStepNow: number[];
  inStepTotal: number;
  stays: number[][];
  /** step key → reason → count; and per step key the re-entered count. */
  dropouts: Map<string, Map<string, number>>;
  reentered: Map<string, number>;
  activityPeople: Map<ActivityKind, number>;
  activityTimes: Map<ActivityKind, number>;
  placements: { direct: PlacementGroup; after_training: PlacementGroup; total: PlacementGroup };
  sectorChange: { other_sector: number; same_sector: number; unknown: number; total: number };
  transitions: Map<string, Map<string, number>>;
  durability: { 6: DurabilityCounts; 12: DurabilityCounts };
  funding: Map<string, { cents: number; people: number }>;
  funded: number;
  fundingTotal: number;
  /** Month number (monthOf) → counts. */
  trend: Map<number, { started: number; placements: number; dropouts: number }>;
}

const activityBit = new Map<ActivityKind, number>(activityKinds.map((k, i) => [k, i]));
const group = (): PlacementGroup => ({ count: 0, days: [], incomeChange: [] });
const durability = (): DurabilityCounts => ({
  atWork: 0,
  notAtWork: 0,
  unknown: 0,
  sameEmployer: 0,
});
const bump = <K>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

export function emptyAccumulated(): Accumulated {
  return {
    headline: emptyHeadline(),
    sources: new Map(),
    triage: new Map(),
    reached: [0, 0, 0, 0, 0, 0, 0, 0],
    inStepNow: [0, 0, 0, 0, 0, 0, 0, 0],
    inStepTotal: 0,
    stays: [[], [], [], [], [], [], [], []],
    dropouts: new Map(),
    reentered: new Map(),
    activityPeople: new Map(activityKinds.map((k) => [k, 0])),
    activityTimes: new Map(activityKinds.map((k) => [k, 0])),
    placements: { direct: group(), after_training: group(), total: group() },
    sectorChange: { other_sector: 0, same_sector: 0, unknown: 0, total: 0 },
    transitions: new Map(),
    durability: { 6: durability(), 12: durability() },
    funding: new Map(),
    funded: 0,
    fundingTotal: 0,
    trend: new Map(),
  };
}

/** The month of a time as a number (year × 12 + month), cheap to compute and to key on. */
function monthOf(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function trendOf(acc: Accumulated, month: number) {
  let t = acc.trend.get(month);
  if (!t) acc.trend.set(month, (t = { started: 0, placements: 0, dropouts: 0 }));
  return t;
}

/** 'YYYY-MM' of a month number. */
export const monthKey = (month: number): string =>
  `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;

/** The headline category of one trajectory at `at` (null: not started yet). */
function categoryAt(
  f: TrajectoryFacts,
  at: number,
): {
  category: HeadlineCategory;
  working: boolean;
  sameSector: boolean | null;
  droppedOut: boolean;
  closed: boolean;
} {
  let lastDropout = -Infinity;
  for (const d of f.dropouts) if (d.at <= at) lastDropout = d.at;
  let lastReentry = -Infinity;
  for (const r of f.reentries) if (r <= at) lastReentry = r;
  const droppedOut = lastDropout > lastReentry;
  const closed = f.closed !== null && f.closed.at <= at;
  let outcome: TrajectoryFacts['outcomes'][number] | null = null;
  for (const o of f.outcomes) {
    if (o.at > at) break;
    outcome = o;
  }
  const kind = outcome?.outcome ?? null;
  const working = kind !== null && workingOutcomes.includes(kind);
  let category: HeadlineCategory;
  if (droppedOut || kind === 'stayed_with_employer' || (closed && kind === null)) category = 'left';
  else if (kind === null) category = 'in_mediation';
  else if (kind === 'training') category = 'training';
  else if (kind === 'work_and_training') category = 'work_and_training';
  else if (working) category = 'new_job';
  else category = 'in_mediation';
  return {
    category,
    working: working && category !== 'left',
    sameSector: outcome?.sameSector ?? null,
    droppedOut,
    closed,
  };
}

/** Adds one trajectory to the headline only (the previous period needs no more). */
export function addToHeadline(
  h: Headline,
  f: TrajectoryFacts,
  at: number,
  state?: ReturnType<typeof categoryAt>,
): void {
  if (f.startedAt > at) return;
  const s = state ?? categoryAt(f, at);
  h.started++;
  if (s.category === 'left') {
    h.stopped++;
    return;
  }
  h.continued++;
  if (s.category === 'in_mediation') h.in_progress++;
  else if (s.category === 'training') h.in_training++;
  else if (s.category === 'work_and_training') h.in_work_and_training++;
  else h.placed++;
  if (s.working && s.sameSector === false) h.placed_other_sector++;
  if (s.working) {
    const p = f.placements[0];
    if (p && p.at <= at && outcomeAfter(p, 12, at).atWork === true) h.durable_12m++;
  }
}

export function finishHeadline(h: Headline): Headline {
  h.to_work_or_training = h.placed + h.in_work_and_training + h.in_training;
  h.outflow_rate =
    h.continued === 0 ? null : Math.round((h.to_work_or_training / h.continued) * 1000) / 1000;
  return h;
}

const stepKey = (step: number | null) => (step === null ? 'before_triage' : String(step));

/**
 * What one trajectory adds to the counters at a moment. Computed once per trajectory for "as of
 * now" (any moment after its last event gives the same contribution) and kept with its facts, so
 * a request counts 100,000 trajectories by adding small records instead of re-reading their events.
 */
export interface Contribution {
  state: ReturnType<typeof categoryAt>;
  durable: boolean;
  source: string;
  triage: string;
  startMonth: number;
  reachedMask: number;
  /** The step someone is in now (0: none). */
  current: number;
  /** Completed stays, as pairs step, days. */
  stays: number[];
  dropouts: { key: string; reason: string; reentered: boolean; month: number }[];
  activity: ActivityKind[];
  placement: {
    route: 'direct' | 'after_training';
    days: number;
    income: number | null;
    change: 'other_sector' | 'same_sector' | 'unknown';
    old: string;
    sector: string;
    after: { 6: ReturnType<typeof outcomeAfter>; 12: ReturnType<typeof outcomeAfter> };
    month: number;
  } | null;
  funded: boolean;
  funding: [string, number][];
}

export function contributionAt(f: TrajectoryFacts, at: number): Contribution {
  const state = categoryAt(f, at);
  let triage = 'none';
  for (const x of f.triage) {
    if (x.at > at) break;
    triage = String(x.group);
  }
  // The chain: steps reached, the step now, completed stays.
  let reachedMask = 0;
  let current = 0;
  const stays: number[] = [];
  const steps = f.steps;
  for (let i = 0; i < steps.length; i++) {
    const entry = steps[i];
    if (!entry || entry.at > at) break;
    reachedMask |= 1 << entry.step;
    current = entry.step;
    // The stay ends at the next step, a dropout or the closure, whichever comes first.
    let end = Infinity;
    const next = steps[i + 1];
    if (next && next.at <= at) end = next.at;
    for (const d of f.dropouts) if (d.at > entry.at && d.at <= at && d.at < end) end = d.at;
    if (f.closed && f.closed.at > entry.at && f.closed.at <= at && f.closed.at < end) {
      end = f.closed.at;
    }
    if (end !== Infinity) stays.push(entry.step, daysBetween(entry.at, end));
  }
  if (state.droppedOut || state.closed) current = 0;
  // Dropouts with reasons, and whether the person came back afterwards.
  const dropouts: Contribution['dropouts'] = [];
  for (const d of f.dropouts) {
    if (d.at > at) continue;
    dropouts.push({
      key: stepKey(d.step),
      reason: d.reason,
      reentered: f.reentries.some((r) => r > d.at && r <= at),
      month: monthOf(d.at),
    });
  }
  const activity: ActivityKind[] = [];
  for (const a of f.activity) if (a.at <= at) activity.push(a.kind);
  // The first placement: route, time to it, income change, sector move, durability.
  let placement: Contribution['placement'] = null;
  const p = f.placements[0];
  if (p && p.at <= at) {
    placement = {
      route: p.route === 'after_training' ? 'after_training' : 'direct',
      days: daysBetween(f.startedAt, placementStartMs(p)),
      income:
        p.monthlySalary !== null && p.monthlyIncomeBefore !== null
          ? p.monthlySalary - p.monthlyIncomeBefore
          : null,
      change:
        p.sameSector === false ? 'other_sector' : p.sameSector === true ? 'same_sector' : 'unknown',
      old: f.oldSector ?? 'unknown',
      sector: p.sector ?? 'unknown',
      after: { 6: outcomeAfter(p, 6, at), 12: outcomeAfter(p, 12, at) },
      month: monthOf(p.at),
    };
  }
  // Money per source (a line removed counts negative).
  let funded = false;
  const sources = new Map<string, number>();
  for (const line of f.funding) {
    if (line.at > at) continue;
    funded = true;
    bump(sources, line.source, line.cents);
  }
  return {
    state,
    durable: state.working && placement !== null && placement.after[12].atWork === true,
    source: f.source,
    triage,
    startMonth: monthOf(f.startedAt),
    reachedMask,
    current,
    stays,
    dropouts,
    activity,
    placement,
    funded,
    funding: [...sources],
  };
}

/** The time of a trajectory's last event: from then on its contribution no longer changes. */
function lastEventAt(f: TrajectoryFacts): number {
  let last = f.startedAt;
  const see = (t: number) => {
    if (t > last) last = t;
  };
  for (const x of f.triage) see(x.at);
  for (const x of f.steps) see(x.at);
  for (const x of f.dropouts) see(x.at);
  for (const x of f.reentries) see(x);
  for (const x of f.outcomes) see(x.at);
  if (f.closed) see(f.closed.at);
  for (const p of f.placements) {
    see(p.at);
    if (p.ended) see(p.ended.at);
    for (const c of p.checks) see(c.at);
  }
  for (const x of f.funding) see(x.at);
  for (const x of f.activity) see(x.at);
  return last;
}

const settled = new WeakMap<TrajectoryFacts, { last: number; contribution: Contribution }>();

/** The contribution at `at`: kept per facts record for any moment after its last event. */
export function contributionOf(f: TrajectoryFacts, at: number): Contribution {
  let known = settled.get(f);
  if (!known) {
    const last = lastEventAt(f);
    known = { last, contribution: contributionAt(f, Math.max(last, f.startedAt)) };
    settled.set(f, known);
  }
  return at >= known.last ? known.contribution : contributionAt(f, at);
}

/** Adds one trajectory (started by `at`) to every counter. */
export function accumulate(acc: Accumulated, f: TrajectoryFacts, at: number): void {
  if (f.startedAt > at) return;
  const c = contributionOf(f, at);
  const s = c.state;
  const h = acc.headline;
  h.started++;
  if (s.category === 'left') h.stopped++;
  else {
    h.continued++;
    if (s.category === 'in_mediation') h.in_progress++;
    else if (s.category === 'training') h.in_training++;
    else if (s.category === 'work_and_training') h.in_work_and_training++;
    else h.placed++;
    if (s.working && s.sameSector === false) h.placed_other_sector++;
    if (c.durable) h.durable_12m++;
  }
  bump(acc.sources, c.source);
  bump(acc.triage, c.triage);
  trendOf(acc, c.startMonth).started++;
  for (let step = 1; step <= 7; step++) if (c.reachedMask & (1 << step)) acc.reached[step]!++;
  if (c.current > 0) {
    acc.inStepNow[c.current]!++;
    acc.inStepTotal++;
  }
  for (let i = 0; i < c.stays.length; i += 2) acc.stays[c.stays[i]!]?.push(c.stays[i + 1]!);
  for (const d of c.dropouts) {
    let reasons = acc.dropouts.get(d.key);
    if (!reasons) acc.dropouts.set(d.key, (reasons = new Map()));
    bump(reasons, d.reason);
    if (d.reentered) bump(acc.reentered, d.key);
    trendOf(acc, d.month).dropouts++;
  }
  let seen = 0;
  for (const kind of c.activity) {
    bump(acc.activityTimes, kind);
    const bit = 1 << (activityBit.get(kind) ?? 0);
    if (!(seen & bit)) {
      seen |= bit;
      bump(acc.activityPeople, kind);
    }
  }
  const p = c.placement;
  if (p) {
    for (const g of [acc.placements[p.route], acc.placements.total]) {
      g.count++;
      g.days.push(p.days);
      if (p.income !== null) g.incomeChange.push(p.income);
    }
    acc.sectorChange[p.change]++;
    acc.sectorChange.total++;
    let row = acc.transitions.get(p.old);
    if (!row) acc.transitions.set(p.old, (row = new Map()));
    bump(row, p.sector);
    for (const months of [6, 12] as const) {
      const r = p.after[months];
      const d = acc.durability[months];
      if (r.atWork === true) d.atWork++;
      else if (r.atWork === false) d.notAtWork++;
      else d.unknown++;
      if (r.sameEmployer === true) d.sameEmployer++;
    }
    trendOf(acc, p.month).placements++;
  }
  if (c.funded) acc.funded++;
  for (const [source, cents] of c.funding) {
    let m = acc.funding.get(source);
    if (!m) acc.funding.set(source, (m = { cents: 0, people: 0 }));
    m.cents += cents;
    acc.fundingTotal += cents;
    if (cents !== 0) m.people++;
  }
}
