/**
 * The bench's region, built the same way (same seed, same order) in the main thread and in
 * every region worker, so all of them hold an identical engine.
 */

import { MatchingEngine } from '../src/matching/index.ts';
import type {
  CandidateInput,
  OccupationInput,
  SkillHierarchyEdge,
  TrainingInput,
  VacancyInput,
} from '../src/matching/index.ts';
import { loadProfiles, makeCandidate, makeTraining, makeVacancy, prng } from './matching-data.ts';
import type { Profiles } from './matching-data.ts';

export interface BenchSize {
  vacancies: number;
  candidates: number;
  trainings: number;
  queries: number;
  groupPeople: number;
  groupVacancies: number;
  k: number;
  /** Top-20 queries repeated in SQL (PGlite and the server): a subset of `queries`. */
  sqlQueries: number;
}

export function benchSize(quick: boolean): BenchSize {
  return {
    vacancies: quick ? 10_000 : 100_000,
    candidates: quick ? 5_000 : 50_000,
    trainings: quick ? 300 : 3_000,
    queries: quick ? 200 : 1_000,
    groupPeople: quick ? 100 : 1_000,
    groupVacancies: quick ? 500 : 5_000,
    k: 20,
    sqlQueries: quick ? 50 : 200,
  };
}

export interface BenchWorld {
  engine: MatchingEngine;
  data: Profiles;
  size: BenchSize;
  /** The generator, positioned after the build: use it for query choices. */
  random: () => number;
  loadSeconds: number;
  buildSeconds: number;
}

/** Receives the world's entities in the order the generator makes them. */
export interface WorldSink {
  hierarchy(edges: readonly SkillHierarchyEdge[]): void;
  vacancy(v: VacancyInput): void;
  training(t: TrainingInput): void;
  occupation(o: OccupationInput): void;
  candidate(c: CandidateInput): void;
}

/**
 * Generates the bench world into `sink`, deterministically for a given `r`: the engine build and
 * the SQL comparison (matching-sql.ts) replay the same sequence and so hold the same data.
 */
export function generateWorld(
  data: Profiles,
  size: BenchSize,
  r: () => number,
  sink: WorldSink,
): void {
  const profiles = data.profiles;
  const pickProfile = () =>
    profiles[Math.floor(r() * profiles.length)] ?? { id: 'none', essential: [0], optional: [] };
  sink.hierarchy(data.hierarchy);
  const requiredSkills: number[] = [];
  for (let i = 0; i < size.vacancies; i++) {
    const v = makeVacancy(i, pickProfile(), r);
    for (const q of v.requirements) {
      if (q.importance === 'essential' && i % 7 === 0) requiredSkills.push(q.skillId);
    }
    sink.vacancy(v);
  }
  // Trainings teach skills employers ask for (sampled by frequency).
  const pickRequired = () => requiredSkills[Math.floor(r() * requiredSkills.length)] ?? 0;
  for (let i = 0; i < size.trainings; i++) sink.training(makeTraining(i, pickRequired, r));
  for (const p of profiles) {
    sink.occupation({
      id: p.id,
      essentialSkillIds: p.essential,
      optionalSkillIds: p.optional,
      shortage: r() < 0.2,
    });
  }
  for (let i = 0; i < size.candidates; i++) {
    sink.candidate(makeCandidate(i, pickProfile(), r, pickRequired));
  }
}

export const WORLD_SEED = 20261124;

export function buildBenchWorld(escoDir: string, quick: boolean): BenchWorld {
  const size = benchSize(quick);
  const r = prng(WORLD_SEED);
  const t0 = performance.now();
  const data = loadProfiles(escoDir);
  const loadSeconds = (performance.now() - t0) / 1000;

  // Incrementally, as the service would: one upsert at a time, no bulk load.
  const engine = new MatchingEngine();
  const t1 = performance.now();
  generateWorld(data, size, r, {
    hierarchy: (edges) => engine.setSkillHierarchy(edges),
    vacancy: (v) => engine.upsertVacancy(v),
    training: (t) => engine.upsertTraining(t),
    occupation: (o) => engine.upsertOccupation(o),
    candidate: (c) => engine.upsertCandidate(c),
  });
  const buildSeconds = (performance.now() - t1) / 1000;
  return { engine, data, size, random: r, loadSeconds, buildSeconds };
}
