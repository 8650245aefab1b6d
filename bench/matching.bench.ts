/**
 * Matching engine bench (DESIGN.md "Matching — the engine's contract"):
 *   - top-20 vacancies for one candidate among 100,000 vacancies: p50/p95 over 1,000 queries
 *   - a whole region: 50,000 candidates × 100,000 vacancies, top-20 each: total seconds
 *     (2 worker threads by default, each with its own engine copy; `regionWorkers: 1` runs it
 *     in this thread)
 *   - group placement: 1,000 people over 5,000 vacancies: seconds
 *   - memory (process.memoryUsage) with the region loaded in one engine
 * `quick` runs a tenth of the sizes (smoke runs). Vacancies come from real ESCO occupation
 * profiles when ../shared/data/esco exists (next to the repo), else synthetic profiles.
 */

import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runRegionInWorkers, runRegionInline } from './matching-region.ts';
import type { RegionResult } from './matching-region.ts';
import { pgliteTarget, postgresTarget, runSqlTop20, sqlWorld } from './matching-sql.ts';
import type { EngineAnswer, SqlRun, SqlTarget } from './matching-sql.ts';
import { buildBenchWorld } from './matching-world.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ESCO_DIR = resolve(ROOT, '../shared/data/esco');

const TARGETS = {
  top20P95Ms: 5,
  regionSeconds: 60,
  groupSeconds: 5,
  memoryMiB: 1024,
  speedupVsSql: 20,
};
/** Engine answers compared with SQL's (agreement of the two), from the SQL query subset. */
const COMPARED_ANSWERS = 20;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const ms = (x: number): number => Math.round(x * 1000) / 1000;
const mib = (bytes: number): number => Math.round(bytes / 1048576);
const load = (): number[] => loadavg().map((x) => Math.round(x * 100) / 100);

function gc(): boolean {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
  return g !== undefined;
}

/** Everything measured on one engine in this thread; returns plain numbers only, so the
 * engine can be collected before the region workers build their own copies. */
function measureOneEngine(quick: boolean, inlineRegion: boolean) {
  const world = buildBenchWorld(ESCO_DIR, quick);
  const { size, data, random: r } = world;
  const engine = world.engine;

  // ---- top-20 latency for one candidate
  const queryIds = Array.from(
    { length: size.queries },
    () => `cand-${Math.floor(r() * size.candidates)}`,
  );
  for (let i = 0; i < 100; i++) {
    engine.topVacanciesForCandidate(queryIds[i % queryIds.length] ?? 'cand-0', size.k);
  }
  const lat: number[] = [];
  const readiness = { direct: 0, 'after-training': 0, 'not-now': 0 };
  let returned = 0;
  const cpu0 = process.cpuUsage();
  for (const id of queryIds) {
    const s = performance.now();
    const res = engine.topVacanciesForCandidate(id, size.k);
    lat.push(performance.now() - s);
    returned += res.length;
    for (const x of res) readiness[x.readiness]++;
  }
  const cpu = process.cpuUsage(cpu0);
  const meanMs = lat.reduce((a, b) => a + b, 0) / Math.max(1, lat.length);
  // The SQL comparison repeats the first `sqlQueries` queries: keep their engine times.
  const sqlQueryIds = queryIds.slice(0, size.sqlQueries);
  const engineLatForSql = lat.slice(0, size.sqlQueries).sort((a, b) => a - b);
  const engineAnswers: EngineAnswer[] = sqlQueryIds.slice(0, COMPARED_ANSWERS).map((id) => ({
    candidateId: id,
    results: engine
      .topVacanciesForCandidate(id, size.k)
      .map((x) => ({ vacancyId: x.vacancyId, score: x.score })),
  }));
  lat.sort((a, b) => a - b);

  // ---- top-20 candidates for a vacancy (the other direction)
  const vlat: number[] = [];
  for (let i = 0; i < Math.min(200, size.queries); i++) {
    const s = performance.now();
    engine.topCandidatesForVacancy(`vac-${Math.floor(r() * size.vacancies)}`, size.k);
    vlat.push(performance.now() - s);
  }
  vlat.sort((a, b) => a - b);

  // ---- group placement
  const people = new Set<string>();
  while (people.size < size.groupPeople) people.add(`cand-${Math.floor(r() * size.candidates)}`);
  const vacs = new Set<string>();
  while (vacs.size < size.groupVacancies) vacs.add(`vac-${Math.floor(r() * size.vacancies)}`);
  const t3 = performance.now();
  const placement = engine.groupPlacement([...people], [...vacs]);
  const groupSeconds = (performance.now() - t3) / 1000;

  // ---- memory with one engine holding the region
  const gcExposed = gc();
  const mem = process.memoryUsage();
  // Peak resident set of the process so far: one engine, its build and every query above.
  const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  const stats = engine.stats();
  const { loadSeconds, buildSeconds } = world;

  const region = inlineRegion ? runRegionInline(engine, size.candidates, size.k) : null;
  const top20 = {
    p50Ms: ms(percentile(lat, 0.5)),
    p95Ms: ms(percentile(lat, 0.95)),
    p99Ms: ms(percentile(lat, 0.99)),
  };
  return {
    size,
    data: {
      source: data.source,
      note: data.note,
      ...(data.attribution ? { attribution: data.attribution } : {}),
      profiles: data.profiles.length,
      skills: data.skillCount,
    },
    stats,
    seconds: { loadProfiles: ms(loadSeconds), build: ms(buildSeconds) },
    top20,
    lat,
    meanMs,
    cpu,
    returned,
    readiness,
    vlat,
    placement,
    groupSeconds,
    gcExposed,
    mem,
    peakRssMiB,
    region,
    sqlQueryIds,
    engineLatForSql,
    engineAnswers,
  };
}

/** Runs the SQL top-20 on PGlite, and on the server when `databaseUrl` is set. */
async function measureSql(
  quick: boolean,
  databaseUrl: string | undefined,
  queryIds: readonly string[],
  k: number,
  answers: readonly EngineAnswer[],
): Promise<{ buildSeconds: number; runs: SqlRun[] }> {
  const t = performance.now();
  const world = sqlWorld(ESCO_DIR, quick);
  const buildSeconds = (performance.now() - t) / 1000;
  const runs: SqlRun[] = [];
  const opens: (() => Promise<SqlTarget>)[] = [pgliteTarget];
  if (databaseUrl) opens.push(() => postgresTarget(databaseUrl));
  for (const open of opens) {
    const target = await open();
    try {
      runs.push(await runSqlTop20(target, world, queryIds, k, answers));
    } finally {
      await target.close();
    }
  }
  return { buildSeconds, runs };
}

function sqlSummary(run: SqlRun, engineP50: number) {
  const sorted = [...run.latenciesMs].sort((a, b) => a - b);
  const p50 = percentile(sorted, 0.5);
  return {
    target: run.target,
    queries: run.queries,
    p50Ms: ms(p50),
    p95Ms: ms(percentile(sorted, 0.95)),
    p99Ms: ms(percentile(sorted, 0.99)),
    speedup: engineP50 > 0 ? Math.round((p50 / engineP50) * 10) / 10 : null,
    loadSeconds: ms(run.loadSeconds),
    rows: run.rows,
    agreement: run.agreement,
  };
}

/** The keys every run writes at the top of bench/results/latest.json (issue 6), for comparing runs. */
export interface MatchingSummary {
  scale: { candidates: number; vacancies: number; skills: number };
  index_build_ms: number;
  top20_ms: { p50: number; p95: number; p99: number };
  region_s: number;
  group_placement_s: number;
  peak_rss_mb: number;
  /** The server when DATABASE_URL is set, else PGlite. */
  sql_top20_ms: { p50: number; p95: number; target: 'pglite' | 'postgres' };
  /** PGlite's figures when the server was measured too. */
  sql_top20_ms_pglite?: { p50: number; p95: number };
  /** SQL p50 ÷ engine p50 over the same queries (server when set, else PGlite). */
  speedup_vs_sql: number | null;
  speedup_vs_sql_pglite?: number | null;
}

export async function runMatchingBench(
  opts: { quick?: boolean; regionWorkers?: number; databaseUrl?: string } = {},
): Promise<{ summary: MatchingSummary; details: object }> {
  const quick = opts.quick === true;
  const regionWorkers = Math.max(1, opts.regionWorkers ?? 2);
  // Shared machines: a busy neighbour slows every figure; the load average tells the reader.
  const loadAtStart = load();
  const one = measureOneEngine(quick, regionWorkers === 1);
  const { size, data, stats, top20, lat, meanMs, cpu, returned, readiness, vlat, placement } = one;
  const { groupSeconds, gcExposed, mem } = one;
  gc(); // the one-engine copy is unreachable now
  const region: RegionResult =
    one.region ?? (await runRegionInWorkers(ESCO_DIR, quick, size.candidates, regionWorkers));
  gc();
  const sql = await measureSql(quick, opts.databaseUrl, one.sqlQueryIds, size.k, one.engineAnswers);
  const engineSqlP50 = percentile(one.engineLatForSql, 0.5);
  const sqlRuns = sql.runs.map((r) => sqlSummary(r, engineSqlP50));
  const pgliteRun = sqlRuns.find((r) => r.target === 'pglite');
  const mainRun = sqlRuns.find((r) => r.target === 'postgres') ?? pgliteRun;
  const summary: MatchingSummary = {
    scale: { candidates: size.candidates, vacancies: size.vacancies, skills: data.skills },
    index_build_ms: Math.round(one.seconds.build * 1000),
    top20_ms: { p50: top20.p50Ms, p95: top20.p95Ms, p99: top20.p99Ms },
    region_s: ms(region.seconds),
    group_placement_s: ms(groupSeconds),
    peak_rss_mb: one.peakRssMiB,
    sql_top20_ms: {
      p50: mainRun?.p50Ms ?? 0,
      p95: mainRun?.p95Ms ?? 0,
      target: mainRun?.target ?? 'pglite',
    },
    ...(mainRun !== pgliteRun && pgliteRun
      ? { sql_top20_ms_pglite: { p50: pgliteRun.p50Ms, p95: pgliteRun.p95Ms } }
      : {}),
    speedup_vs_sql: mainRun?.speedup ?? null,
    ...(mainRun !== pgliteRun && pgliteRun ? { speedup_vs_sql_pglite: pgliteRun.speedup } : {}),
  };

  const details = {
    bench: 'matching-engine',
    quick,
    data,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadAverage1m5m15m: { atStart: loadAtStart, atEnd: load() },
    },
    sizes: { ...size, engine: stats },
    seconds: one.seconds,
    top20VacanciesForCandidate: {
      queries: lat.length,
      ...top20,
      meanMs: ms(meanMs),
      cpuMeanMs: ms((cpu.user + cpu.system) / 1000 / Math.max(1, lat.length)),
      maxMs: ms(lat.at(-1) ?? 0),
      meanResults: Math.round((returned / Math.max(1, lat.length)) * 10) / 10,
      readiness,
      targetP95Ms: TARGETS.top20P95Ms,
      pass: top20.p95Ms <= TARGETS.top20P95Ms,
    },
    top20CandidatesForVacancy: {
      queries: vlat.length,
      p50Ms: ms(percentile(vlat, 0.5)),
      p95Ms: ms(percentile(vlat, 0.95)),
    },
    region: {
      candidates: size.candidates,
      vacancies: size.vacancies,
      k: size.k,
      workers: region.workers,
      seconds: ms(region.seconds),
      perWorkerSeconds: region.perWorkerSeconds,
      singleThreadEstimateSeconds: ms((meanMs * size.candidates) / 1000),
      results: region.results,
      peakRssMiB: region.peakRssMiB,
      targetSeconds: TARGETS.regionSeconds,
      pass: region.seconds <= TARGETS.regionSeconds,
    },
    groupPlacement: {
      people: size.groupPeople,
      vacancies: size.groupVacancies,
      seconds: ms(groupSeconds),
      direct: placement.direct.length,
      afterTraining: placement.afterTraining.length,
      leftOver: placement.leftOver.length,
      leftOverOutcompeted: placement.leftOver.filter((l) => l.reason.code === 'outcompeted').length,
      totalScore: placement.totalScore,
      stats: { ...placement.stats, millis: ms(placement.stats.millis) },
      targetSeconds: TARGETS.groupSeconds,
      pass: groupSeconds <= TARGETS.groupSeconds,
    },
    memory: {
      gcBeforeMeasure: gcExposed,
      heapUsedMiB: mib(mem.heapUsed),
      arrayBuffersMiB: mib(mem.arrayBuffers),
      rssMiB: mib(mem.rss),
      peakRssMiB: one.peakRssMiB,
      targetMiB: TARGETS.memoryMiB,
      pass: one.peakRssMiB <= TARGETS.memoryMiB,
    },
    sqlComparison: {
      what: 'the same top-20 query in SQL, one query per candidate, on the same data (bench/matching-sql.ts)',
      queries: one.sqlQueryIds.length,
      engineOnSameQueries: {
        p50Ms: ms(engineSqlP50),
        p95Ms: ms(percentile(one.engineLatForSql, 0.95)),
      },
      generateSeconds: ms(sql.buildSeconds),
      runs: sqlRuns,
      targetSpeedup: TARGETS.speedupVsSql,
      pass: (summary.speedup_vs_sql ?? 0) >= TARGETS.speedupVsSql,
    },
  };
  return { summary, details };
}
