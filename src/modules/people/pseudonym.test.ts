import { describe, expect, it } from 'vitest';
import { newPseudonym, pseudonymPattern } from './pseudonym.ts';

describe('pseudonyms', () => {
  it('look like K-7Q4M and avoid look-alike characters', () => {
    for (let i = 0; i < 200; i++) {
      const p = newPseudonym();
      expect(p).toMatch(pseudonymPattern);
      expect(p.slice(2)).not.toMatch(/[01OI]/);
    }
    expect(newPseudonym(6)).toHaveLength(8);
  });

  it('take their characters from the random source', () => {
    expect(newPseudonym(4, () => 0)).toBe('K-AAAA');
    expect(newPseudonym(4, (max) => max - 1)).toBe('K-9999');
  });
});
