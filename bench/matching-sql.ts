/**
 * The same top-20 query in SQL, on the same data, in the same run: the yardstick for the engine.
 *
 * The bench world is generated again from the same seed (matching-world.ts), bulk-loaded into a
 * scratch schema (multi-row `insert … select from unnest(…)` in chunks, indexes built after the
 * load, then VACUUM ANALYZE), and the top-20 vacancies of each queried candidate are asked with ONE
 * query per candidate, written as a PostgreSQL user would write it:
 *
 *   held(skill)      the candidate's skills, plus every skill related to one through the hierarchy
 *                    (a `skill_neighbour` table holding the engine's own neighbour list and the
 *                    relation credit: narrower 0.8, broader 0.5, sibling 0.3)
 *   requirement fit  per requirement reached: max(relation × evidence × level factor), the gain
 *                    above the requirement's learnable credit, × weight (essential 3, optional 1)
 *   vacancy fit      (learnable baseline + Σ gains) / total weight, constraints in the WHERE
 *                    clause (distance by haversine or same region, hours, salary, start date,
 *                    contract type, sector), ORDER BY fit DESC LIMIT 20.
 *
 * Every vacancy earns at least its learnable baseline, so the top 20 is the best of two ordered
 * lists: the vacancies reached through the candidate's skills, and the vacancies with the best
 * baselines (an index in baseline order, stopping after 20 that pass the constraints).
 *
 * The same formula as src/matching/score.ts (the constants are imported from there), with two
 * simplifications that only make SQL's job lighter:
 *   - the learnable credit of each requirement (0.4 on the job, 0.25 when a catalogue training
 *     teaches it, else 0) and each vacancy's baseline (Σ weight × learnable) and total weight are
 *     precomputed columns, as the engine keeps them up to date on every write;
 *   - no readiness or training plan is computed (the engine does both for its 20 results).
 * Indexes: requirement(skill_id) INCLUDE (…) for index-only scans, vacancy(base_fit DESC, id),
 * primary keys candidate_skill(candidate_id, skill_id), skill_neighbour(skill_id, related_id),
 * vacancy(id), candidate(id). Scores are compared with the engine's on the first queries
 * (`agreement`), so the two really answer the same question.
 */

import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import {
  CONTRACT_TYPES,
  ESSENTIAL_WEIGHT,
  EVIDENCE_FACTOR,
  LEVEL_STEP_PENALTY,
  ON_THE_JOB_CREDIT,
  OPTIONAL_WEIGHT,
  START_DATE_GRACE_DAYS,
  TRAINING_CREDIT,
} from '../src/matching/index.ts';
import type {
  CandidateInput,
  SkillHierarchyEdge,
  TrainingInput,
  VacancyInput,
} from '../src/matching/index.ts';
import { HELD_TO_REQUIRED_CREDIT, SkillGraph } from '../src/matching/skill-graph.ts';
import { loadProfiles, prng } from './matching-data.ts';
import { WORLD_SEED, benchSize, generateWorld } from './matching-world.ts';

type Cell = number | null;
type Column = Cell[];

/** Columns of one table, filled row by row, loaded in chunks. */
class Table {
  readonly columns: Column[];
  constructor(
    readonly name: string,
    readonly names: readonly string[],
    readonly types: readonly string[],
  ) {
    this.columns = names.map(() => []);
  }
  add(...cells: Cell[]): void {
    cells.forEach((c, i) => this.columns[i]?.push(c));
  }
  get rows(): number {
    return this.columns[0]?.length ?? 0;
  }
}

const num = (x: number | undefined): Cell => (x === undefined || Number.isNaN(x) ? null : x);
const idNumber = (id: string): number => Number(id.slice(id.lastIndexOf('-') + 1));
const dayOf = (iso: string | undefined): Cell =>
  iso === undefined ? null : Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** The generated world as SQL rows (vacancies, requirements, candidates, skills, hierarchy). */
export class SqlWorld {
  readonly vacancy = new Table(
    'vacancy',
    [
      'id',
      'total_weight',
      'base_weight',
      'base_fit',
      'hours_min',
      'hours_max',
      'salary_min',
      'salary_max',
      'lat',
      'lon',
      'region',
      'start_day',
      'contract',
      'sector',
    ],
    ['int', 'real', 'real', 'float8', 'real', 'real', 'real', 'real', 'float8', 'float8'].concat([
      'int',
      'int',
      'int',
      'int',
    ]),
  );
  readonly requirement = new Table(
    'requirement',
    ['id', 'vacancy_id', 'skill_id', 'weight', 'min_level', 'learnable'],
    ['int', 'int', 'int', 'int2', 'int2', 'real'],
  );
  readonly candidate = new Table(
    'candidate',
    [
      'id',
      'max_km',
      'lat',
      'lon',
      'region',
      'min_hours',
      'max_hours',
      'min_salary',
      'earliest_day',
      'contract_mask',
      'sector',
    ],
    ['int', 'real', 'float8', 'float8', 'int', 'real', 'real', 'real', 'int', 'int', 'int'],
  );
  readonly candidateSkill = new Table(
    'candidate_skill',
    ['candidate_id', 'skill_id', 'level', 'evidence'],
    ['int', 'int', 'int2', 'real'],
  );
  readonly neighbour = new Table(
    'skill_neighbour',
    ['skill_id', 'related_id', 'credit'],
    ['int', 'int', 'real'],
  );
  /** Vacancies are generated before trainings: their learnable credit is settled at the end. */
  private readonly pending: { vacancy: VacancyInput; reqStart: number }[] = [];
  private readonly taught = new Set<number>();
  private readonly regions = new Map<string, number>();
  private readonly sectors = new Map<string, number>();

  private code(map: Map<string, number>, key: string | undefined): Cell {
    if (key === undefined) return null;
    let c = map.get(key);
    if (c === undefined) map.set(key, (c = map.size));
    return c;
  }

  hierarchy(edges: readonly SkillHierarchyEdge[]): void {
    // The engine's own neighbour list: the same relations and credits, by construction.
    const graph = new SkillGraph();
    graph.setHierarchy(edges);
    const targets = graph.targetsArray();
    const codes = graph.codesArray();
    for (let s = 0; s < graph.size; s++) {
      for (let j = graph.start(s); j < graph.end(s); j++) {
        this.neighbour.add(s, targets[j] ?? 0, HELD_TO_REQUIRED_CREDIT[codes[j] ?? 0] ?? 0);
      }
    }
  }

  addVacancy(v: VacancyInput): void {
    this.pending.push({ vacancy: v, reqStart: this.requirement.rows });
    const vid = idNumber(v.id);
    for (const q of v.requirements) {
      this.requirement.add(
        this.requirement.rows,
        vid,
        q.skillId,
        q.importance === 'essential' ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT,
        q.minLevel,
        q.learnableOnTheJob ? ON_THE_JOB_CREDIT : -1, // -1: settled when trainings are known
      );
    }
  }

  training(t: TrainingInput): void {
    for (const s of t.skillIds) this.taught.add(s);
  }

  addCandidate(c: CandidateInput): void {
    const id = idNumber(c.id);
    const w = c.wishes ?? {};
    const mask = (w.contractTypes ?? []).reduce((m, t) => m | (1 << CONTRACT_TYPES.indexOf(t)), 0);
    const sectors = w.sectors ?? [];
    if (sectors.length > 1) throw new Error('bench candidates wish at most one sector');
    this.candidate.add(
      id,
      num(w.maxTravelKm),
      num(w.home?.lat),
      num(w.home?.lon),
      this.code(this.regions, w.homeRegionId),
      num(w.minHours),
      num(w.maxHours),
      num(w.minSalary),
      dayOf(w.earliestStart),
      mask === 0 ? null : mask,
      this.code(this.sectors, sectors[0]),
    );
    for (const s of c.skills) {
      this.candidateSkill.add(id, s.skillId, s.level, EVIDENCE_FACTOR[s.evidence]);
    }
  }

  /** Learnable credits, baselines and total weights, once every training is known. */
  finish(): void {
    const [, , skill, weight, , learnable] = this.requirement.columns;
    if (!skill || !weight || !learnable) return;
    for (const { vacancy: v, reqStart } of this.pending) {
      let total = 0;
      let base = 0;
      for (let i = reqStart; i < reqStart + v.requirements.length; i++) {
        if (learnable[i] === -1)
          learnable[i] = this.taught.has(skill[i] ?? -1) ? TRAINING_CREDIT : 0;
        total += weight[i] ?? 0;
        base += (weight[i] ?? 0) * (learnable[i] ?? 0);
      }
      const point = v.location?.point;
      this.vacancy.add(
        idNumber(v.id),
        total,
        base,
        total > 0 ? base / total : 0,
        num(v.hours?.min),
        num(v.hours?.max),
        num(v.salary?.min),
        num(v.salary?.max),
        num(point?.lat),
        num(point?.lon),
        this.code(this.regions, v.location?.regionId),
        dayOf(v.startDate),
        v.contractType === undefined ? null : CONTRACT_TYPES.indexOf(v.contractType),
        this.code(this.sectors, v.sector),
      );
    }
    this.pending.length = 0;
  }

  tables(): Table[] {
    return [this.vacancy, this.requirement, this.candidate, this.candidateSkill, this.neighbour];
  }
}

/** Builds the bench world as SQL rows, replaying the engine's generator with the same seed. */
export function sqlWorld(escoDir: string, quick: boolean): SqlWorld {
  const world = new SqlWorld();
  generateWorld(loadProfiles(escoDir), benchSize(quick), prng(WORLD_SEED), {
    hierarchy: (edges) => world.hierarchy(edges),
    vacancy: (v) => world.addVacancy(v),
    training: (t) => world.training(t),
    occupation: () => undefined,
    candidate: (c) => world.addCandidate(c),
  });
  world.finish();
  return world;
}

/** The smallest SQL port both PGlite and node-postgres fit. */
export interface SqlTarget {
  kind: 'pglite' | 'postgres';
  schema: string;
  query(text: string, params: unknown[], name?: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function pgliteTarget(): Promise<SqlTarget> {
  const client = await PGlite.create();
  return {
    kind: 'pglite',
    schema: 'bench_matching',
    query: async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows,
    close: () => client.close(),
  };
}

/** A scratch schema of its own on the server, dropped at the end: product tables are untouched. */
export async function postgresTarget(url: string): Promise<SqlTarget> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const schema = `bench_matching_${process.pid}`;
  return {
    kind: 'postgres',
    schema,
    query: async (text, params, name) =>
      (
        await client.query<Record<string, unknown>>(
          name ? { name, text, values: params } : { text, values: params },
        )
      ).rows,
    close: async () => {
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

const CHUNK = 20_000;

async function load(target: SqlTarget, world: SqlWorld): Promise<void> {
  const s = target.schema;
  await target.query(`drop schema if exists ${s} cascade`, []);
  await target.query(`create schema ${s}`, []);
  for (const t of world.tables()) {
    const cols = t.names.map((n, i) => `${n} ${t.types[i] ?? 'int'}`).join(', ');
    await target.query(`create table ${s}.${t.name} (${cols})`, []);
    const unnest = t.types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
    const insert = `insert into ${s}.${t.name} select * from unnest(${unnest})`;
    for (let from = 0; from < t.rows; from += CHUNK) {
      await target.query(
        insert,
        t.columns.map((c) => c.slice(from, from + CHUNK)),
      );
    }
  }
  // Indexes after the bulk load, as one would load a table this size.
  for (const ddl of [
    `alter table ${s}.vacancy add primary key (id)`,
    `alter table ${s}.candidate add primary key (id)`,
    `alter table ${s}.requirement add primary key (id)`,
    `create index on ${s}.requirement (skill_id) include (vacancy_id, weight, min_level, learnable)`,
    `create index on ${s}.vacancy (base_fit desc, id)`,
    `alter table ${s}.candidate_skill add primary key (candidate_id, skill_id)`,
    `alter table ${s}.skill_neighbour add primary key (skill_id, related_id) include (credit)`,
    // VACUUM too: sets the visibility map, so the INCLUDE index serves index-only scans.
    `vacuum analyze ${s}.vacancy, ${s}.requirement, ${s}.candidate, ${s}.candidate_skill, ${s}.skill_neighbour`,
  ]) {
    await target.query(ddl, []);
  }
}

/** Constraints of constraints.ts (c: the candidate's wishes, v: the vacancy). */
const constraints = `(c.max_km is null or case
         when c.lat is not null and c.lon is not null and v.lat is not null and v.lon is not null
         then 2 * 6371.0088 * asin(least(1, sqrt(
                power(sin(radians(v.lat - c.lat) / 2), 2)
                + cos(radians(c.lat)) * cos(radians(v.lat)) * power(sin(radians(v.lon - c.lon) / 2), 2))))
              <= c.max_km
         else c.region is null or v.region is null or c.region = v.region end)
   and not coalesce(v.hours_max < c.min_hours or v.hours_min > c.max_hours, false)
   and not coalesce(coalesce(v.salary_max, v.salary_min) < c.min_salary, false)
   and not coalesce(v.start_day + ${START_DATE_GRACE_DAYS} < c.earliest_day, false)
   and (c.contract_mask is null or v.contract is null or (c.contract_mask & (1 << v.contract)) <> 0)
   and (c.sector is null or v.sector is null or c.sector = v.sector)`;

/** One query per candidate: the score formula of score.ts, constraints of constraints.ts. */
export function top20Sql(schema: string): string {
  const s = schema;
  return `
with held as (
  select cs.skill_id, 1::real as relation, cs.level, cs.evidence
    from ${s}.candidate_skill cs
   where cs.candidate_id = $1
  union all
  select n.related_id, n.credit, cs.level, cs.evidence
    from ${s}.candidate_skill cs
    join ${s}.skill_neighbour n on n.skill_id = cs.skill_id
   where cs.candidate_id = $1
),
requirement_gain as (
  select r.vacancy_id,
         r.weight * greatest(0, max(h.relation::float8 * h.evidence
                                    * (1 - ${LEVEL_STEP_PENALTY}::float8 * greatest(0, r.min_level - h.level)))
                                - r.learnable) as gain
    from held h
    join ${s}.requirement r on r.skill_id = h.skill_id
   group by r.id, r.vacancy_id, r.weight, r.learnable
),
vacancy_gain as (
  select vacancy_id, sum(gain) as gain from requirement_gain group by vacancy_id
),
wishes as (
  select * from ${s}.candidate where id = $1
),
reached as (
  -- vacancies sharing a (related) skill with the candidate
  select v.id, (v.base_weight + g.gain) / v.total_weight as fit
    from vacancy_gain g
    join ${s}.vacancy v on v.id = g.vacancy_id
    cross join wishes c
   where v.base_weight + g.gain > 0 and ${constraints}
   order by fit desc, v.id
   limit $2
),
learnable_only as (
  -- every vacancy scores at least its learnable baseline: best baselines, by index order
  select v.id, v.base_fit as fit
    from ${s}.vacancy v
    cross join wishes c
   where v.base_fit > 0 and ${constraints}
   order by v.base_fit desc, v.id
   limit $2
)
select id, max(fit) as fit
  from (select * from reached union all select * from learnable_only) best
 group by id
 order by fit desc, id
 limit $2`;
}

export interface EngineAnswer {
  candidateId: string;
  results: { vacancyId: string; score: number }[];
}

export interface SqlRun {
  target: 'pglite' | 'postgres';
  loadSeconds: number;
  rows: Record<string, number>;
  queries: number;
  latenciesMs: number[];
  /** Per compared query: share of the engine's top-k that SQL also returns, and score drift. */
  agreement: { compared: number; meanOverlap: number; minOverlap: number; maxScoreDiff: number };
}

/** Loads the world into `target`, then times one SQL query per candidate in `candidateIds`. */
export async function runSqlTop20(
  target: SqlTarget,
  world: SqlWorld,
  candidateIds: readonly string[],
  k: number,
  engineAnswers: readonly EngineAnswer[],
): Promise<SqlRun> {
  const t0 = performance.now();
  await load(target, world);
  const loadSeconds = (performance.now() - t0) / 1000;
  const text = top20Sql(target.schema);
  const ask = (id: string) => target.query(text, [idNumber(id), k], 'bench_top20');
  for (const id of candidateIds.slice(0, 10)) await ask(id); // warm-up: caches, plan
  const latenciesMs: number[] = [];
  for (const id of candidateIds) {
    const s = performance.now();
    await ask(id);
    latenciesMs.push(performance.now() - s);
  }
  let overlapSum = 0;
  let minOverlap = 1;
  let maxScoreDiff = 0;
  for (const answer of engineAnswers) {
    const got = await ask(answer.candidateId);
    const sqlScore = new Map(
      got.map((r) => [`vac-${String(r.id)}`, Math.round(Number(r.fit) * 1000) / 10]),
    );
    let common = 0;
    for (const e of answer.results) {
      const sc = sqlScore.get(e.vacancyId);
      if (sc === undefined) continue;
      common++;
      maxScoreDiff = Math.max(maxScoreDiff, Math.abs(sc - e.score));
    }
    const overlap = answer.results.length === 0 ? 1 : common / answer.results.length;
    overlapSum += overlap;
    minOverlap = Math.min(minOverlap, overlap);
  }
  const rows: Record<string, number> = {};
  for (const t of world.tables()) rows[t.name] = t.rows;
  return {
    target: target.kind,
    loadSeconds,
    rows,
    queries: latenciesMs.length,
    latenciesMs,
    agreement: {
      compared: engineAnswers.length,
      meanOverlap: Math.round((overlapSum / Math.max(1, engineAnswers.length)) * 1000) / 1000,
      minOverlap: Math.round(minOverlap * 1000) / 1000,
      maxScoreDiff: Math.round(maxScoreDiff * 10) / 10,
    },
  };
}
