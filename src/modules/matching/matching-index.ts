import type { Db } from '../../db/database.ts';
import { MatchingEngine, MatchingInputError, UnknownIdError } from '../../matching/index.ts';
import {
  changedSince,
  currentWatermark,
  taxonomySignature,
  type Watermark,
} from './change-feed.ts';
import { loadCandidates, loadTrainings, loadVacancies, type Loaded } from './index-sources.ts';
import { loadTaxonomy } from './taxonomy-source.ts';

/**
 * The matching service: one MatchingEngine per region, derived from the database (the system of
 * record) and kept in step with it.
 *
 * - Lazy: the first question about a region builds its index in full (taxonomy, open vacancies,
 *   published trainings, persons with skills, wishes and a home point from their postcode).
 * - Before every answer, `use` refreshes incrementally: it asks the change feed (change-feed.ts)
 *   which persons, vacancies and trainings were written since the last refresh, re-reads only
 *   those and upserts or removes them. A change to the taxonomy rebuilds in full (rare: imports).
 * - Refreshes and queries of one region run one after another (the engine is not re-entrant
 *   across awaits); queries themselves are synchronous, so an answer never sees half a refresh.
 * - Answers are filtered once more by the current status in the database (see open-vacancies.ts),
 *   so a vacancy closed between refresh and answer is never shown.
 *
 * Registry: per database handle (WeakMap), so each app (and each test's fresh database) has its
 * own indexes and they are collected with it.
 */
export interface IndexStats {
  fullBuilds: number;
  refreshes: number;
  /** Entities re-read by the last incremental refresh. */
  lastApplied: { persons: number; vacancies: number; trainings: number };
  skippedInvalid: number;
}

interface Keyed {
  id: string;
}

export class RegionIndex {
  private engine = new MatchingEngine();
  private watermark: Watermark | null = null;
  private taxonomySig = '';
  private queue: Promise<unknown> = Promise.resolve();
  readonly stats: IndexStats = {
    fullBuilds: 0,
    refreshes: 0,
    lastApplied: { persons: 0, vacancies: 0, trainings: 0 },
    skippedInvalid: 0,
  };

  constructor(
    private readonly db: Db,
    readonly regionId: string,
  ) {}

  /** Brings the index up to date, then answers `query` on it; serialised per region. */
  use<T>(query: (engine: MatchingEngine) => T): Promise<T> {
    const run = this.queue.then(async () => {
      await this.refresh();
      return query(this.engine);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async refresh(): Promise<void> {
    const next = await currentWatermark(this.db);
    const sig = await taxonomySignature(this.db);
    const prev = this.watermark;
    if (!prev || prev.epoch !== next.epoch || sig !== this.taxonomySig) {
      return this.rebuild(next, sig);
    }
    const changed = await changedSince(this.db, this.regionId, prev);
    if (changed.taxonomy) return this.rebuild(next, sig);
    const [people, vacancies, trainings] = await Promise.all([
      loadCandidates(this.db, this.regionId, changed.persons),
      loadVacancies(this.db, this.regionId, changed.vacancies),
      loadTrainings(this.db, this.regionId, changed.trainings),
    ]);
    const e = this.engine;
    // Trainings first: they decide which vacancy skills are trainable.
    this.apply(
      trainings,
      (t) => e.upsertTraining(t),
      (id) => e.removeTraining(id),
    );
    this.apply(
      vacancies,
      (v) => e.upsertVacancy(v),
      (id) => e.removeVacancy(id),
    );
    this.apply(
      people,
      (c) => e.upsertCandidate(c),
      (id) => e.removeCandidate(id),
    );
    this.watermark = next;
    this.stats.refreshes++;
    this.stats.lastApplied = {
      persons: changed.persons.length,
      vacancies: changed.vacancies.length,
      trainings: changed.trainings.length,
    };
  }

  private async rebuild(watermark: Watermark, sig: string): Promise<void> {
    const [taxonomy, trainings, vacancies, people] = await Promise.all([
      loadTaxonomy(this.db),
      loadTrainings(this.db, this.regionId, null),
      loadVacancies(this.db, this.regionId, null),
      loadCandidates(this.db, this.regionId, null),
    ]);
    const e = new MatchingEngine();
    e.setSkillHierarchy(taxonomy.edges);
    const none = () => undefined;
    this.apply({ present: taxonomy.occupations, gone: [] }, (o) => e.upsertOccupation(o), none);
    this.apply(trainings, (t) => e.upsertTraining(t), none);
    this.apply(vacancies, (v) => e.upsertVacancy(v), none);
    this.apply(people, (c) => e.upsertCandidate(c), none);
    this.engine = e;
    this.watermark = watermark;
    this.taxonomySig = sig;
    this.stats.fullBuilds++;
  }

  /** Upserts what is there and removes what is gone; a row the engine rejects is left out. */
  private apply<T extends Keyed>(
    loaded: Loaded<T>,
    upsert: (item: T) => void,
    remove: (id: string) => unknown,
  ): void {
    for (const id of loaded.gone) remove(id);
    for (const item of loaded.present) {
      try {
        upsert(item);
      } catch (err) {
        if (!(err instanceof MatchingInputError)) throw err;
        remove(item.id);
        this.stats.skippedInvalid++;
      }
    }
  }
}

const registry = new WeakMap<Db, Map<string, RegionIndex>>();

/** The index of a region for this database, created (empty, built on first use) if needed. */
export function matchingIndex(db: Db, regionId: string): RegionIndex {
  let regions = registry.get(db);
  if (!regions) registry.set(db, (regions = new Map()));
  let index = regions.get(regionId);
  if (!index) regions.set(regionId, (index = new RegionIndex(db, regionId)));
  return index;
}

/** An engine answer, or `fallback` when the entity is not in the index (e.g. rejected as invalid). */
export function orIfUnknown<T>(query: () => T, fallback: T): T {
  try {
    return query();
  } catch (err) {
    if (err instanceof UnknownIdError) return fallback;
    throw err;
  }
}
