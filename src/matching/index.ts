/**
 * Public API of the matching engine. Pure TypeScript, no I/O: the matching module's service
 * (src/modules/matching) feeds it from the database and keeps it in step.
 */

export { MatchingEngine } from './engine.ts';
export type { QueryOptions } from './engine.ts';
export { DuplicateIdError, MatchingInputError, UnknownIdError } from './errors.ts';
export type { EntityKind } from './errors.ts';
export {
  ESSENTIAL_WEIGHT,
  EVIDENCE_FACTOR,
  LEVEL_STEP_PENALTY,
  MAX_SIBLING_GROUP,
  ON_THE_JOB_CREDIT,
  OPTIONAL_WEIGHT,
  RELATION_CREDIT,
  TRAINING_CREDIT,
} from './score.ts';
export { START_DATE_GRACE_DAYS, haversineKm } from './constraints.ts';
export { greedyTrainingCover } from './training-cover.ts';
export { maxWeightAssignment } from './min-cost-flow.ts';
export { CONTRACT_TYPES } from './types.ts';
export type * from './types.ts';
