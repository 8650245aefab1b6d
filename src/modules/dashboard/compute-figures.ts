import { dropoutReasons, fundingSources, trajectorySources } from '../trajectories/vocabularies.ts';
import {
  accumulate,
  addToHeadline,
  emptyAccumulated,
  emptyHeadline,
  finishHeadline,
  monthKey,
  type Accumulated,
  type Headline,
} from './accumulate.ts';
import { activityKinds, type TrajectoryFacts } from './facts.ts';
import {
  count,
  derived,
  quantile,
  quantiles,
  ref,
  type RawCell,
  type RawFigures,
  type RawRow,
  type RawTable,
} from './figures.ts';

/**
 * Every figure of the dashboard, from trajectory facts (derived from the event log) alone.
 *
 * Semantics (README "Dashboard"): a period [from, to] selects a cohort — the trajectories that
 * started in it — and every figure describes that cohort as it stood at the end of the period
 * (`to`). The previous period is the cohort of the same length just before, seen at its own end.
 */
export interface Period {
  from: number | null;
  to: number;
}

export interface TensionRow {
  sector: string;
  openVacancies: number;
  activeCandidates: number;
}

export const headlineKeys = [
  'started',
  'stopped',
  'continued',
  'in_progress',
  'placed',
  'in_work_and_training',
  'in_training',
  'to_work_or_training',
  'placed_other_sector',
  'durable_12m',
  'outflow_rate',
] as const;
export type HeadlineKey = (typeof headlineKeys)[number];

export const inCohort = (f: TrajectoryFacts, p: Period): boolean =>
  f.startedAt <= p.to && (p.from === null || f.startedAt >= p.from);

/** The headline figures, as the pilot report counts them (and `overstap report kpis`). */
export type { Headline };

export function headlineOf(cohort: readonly TrajectoryFacts[], at: number): Headline {
  const h = emptyHeadline();
  for (const f of cohort) addToHeadline(h, f, at);
  return finishHeadline(h);
}

function table(id: string, columns: RawTable['columns'], rows: RawRow[]): RawTable {
  return { id, columns, rows };
}
const cols = (...keys: string[]): RawTable['columns'] =>
  keys.map((key) => ({ key, kind: 'count' }));

function headlineTable(current: Headline, previous: Headline | null, groups: string[][]): RawTable {
  const columns: RawTable['columns'] = [{ key: 'current', kind: 'count' }];
  if (previous) columns.push({ key: 'previous', kind: 'count' });
  const rows: RawRow[] = headlineKeys.map((key) => {
    const cells: Record<string, RawCell> = {};
    for (const [column, h] of [
      ['current', current],
      ['previous', previous],
    ] as const) {
      if (!h) continue;
      cells[column] =
        key === 'outflow_rate'
          ? derived('rate', h.outflow_rate, h.continued, [
              ref('headline', 'to_work_or_training', column),
              ref('headline', 'continued', column),
            ])
          : count(h[key]);
    }
    return key === 'outflow_rate' ? { key, kind: 'rate' as const, cells } : { key, cells };
  });
  for (const column of columns.map((c) => c.key)) {
    const r = (k: HeadlineKey) => ref('headline', k, column);
    groups.push(
      [r('started'), r('stopped'), r('continued')],
      [r('continued'), r('in_progress'), r('placed'), r('in_work_and_training'), r('in_training')],
      [r('to_work_or_training'), r('placed'), r('in_work_and_training'), r('in_training')],
    );
  }
  return { id: 'headline', columns, rows };
}

function inflowBySource(acc: Accumulated, groups: string[][]): RawTable {
  const rows: RawRow[] = [...trajectorySources, 'unknown']
    .filter((source) => source !== 'unknown' || acc.sources.has('unknown'))
    .map((source) => ({ key: source, cells: { count: count(acc.sources.get(source) ?? 0) } }));
  rows.push({ key: 'total', cells: { count: count(acc.headline.started) } });
  groups.push(rows.map((r) => ref('inflow_source', r.key, 'count')));
  return table('inflow_source', cols('count'), rows);
}

function triageTable(acc: Accumulated, groups: string[][]): RawTable {
  const rows: RawRow[] = ['1', '2', '3', 'none'].map((key) => ({
    key,
    cells: { count: count(acc.triage.get(key) ?? 0) },
  }));
  rows.push({ key: 'total', cells: { count: count(acc.headline.started) } });
  groups.push(rows.map((r) => ref('triage', r.key, 'count')));
  return table('triage', cols('count'), rows);
}

function funnelTable(acc: Accumulated, groups: string[][]): RawTable {
  const rows: RawRow[] = [];
  for (let step = 1; step <= 7; step++) {
    const days = acc.stays[step] ?? [];
    rows.push({
      key: String(step),
      cells: {
        reached: count(acc.reached[step] ?? 0),
        now: count(acc.inStepNow[step] ?? 0),
        median_days: derived('days', quantile(days, 0.5), days.length),
      },
    });
  }
  rows.push({ key: 'total', cells: { now: count(acc.inStepTotal) } });
  groups.push(rows.map((r) => ref('funnel', r.key, 'now')));
  return table(
    'funnel',
    [
      { key: 'reached', kind: 'count' },
      { key: 'now', kind: 'count' },
      { key: 'median_days', kind: 'days' },
    ],
    rows,
  );
}

function dropoutTable(acc: Accumulated, groups: string[][]): RawTable {
  const reasons = dropoutReasons.filter((r) =>
    [...acc.dropouts.values()].some((m) => (m.get(r) ?? 0) > 0),
  );
  const stepKeys = ['before_triage', '1', '2', '3', '4', '5', '6', '7'].filter((k) =>
    acc.dropouts.has(k),
  );
  const rowOf = (key: string, perReason: (r: string) => number, reentered: number): RawRow => {
    const cells: Record<string, RawCell> = {};
    let total = 0;
    for (const reason of reasons) {
      const n = perReason(reason);
      cells[reason] = count(n);
      total += n;
    }
    cells.total = count(total);
    cells.reentered = count(reentered);
    return { key, cells };
  };
  const rows = stepKeys.map((key) =>
    rowOf(key, (r) => acc.dropouts.get(key)?.get(r) ?? 0, acc.reentered.get(key) ?? 0),
  );
  let reenteredTotal = 0;
  for (const n of acc.reentered.values()) reenteredTotal += n;
  rows.push(
    rowOf(
      'total',
      (r) => [...acc.dropouts.values()].reduce((n, m) => n + (m.get(r) ?? 0), 0),
      reenteredTotal,
    ),
  );
  for (const row of rows) {
    groups.push([...reasons, 'total'].map((c) => ref('dropouts', row.key, c)));
  }
  for (const column of [...reasons, 'total', 'reentered']) {
    groups.push(rows.map((r) => ref('dropouts', r.key, column)));
  }
  return table('dropouts', cols(...reasons, 'total', 'reentered'), rows);
}

function activityTable(acc: Accumulated): RawTable {
  return table(
    'activity',
    cols('people', 'times'),
    activityKinds.map((kind) => ({
      key: kind,
      cells: {
        people: count(acc.activityPeople.get(kind) ?? 0),
        times: count(acc.activityTimes.get(kind) ?? 0),
      },
    })),
  );
}

function placementTables(acc: Accumulated, groups: string[][]): RawTable[] {
  const routeRow = (key: 'direct' | 'after_training' | 'total'): RawRow => {
    const g = acc.placements[key];
    const [median, p75] = quantiles(g.days, [0.5, 0.75]);
    return {
      key,
      cells: {
        count: count(g.count),
        median_days: derived('days', median ?? null, g.days.length),
        p75_days: derived('days', p75 ?? null, g.days.length),
        median_income_change: derived(
          'euros',
          quantile(g.incomeChange, 0.5),
          g.incomeChange.length,
        ),
      },
    };
  };
  const route = table(
    'placements',
    [
      { key: 'count', kind: 'count' },
      { key: 'median_days', kind: 'days' },
      { key: 'p75_days', kind: 'days' },
      { key: 'median_income_change', kind: 'euros' },
    ],
    [routeRow('direct'), routeRow('after_training'), routeRow('total')],
  );
  groups.push(['direct', 'after_training', 'total'].map((k) => ref('placements', k, 'count')));

  const changeKeys = ['other_sector', 'same_sector', 'unknown', 'total'] as const;
  const change = table(
    'sector_change',
    cols('count'),
    changeKeys.map((key) => ({ key, cells: { count: count(acc.sectorChange[key]) } })),
  );
  groups.push(changeKeys.map((k) => ref('sector_change', k, 'count')));

  // The transitions matrix: old sector (rows) → new sector (columns), with totals.
  const olds = [...acc.transitions.keys()].sort();
  const news = [...new Set([...acc.transitions.values()].flatMap((m) => [...m.keys()]))].sort();
  const matrixRows: RawRow[] = [...olds, 'total'].map((old) => {
    const cells: Record<string, RawCell> = {};
    let rowTotal = 0;
    for (const n of news) {
      const v =
        old === 'total'
          ? [...acc.transitions.values()].reduce((sum, m) => sum + (m.get(n) ?? 0), 0)
          : (acc.transitions.get(old)?.get(n) ?? 0);
      cells[n] = count(v);
      rowTotal += v;
    }
    cells.total = count(rowTotal);
    return { key: old, cells };
  });
  const placed = acc.placements.total.count;
  if (placed > 0) {
    for (const row of matrixRows) {
      groups.push([...news, 'total'].map((c) => ref('transitions', row.key, c)));
    }
    for (const c of [...news, 'total']) {
      groups.push(matrixRows.map((r) => ref('transitions', r.key, c)));
    }
  }
  const transitions = table('transitions', cols(...news, 'total'), placed > 0 ? matrixRows : []);

  // Durability: the first placement's outcome after 6 and 12 months.
  const durabilityRows: RawRow[] = ([6, 12] as const).map((months) => {
    const d = acc.durability[months];
    const key = `months_${months}`;
    return {
      key,
      cells: {
        at_work: count(d.atWork),
        not_at_work: count(d.notAtWork),
        unknown: count(d.unknown),
        total: count(placed),
        same_employer: count(d.sameEmployer),
        share_unknown: derived(
          'rate',
          placed === 0 ? null : Math.round((d.unknown / placed) * 1000) / 1000,
          placed,
          [ref('durability', key, 'unknown'), ref('durability', key, 'total')],
        ),
      },
    };
  });
  for (const row of durabilityRows) {
    groups.push(
      ['at_work', 'not_at_work', 'unknown', 'total'].map((c) => ref('durability', row.key, c)),
    );
  }
  const durability = table(
    'durability',
    [
      ...cols('at_work', 'not_at_work', 'unknown', 'total', 'same_employer'),
      { key: 'share_unknown', kind: 'rate' },
    ],
    durabilityRows,
  );
  return [route, change, transitions, durability];
}

function moneyTables(acc: Accumulated, headline: Headline): RawTable[] {
  const rows: RawRow[] = fundingSources
    .filter((source) => (acc.funding.get(source)?.people ?? 0) > 0)
    .map((source) => {
      const m = acc.funding.get(source) ?? { cents: 0, people: 0 };
      return {
        key: source,
        cells: { trajectories: count(m.people), amount: derived('cents', m.cents, m.people) },
      };
    });
  const total = acc.fundingTotal;
  const funded = acc.funded;
  rows.push({
    key: 'total',
    cells: { trajectories: count(funded), amount: derived('cents', total, funded) },
  });
  const working = headline.placed + headline.in_work_and_training;
  const per = (n: number) => (n === 0 ? null : Math.round(total / n));
  const cost = table(
    'cost',
    [{ key: 'amount', kind: 'cents' }],
    [
      { key: 'total', cells: { amount: derived('cents', total, funded) } },
      {
        key: 'per_trajectory',
        cells: { amount: derived('cents', per(headline.started), headline.started) },
      },
      {
        key: 'per_placement',
        cells: {
          amount: derived('cents', per(working), Math.min(working, funded), [
            ref('headline', 'placed', 'current'),
            ref('headline', 'in_work_and_training', 'current'),
          ]),
        },
      },
      {
        key: 'per_durable_placement',
        cells: {
          amount: derived(
            'cents',
            per(headline.durable_12m),
            Math.min(headline.durable_12m, funded),
            [ref('headline', 'durable_12m', 'current')],
          ),
        },
      },
    ],
  );
  return [
    table(
      'funding',
      [
        { key: 'trajectories', kind: 'count' },
        { key: 'amount', kind: 'cents' },
      ],
      rows,
    ),
    cost,
  ];
}

function trendTable(acc: Accumulated, groups: string[][]): RawTable {
  const numbers = [...acc.trend.keys()].sort((a, b) => a - b);
  const months = numbers.map(monthKey);
  const rows: RawRow[] = numbers.map((n) => {
    const t = acc.trend.get(n) ?? { started: 0, placements: 0, dropouts: 0 };
    return {
      key: monthKey(n),
      cells: {
        started: count(t.started),
        placements: count(t.placements),
        dropouts: count(t.dropouts),
      },
    };
  });
  if (rows.length > 0) {
    const col = (c: string) => months.map((m) => ref('trend', m, c));
    groups.push([ref('headline', 'started', 'current'), ...col('started')]);
    groups.push([ref('placements', 'total', 'count'), ...col('placements')]);
    groups.push([ref('dropouts', 'total', 'total'), ...col('dropouts')]);
  }
  return table('trend', cols('started', 'placements', 'dropouts'), rows);
}

function tensionTable(rows: readonly TensionRow[]): RawTable {
  return table(
    'tension',
    [
      { key: 'open_vacancies', kind: 'number' },
      { key: 'active_candidates', kind: 'count' },
      { key: 'vacancies_per_candidate', kind: 'number' },
    ],
    rows.map((r) => ({
      key: r.sector,
      cells: {
        open_vacancies: { value: r.openVacancies, kind: 'number' },
        active_candidates: count(r.activeCandidates),
        vacancies_per_candidate: derived(
          'number',
          r.activeCandidates === 0
            ? null
            : Math.round((r.openVacancies / r.activeCandidates) * 10) / 10,
          r.activeCandidates,
          [ref('tension', r.sector, 'active_candidates')],
        ),
      },
    })),
  );
}

/** All figures of one scope and period, unsuppressed. */
export function computeFigures(input: {
  facts: readonly TrajectoryFacts[];
  period: Period;
  previous: Period | null;
  tension: readonly TensionRow[];
}): RawFigures & { headline: Headline; previousHeadline: Headline | null } {
  const { period, previous } = input;
  const at = period.to;
  const acc = emptyAccumulated();
  const before = previous ? emptyHeadline() : null;
  for (const f of input.facts) {
    if (inCohort(f, period)) accumulate(acc, f, at);
    if (before && previous && inCohort(f, previous)) addToHeadline(before, f, previous.to);
  }
  const headline = finishHeadline(acc.headline);
  const previousHeadline = before ? finishHeadline(before) : null;
  const groups: string[][] = [];
  const tables: RawTable[] = [
    headlineTable(headline, previousHeadline, groups),
    inflowBySource(acc, groups),
    triageTable(acc, groups),
    funnelTable(acc, groups),
    dropoutTable(acc, groups),
    activityTable(acc),
    ...placementTables(acc, groups),
    ...moneyTables(acc, headline),
    trendTable(acc, groups),
    tensionTable(input.tension),
  ];
  // The triage and source totals repeat the number started.
  groups.push([ref('headline', 'started', 'current'), ref('inflow_source', 'total', 'count')]);
  groups.push([ref('headline', 'started', 'current'), ref('triage', 'total', 'count')]);
  return { tables, groups, headline, previousHeadline };
}
