/**
 * Factories for the engine's unit tests: valid inputs with overrides, and a seeded random
 * world for property tests (ranking vs brute force, incremental vs rebuild).
 */

import { MatchingEngine } from './engine.ts';
import type {
  CandidateInput,
  CandidateSkill,
  ContractType,
  Evidence,
  OccupationInput,
  SkillHierarchyEdge,
  SkillLevel,
  SkillRequirement,
  TrainingInput,
  VacancyInput,
} from './types.ts';

export const ess = (
  skillId: number,
  minLevel: SkillLevel = 1,
  learnableOnTheJob = false,
): SkillRequirement => ({
  skillId,
  importance: 'essential',
  learnableOnTheJob,
  minLevel,
});

export const opt = (
  skillId: number,
  minLevel: SkillLevel = 1,
  learnableOnTheJob = false,
): SkillRequirement => ({
  skillId,
  importance: 'optional',
  learnableOnTheJob,
  minLevel,
});

export const has = (
  skillId: number,
  level: SkillLevel = 4,
  evidence: Evidence = 'certificate',
): CandidateSkill => ({
  skillId,
  level,
  evidence,
});

export function aCandidate(over: Partial<CandidateInput> = {}): CandidateInput {
  return { id: 'cand-1', skills: [has(1)], ...over };
}

export function aVacancy(over: Partial<VacancyInput> = {}): VacancyInput {
  return { id: 'vac-1', requirements: [ess(1)], positions: 1, ...over };
}

/** Mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface World {
  hierarchy: SkillHierarchyEdge[];
  candidates: CandidateInput[];
  vacancies: VacancyInput[];
  trainings: TrainingInput[];
  occupations: OccupationInput[];
}

/** A small random world with every feature switched on (hierarchy, constraints, trainings). */
export function randomWorld(seed: number, nCand = 40, nVac = 200, nSkills = 60): World {
  const r = prng(seed);
  const int = (n: number): number => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const levels: SkillLevel[] = [1, 2, 3, 4];
  const evidence: Evidence[] = ['self', 'coach_verified', 'test', 'certificate'];
  const contracts: ContractType[] = ['permanent', 'fixed-term', 'conditional'];
  const hierarchy: SkillHierarchyEdge[] = [];
  // Skills nSkills.. are groups; each skill gets a group parent, some a skill parent too.
  for (let s = 0; s < nSkills; s++) {
    hierarchy.push({ skillId: s, broaderId: nSkills + (s % 8) });
    if (s > 10 && r() < 0.3) hierarchy.push({ skillId: s, broaderId: int(10) });
  }
  const point = () => ({ lat: 51.5 + r() * 0.8, lon: 5 + r() * 1.2 });
  const regions = ['north', 'south', 'east'];
  const vacancies: VacancyInput[] = [];
  for (let i = 0; i < nVac; i++) {
    const reqs: SkillRequirement[] = [];
    const n = 1 + int(6);
    for (let j = 0; j < n; j++) {
      const make = r() < 0.6 ? ess : opt;
      reqs.push(make(int(nSkills), pick(levels), r() < 0.2));
    }
    const hMin = 16 + int(16);
    vacancies.push({
      id: `v${String(i).padStart(4, '0')}`,
      occupationId: `o${int(12)}`,
      sector: pick(['care', 'ict', 'logistics']),
      requirements: reqs,
      hours: r() < 0.9 ? { min: hMin, max: hMin + int(12) } : undefined,
      salary: r() < 0.9 ? { min: 2200 + int(800), max: 3000 + int(1500) } : undefined,
      location:
        r() < 0.7 ? { point: point(), regionId: pick(regions) } : { regionId: pick(regions) },
      startDate: r() < 0.8 ? `2026-0${1 + int(9)}-1${int(10)}` : undefined,
      contractType: r() < 0.9 ? pick(contracts) : undefined,
      positions: 1 + int(3),
    });
  }
  const candidates: CandidateInput[] = [];
  for (let i = 0; i < nCand; i++) {
    const skills: CandidateSkill[] = [];
    const n = 1 + int(10);
    for (let j = 0; j < n; j++) skills.push(has(int(nSkills), pick(levels), pick(evidence)));
    candidates.push({
      id: `c${String(i).padStart(4, '0')}`,
      skills,
      currentOccupationId: `o${int(12)}`,
      wishes: {
        ...(r() < 0.5 ? { maxTravelKm: 10 + int(60) } : {}),
        ...(r() < 0.7 ? { home: point() } : {}),
        homeRegionId: pick(regions),
        ...(r() < 0.4 ? { minHours: 20 + int(8), maxHours: 32 + int(8) } : {}),
        ...(r() < 0.3 ? { minSalary: 2500 + int(1000) } : {}),
        ...(r() < 0.3 ? { earliestStart: `2026-0${1 + int(9)}-01` } : {}),
        ...(r() < 0.2 ? { contractTypes: [pick(contracts)] } : {}),
        ...(r() < 0.1 ? { sectors: [pick(['care', 'ict'])] } : {}),
      },
    });
  }
  const trainings: TrainingInput[] = [];
  for (let i = 0; i < 15; i++) {
    const skillIds = Array.from({ length: 1 + int(3) }, () => int(nSkills));
    trainings.push({
      id: `t${String(i).padStart(3, '0')}`,
      skillIds,
      weeks: 1 + int(12),
      cost: int(3000),
    });
  }
  const occupations: OccupationInput[] = [];
  for (let i = 0; i < 12; i++) {
    occupations.push({
      id: `o${i}`,
      essentialSkillIds: Array.from({ length: 2 + int(6) }, () => int(nSkills)),
      optionalSkillIds: Array.from({ length: int(5) }, () => int(nSkills)),
      shortage: r() < 0.4,
    });
  }
  return { hierarchy, candidates, vacancies, trainings, occupations };
}

export function engineOf(w: World): MatchingEngine {
  const e = new MatchingEngine();
  e.setSkillHierarchy(w.hierarchy);
  for (const t of w.trainings) e.upsertTraining(t);
  for (const o of w.occupations) e.upsertOccupation(o);
  for (const v of w.vacancies) e.upsertVacancy(v);
  for (const c of w.candidates) e.upsertCandidate(c);
  return e;
}
