/**
 * MatchingEngine: the id-based facade over the indexes and queries. Every add/update/remove
 * touches only the rows and posting lists of that entity (plus, for trainings, the baselines of
 * sets that need a skill whose trainability flipped) — no full rebuild, ever.
 *
 * Not thread-safe: queries share scratch buffers. One engine per worker/region partition.
 */

import { EngineCore } from './core.ts';
import { DuplicateIdError, UnknownIdError } from './errors.ts';
import type { EntityKind } from './errors.ts';
import { explainPair } from './explain.ts';
import { EDGES_PER_PERSON, placeGroup } from './group-placement.ts';
import { opportunityOccupations } from './opportunity-occupations.ts';
import { rankCandidatesForVacancy } from './rank-candidates.ts';
import { rankVacanciesForCandidate } from './rank-vacancies.ts';
import type { RankedSlot } from './rank-vacancies.ts';
import { roundShare, toScore } from './score.ts';
import type { SlotMap } from './slots.ts';
import { transitionPaths } from './transition-paths.ts';
import type {
  CandidateInput,
  GroupPlacementResult,
  MatchExplanation,
  OccupationInput,
  OpportunityOccupation,
  PairSummary,
  SkillHierarchyEdge,
  TrainingInput,
  TransitionPath,
  VacancyInput,
} from './types.ts';
import {
  MAX_SKILL_ID,
  validateCandidate,
  validateOccupation,
  validateTraining,
  validateVacancy,
} from './validate.ts';
import { MatchingInputError } from './errors.ts';

export interface QueryOptions {
  /** Attach the full explanation to each result (costs more; default: call explain()). */
  explain?: boolean;
}

export class MatchingEngine {
  private readonly core = new EngineCore();

  // ------------------------------------------------------------------ taxonomy
  setSkillHierarchy(edges: readonly SkillHierarchyEdge[]): void {
    edges.forEach((e, i) => {
      for (const [field, v] of [
        ['skillId', e.skillId],
        ['broaderId', e.broaderId],
      ] as const) {
        if (!Number.isInteger(v) || v < 0 || v >= MAX_SKILL_ID) {
          throw new MatchingInputError(
            `edges[${i}].${field}`,
            'expected a small non-negative integer',
          );
        }
      }
    });
    this.core.graph.setHierarchy(edges);
  }

  // ------------------------------------------------------------------ candidates
  upsertCandidate(c: CandidateInput): void {
    validateCandidate(c);
    this.core.noteSkills(c.skills.map((s) => s.skillId));
    this.core.candidates.upsert(c);
  }
  addCandidate(c: CandidateInput): void {
    this.mustBeNew('candidate', this.core.candidates.slots, c.id);
    this.upsertCandidate(c);
  }
  updateCandidate(c: CandidateInput): void {
    this.slot('candidate', this.core.candidates.slots, c.id);
    this.upsertCandidate(c);
  }
  removeCandidate(id: string): boolean {
    return this.core.candidates.remove(id) !== undefined;
  }

  // ------------------------------------------------------------------ vacancies
  upsertVacancy(v: VacancyInput): void {
    validateVacancy(v);
    this.core.noteSkills(v.requirements.map((r) => r.skillId));
    this.core.vacancies.upsert(v, this.core.teachCount);
  }
  addVacancy(v: VacancyInput): void {
    this.mustBeNew('vacancy', this.core.vacancies.slots, v.id);
    this.upsertVacancy(v);
  }
  updateVacancy(v: VacancyInput): void {
    this.slot('vacancy', this.core.vacancies.slots, v.id);
    this.upsertVacancy(v);
  }
  removeVacancy(id: string): boolean {
    return this.core.vacancies.remove(id) !== undefined;
  }

  // ------------------------------------------------------------------ trainings
  upsertTraining(t: TrainingInput): void {
    validateTraining(t);
    this.core.noteSkills(t.skillIds);
    this.refreshTrainability(this.core.trainings.upsert(t));
  }
  addTraining(t: TrainingInput): void {
    if (this.core.trainings.get(t.id)) throw new DuplicateIdError('training', t.id);
    this.upsertTraining(t);
  }
  updateTraining(t: TrainingInput): void {
    if (!this.core.trainings.get(t.id)) throw new UnknownIdError('training', t.id);
    this.upsertTraining(t);
  }
  removeTraining(id: string): boolean {
    const existed = this.core.trainings.get(id) !== undefined;
    this.refreshTrainability(this.core.trainings.remove(id));
    return existed;
  }

  // ------------------------------------------------------------------ occupations
  upsertOccupation(o: OccupationInput): void {
    validateOccupation(o);
    this.core.noteSkills([...o.essentialSkillIds, ...o.optionalSkillIds]);
    this.core.occupations.upsert(o, this.core.teachCount);
  }
  addOccupation(o: OccupationInput): void {
    this.mustBeNew('occupation', this.core.occupations.slots, o.id);
    this.upsertOccupation(o);
  }
  updateOccupation(o: OccupationInput): void {
    this.slot('occupation', this.core.occupations.slots, o.id);
    this.upsertOccupation(o);
  }
  removeOccupation(id: string): boolean {
    return this.core.occupations.remove(id) !== undefined;
  }

  // ------------------------------------------------------------------ queries
  topVacanciesForCandidate(candidateId: string, k: number, opts: QueryOptions = {}): PairSummary[] {
    const c = this.slot('candidate', this.core.candidates.slots, candidateId);
    const ranked = rankVacanciesForCandidate(this.core, c, k);
    return ranked.map((r) => this.summary(c, r.slot, r, opts));
  }

  topCandidatesForVacancy(vacancyId: string, k: number, opts: QueryOptions = {}): PairSummary[] {
    const v = this.slot('vacancy', this.core.vacancies.slots, vacancyId);
    const ranked = rankCandidatesForVacancy(this.core, v, k);
    return ranked.map((r) => this.summary(r.slot, v, r, opts));
  }

  opportunityOccupations(candidateId: string, k: number): OpportunityOccupation[] {
    const c = this.slot('candidate', this.core.candidates.slots, candidateId);
    return opportunityOccupations(this.core, c, k);
  }

  transitionPaths(fromOccupationId: string, k: number): TransitionPath[] {
    const o = this.slot('occupation', this.core.occupations.slots, fromOccupationId);
    return transitionPaths(this.core, o, k);
  }

  /** Without `vacancyIds`: all indexed vacancies. Duplicate candidate ids count once. */
  groupPlacement(
    candidateIds: readonly string[],
    vacancyIds?: readonly string[],
    opts: { edgesPerPerson?: number } = {},
  ): GroupPlacementResult {
    const people = [...new Set(candidateIds)].map((id) =>
      this.slot('candidate', this.core.candidates.slots, id),
    );
    const vacancies = vacancyIds
      ? vacancyIds.map((id) => this.slot('vacancy', this.core.vacancies.slots, id))
      : null;
    return placeGroup(this.core, people, vacancies, opts.edgesPerPerson ?? EDGES_PER_PERSON);
  }

  explain(candidateId: string, vacancyId: string): MatchExplanation {
    const c = this.slot('candidate', this.core.candidates.slots, candidateId);
    const v = this.slot('vacancy', this.core.vacancies.slots, vacancyId);
    return explainPair(this.core, c, v);
  }

  stats(): Record<string, number> {
    const core = this.core;
    return {
      candidates: core.candidates.size,
      vacancies: core.vacancies.size,
      trainings: core.trainings.size,
      occupations: core.occupations.size,
      vacancyPostings: core.vacancies.sets.postings.postingCount,
      candidatePostings: core.candidates.postings.postingCount,
      hierarchyNeighbours: core.graph.edgeCount,
      skillCapacity: core.skillCapacity,
    };
  }

  // ------------------------------------------------------------------ helpers
  private summary(c: number, v: number, r: RankedSlot, opts: QueryOptions): PairSummary {
    const out: PairSummary = {
      candidateId: this.core.candidates.slots.idOf(c),
      vacancyId: this.core.vacancies.slots.idOf(v),
      score: toScore(r.fit),
      essentialCoverage: roundShare(r.essentialCoverage),
      optionalCoverage: roundShare(r.optionalCoverage),
      readiness: r.readiness,
      trainingWeeks: r.trainingWeeks,
    };
    if (opts.explain) out.explanation = explainPair(this.core, c, v);
    return out;
  }

  private refreshTrainability(skills: readonly number[]): void {
    this.core.forgetCovers(); // any catalogue change can change a plan
    for (const s of skills) {
      this.core.vacancies.sets.refreshSkill(s, this.core.teachCount);
      this.core.occupations.sets.refreshSkill(s, this.core.teachCount);
    }
  }

  private slot(kind: EntityKind, slots: SlotMap, id: string): number {
    const s = slots.slotOf(id);
    if (s === undefined) throw new UnknownIdError(kind, id);
    return s;
  }

  private mustBeNew(kind: EntityKind, slots: SlotMap, id: string): void {
    if (slots.slotOf(id) !== undefined) throw new DuplicateIdError(kind, id);
  }
}
