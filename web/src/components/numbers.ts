import type { FieldErrors } from '../api/error-messages.ts';

/**
 * Reads a number as people type it: "8,5" and "8.5" for decimals, "2.800" and "€ 2 800" for
 * whole euros. Empty is null (unknown); anything else that is not a number is undefined.
 */
export function readNumber(
  text: string,
  kind: 'int' | 'decimal' = 'int',
): number | null | undefined {
  const trimmed = text.replace(/[€\s]/g, '');
  if (trimmed === '') return null;
  const normal =
    kind === 'int' ? trimmed.replace(/\.(?=\d{3}(\D|$))/g, '') : trimmed.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return undefined;
  return Number(normal);
}

/**
 * Collects the numbers of a form; a text that is not a number gets `message` at its field and
 * becomes NaN, so the contract check fails there too (its message is then overruled).
 */
export class NumberReader {
  readonly errors: FieldErrors = {};
  constructor(private readonly message: string) {}

  read(field: string, text: string, kind: 'int' | 'decimal' = 'int'): number | null {
    const value = readNumber(text, kind);
    if (value !== undefined) return value;
    this.errors[field] = this.message;
    return Number.NaN;
  }
}

/** A number for a text box: '' for unknown. */
export const numberText = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);
