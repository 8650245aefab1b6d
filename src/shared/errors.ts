/** One error type for the whole product; the HTTP layer maps `code` to a status in one place. */
export type ErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'rate_limited'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const invalidInput = (field: string, message: string) =>
  new AppError('invalid_input', message, field);
export const conflict = (message: string, field?: string) =>
  new AppError('conflict', message, field);
