/**
 * Everything the engine holds, plus the scratch buffers queries reuse. Query modules
 * (rank-*.ts, explain.ts, opportunity-occupations.ts, ...) take an EngineCore; engine.ts is the
 * id-based facade. Single-threaded by design: scratch is shared, so one query at a time.
 */

import { CandidateIndex } from './candidate-index.ts';
import { ConstraintFilter } from './constraints.ts';
import { PairEval } from './evaluate.ts';
import { HeldSkills } from './held-skills.ts';
import { OccupationCatalog } from './occupation-catalog.ts';
import { SkillGraph } from './skill-graph.ts';
import { Interner, grow } from './slots.ts';
import { TopK } from './top-k.ts';
import { TrainingCatalog } from './training-catalog.ts';
import { greedyTrainingCover } from './training-cover.ts';
import type { CoverResult } from './training-cover.ts';
import type { TrainingPlan } from './types.ts';
import { VacancyIndex } from './vacancy-index.ts';
import type { SharedDictionaries } from './vacancy-index.ts';

const COVER_CACHE_MAX = 100_000;
const EMPTY_COVER: CoverResult = Object.freeze({
  trainings: [],
  totalWeeks: 0,
  totalCost: 0,
  covered: [],
  uncovered: [],
}) as CoverResult;

export class EngineCore {
  readonly dicts: SharedDictionaries = {
    regions: new Interner(),
    sectors: new Interner(),
    occupations: new Interner(),
  };
  readonly graph = new SkillGraph();
  readonly candidates = new CandidateIndex(this.dicts);
  readonly vacancies = new VacancyIndex(this.dicts);
  readonly occupations = new OccupationCatalog(this.dicts);
  readonly trainings = new TrainingCatalog();
  /** Max skill id seen + 1: sizes the per-skill scratch. */
  skillCapacity = 0;

  // ---- scratch, reused by every query
  readonly held = new HeldSkills();
  readonly pair = new PairEval();
  readonly filter = new ConstraintFilter();
  readonly batch = new TopK(256);
  readonly best = new TopK(20);
  private acc = new Float32Array(0);
  private stamp = new Uint32Array(0);
  private gen = 0;
  private readonly coverCache = new Map<string, CoverResult>();
  private reqStamp = new Uint32Array(0);
  private reqBest = new Float32Array(0);
  private reqGen = 0;

  noteSkills(ids: Iterable<number>): void {
    for (const id of ids) if (id >= this.skillCapacity) this.skillCapacity = id + 1;
  }

  get teachCount(): Int32Array {
    return this.trainings.teachCount;
  }

  loadCandidate(slot: number): void {
    const c = this.candidates;
    this.held.load(c.skillsOf(slot), c.metasOf(slot), this.graph, this.skillCapacity);
  }

  /** The accumulator, cells 0 .. n − 1 set to `base` (one memcpy per query). */
  accumulatorFrom(base: Float32Array, n: number): Float32Array {
    if (this.acc.length < n) this.acc = grow(this.acc, n);
    this.acc.set(base.subarray(0, n));
    return this.acc;
  }

  /** Stamp array + a fresh generation: `stamp[i] === gen` means "seen in this query". */
  stamps(n: number): { stamp: Uint32Array; gen: number } {
    if (this.stamp.length < n) this.stamp = grow(this.stamp, n);
    if (++this.gen === 0xffffffff) {
      this.stamp.fill(0);
      this.gen = 1;
    }
    return { stamp: this.stamp, gen: this.gen };
  }

  /**
   * Per-slot (stamp, best) pairs for "max per requirement" accumulation; `next()` opens a new
   * requirement, so old stamps never need clearing.
   */
  requirementMarks(n: number): { stamp: Uint32Array; best: Float32Array; next: () => number } {
    if (this.reqStamp.length < n) {
      this.reqStamp = grow(this.reqStamp, n);
      this.reqBest = grow(this.reqBest, n);
    }
    const next = (): number => {
      if (++this.reqGen === 0xffffffff) {
        this.reqStamp.fill(0);
        this.reqGen = 1;
      }
      return this.reqGen;
    };
    return { stamp: this.reqStamp, best: this.reqBest, next };
  }

  /**
   * Training plan for a set of missing skills. Memoised: vacancies built on the same occupation
   * miss the same skills for many people, and a region run asks a million times. The cache is
   * dropped whenever the catalogue changes (engine.ts) and when it grows past COVER_CACHE_MAX.
   * Returned objects are shared: read only.
   */
  cover(skills: readonly number[]): CoverResult {
    if (skills.length === 0) return EMPTY_COVER;
    const key = skills.join(',');
    const hit = this.coverCache.get(key);
    if (hit) return hit;
    const result = greedyTrainingCover(skills, (s) => this.trainings.teaching(s));
    if (this.coverCache.size >= COVER_CACHE_MAX) this.coverCache.clear();
    this.coverCache.set(key, result);
    return result;
  }

  forgetCovers(): void {
    this.coverCache.clear();
  }

  static toPlan(cover: CoverResult): TrainingPlan {
    return {
      trainingIds: cover.trainings.map((t) => t.id),
      totalWeeks: cover.totalWeeks,
      totalCost: cover.totalCost,
      coveredSkillIds: [...cover.covered],
    };
  }
}
