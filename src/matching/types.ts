/**
 * Public input and output types of the matching engine.
 *
 * Fairness by construction: the input types below hold ONLY what a match may depend on —
 * skills, wishes/constraints and (for vacancies) requirements and conditions. There is no
 * field for name, age, birth year, gender, origin, nationality, address text or photo, so the
 * engine cannot use them even by accident. A candidate is identified by an opaque `id` only;
 * `protected-attributes.test.ts` shows that two candidates differing only in `id` score the same.
 *
 * Ids: candidates, vacancies, trainings, occupations, regions and sectors are opaque strings
 * (database keys). Skills are small dense integers (the taxonomy table's serial id), because
 * the engine indexes typed arrays by skill id.
 */

export type SkillId = number;
export type SkillLevel = 1 | 2 | 3 | 4;
export type Evidence = 'self' | 'coach_verified' | 'test' | 'certificate';
export type Importance = 'essential' | 'optional';

export const CONTRACT_TYPES = [
  'permanent',
  'fixed-term',
  'conditional',
  'temporary-agency',
  'trial-placement',
  'secondment',
  'self-employed',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface CandidateSkill {
  skillId: SkillId;
  level: SkillLevel;
  evidence: Evidence;
}

/** Every field is optional: an absent wish does not filter anything. */
export interface CandidateWishes {
  maxTravelKm?: number;
  home?: GeoPoint;
  homeRegionId?: string;
  minHours?: number;
  maxHours?: number;
  /** Gross monthly salary in euros. */
  minSalary?: number;
  /** ISO date `YYYY-MM-DD`. */
  earliestStart?: string;
  /** Empty or absent = any contract type. */
  contractTypes?: readonly ContractType[];
  /** Empty or absent = any sector. */
  sectors?: readonly string[];
}

export interface CandidateInput {
  id: string;
  skills: readonly CandidateSkill[];
  wishes?: CandidateWishes;
  /** Current (disappearing) occupation: left out of opportunity occupations. */
  currentOccupationId?: string;
}

export interface SkillRequirement {
  skillId: SkillId;
  importance: Importance;
  learnableOnTheJob: boolean;
  minLevel: SkillLevel;
}

export interface NumberRange {
  min: number;
  max: number;
}

export interface VacancyInput {
  id: string;
  occupationId?: string;
  sector?: string;
  requirements: readonly SkillRequirement[];
  /** Hours per week. */
  hours?: NumberRange;
  /** Gross monthly salary band in euros. */
  salary?: NumberRange;
  location?: { point?: GeoPoint; regionId?: string };
  /** ISO date `YYYY-MM-DD`. */
  startDate?: string;
  contractType?: ContractType;
  /** Open positions (capacity in group placement), ≥ 1. */
  positions: number;
}

export interface TrainingInput {
  id: string;
  skillIds: readonly SkillId[];
  weeks: number;
  /** Euros. */
  cost: number;
}

export interface OccupationInput {
  id: string;
  essentialSkillIds: readonly SkillId[];
  optionalSkillIds: readonly SkillId[];
  /** Marked as a shortage occupation (kansberoep) by the region. */
  shortage?: boolean;
}

/** `skillId` is narrower than `broaderId` (ESCO broaderRelationsSkillPillar). */
export interface SkillHierarchyEdge {
  skillId: SkillId;
  broaderId: SkillId;
}

// ---------------------------------------------------------------- outputs

export type Readiness = 'direct' | 'after-training' | 'not-now';

export type ConstraintName =
  'distance' | 'hours' | 'salary' | 'start-date' | 'contract-type' | 'sector';

/** Structured so the UI can word it in Dutch; values are the ones compared. */
export type Exclusion =
  | { constraint: 'distance'; basis: 'coordinates'; maxKm: number; km: number }
  | { constraint: 'distance'; basis: 'region'; candidateRegionId: string; vacancyRegionId: string }
  | { constraint: 'hours'; wanted: NumberRange; offered: NumberRange }
  | { constraint: 'salary'; minWanted: number; maxOffered: number }
  | { constraint: 'start-date'; earliestStart: string; vacancyStart: string }
  | { constraint: 'contract-type'; accepted: ContractType[]; offered: ContractType }
  | { constraint: 'sector'; wished: string[]; offered: string };

/** One ranked pair; cheap to produce. Call `explain` for the full story. */
export interface PairSummary {
  candidateId: string;
  vacancyId: string;
  /** 0–100, one decimal. */
  score: number;
  essentialCoverage: number;
  optionalCoverage: number;
  readiness: Readiness;
  /** Weeks of the chosen training plan; 0 unless readiness is after-training. */
  trainingWeeks: number;
  explanation?: MatchExplanation;
}

export type Relation = 'holds-narrower' | 'holds-broader' | 'sibling';

export interface MatchedSkill {
  skillId: SkillId;
  importance: Importance;
  kind: 'exact' | 'related';
  /** The candidate's skill that earned the credit (equals skillId when exact). */
  viaSkillId: SkillId;
  relation?: Relation;
  candidateLevel: SkillLevel;
  minLevel: SkillLevel;
  evidence: Evidence;
  /** relation credit × level factor × evidence factor, 0..1. */
  credit: number;
  /** Credit used in the score: max(credit, learnable credit). */
  scoreCredit: number;
}

export interface LearnableSkill {
  skillId: SkillId;
  importance: Importance;
  route: 'on-the-job' | 'training';
  /** Trainings of the plan teaching it; for an optional skill outside the plan: the cheapest. */
  trainingIds: string[];
  inPlan: boolean;
  scoreCredit: number;
}

export interface TrainingPlan {
  trainingIds: string[];
  /** Trainings run one after another: weeks add up. */
  totalWeeks: number;
  totalCost: number;
  coveredSkillIds: SkillId[];
}

export interface MatchExplanation {
  candidateId: string;
  vacancyId: string;
  score: number;
  essentialCoverage: number;
  optionalCoverage: number;
  readiness: Readiness;
  trainingWeeks: number;
  matched: MatchedSkill[];
  missing: {
    learnable: LearnableSkill[];
    /** Essential, not learnable on the job, and no catalogue training teaches it. */
    blocking: { skillId: SkillId }[];
    /** Optional, not learnable on the job, no training: costs its weight, blocks nothing. */
    optionalWithoutRoute: { skillId: SkillId }[];
  };
  trainingPlan: TrainingPlan;
  /** Points earned and available: score = 100 × earned / available. */
  earnedWeight: number;
  totalWeight: number;
  excludedBy: Exclusion | null;
}

export interface OpportunityOccupation {
  occupationId: string;
  score: number;
  essentialCoverage: number;
  optionalCoverage: number;
  readiness: Readiness;
  trainingWeeks: number;
  openPositions: number;
  shortage: boolean;
  missingEssentialSkillIds: SkillId[];
  trainingPlan: TrainingPlan;
}

export interface TransitionPath {
  fromOccupationId: string;
  toOccupationId: string;
  /** Share of the target's essential skills the source covers, with related credit. */
  essentialCoverage: number;
  /** Same, counting exact skills only. */
  exactShare: number;
  missing: { skillId: SkillId; trainable: boolean }[];
  trainingPlan: TrainingPlan;
}

export type LeftOverReason =
  | { code: 'outcompeted'; eligibleVacancies: number; bestVacancyId: string }
  | {
      code: 'no-eligible-vacancy';
      excludedBy: Record<ConstraintName, number>;
      notNow: number;
      noFit: number;
    };

export interface Assignment {
  candidateId: string;
  vacancyId: string;
  score: number;
  readiness: 'direct' | 'after-training';
  trainingWeeks: number;
}

export interface GroupPlacementResult {
  direct: Assignment[];
  afterTraining: Assignment[];
  leftOver: { candidateId: string; reason: LeftOverReason }[];
  /** Sum of the scores of all assignments. */
  totalScore: number;
  stats: { edges: number; augmentations: number; repaired: number; millis: number };
}
