/**
 * Engine errors. The HTTP edge validates with zod first; these guard the engine's own
 * invariants and name the offending field so a 4xx can be mapped from them.
 */

export class MatchingInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'MatchingInputError';
  }
}

export type EntityKind = 'candidate' | 'vacancy' | 'training' | 'occupation';

export class UnknownIdError extends Error {
  constructor(
    readonly kind: EntityKind,
    readonly id: string,
  ) {
    super(`unknown ${kind} "${id}"`);
    this.name = 'UnknownIdError';
  }
}

export class DuplicateIdError extends Error {
  constructor(
    readonly kind: EntityKind,
    readonly id: string,
  ) {
    super(`${kind} "${id}" already exists`);
    this.name = 'DuplicateIdError';
  }
}
