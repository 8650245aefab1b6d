import { invalidInput } from '../../shared/errors.ts';

/** A job cannot end before it starts. */
export function requireYearsInOrder(startYear: number | null, endYear: number | null): void {
  if (startYear !== null && endYear !== null && endYear < startYear) {
    throw invalidInput('endYear', `endYear: ${endYear} is before startYear ${startYear}`);
  }
}
