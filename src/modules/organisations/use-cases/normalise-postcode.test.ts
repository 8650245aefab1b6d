import { describe, expect, it } from 'vitest';
import { normalisePostcode } from './normalise-postcode.ts';

describe('normalisePostcode', () => {
  it('writes Dutch postcodes one way', () => {
    expect(normalisePostcode('5211ab')).toBe('5211 AB');
    expect(normalisePostcode(' 5211  AB ')).toBe('5211 AB');
    expect(normalisePostcode('5341')).toBe('5341');
  });
});
