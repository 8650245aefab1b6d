import { describe, expect, it } from 'vitest';
import { toSearchText } from './search-text.ts';

describe('toSearchText', () => {
  it('folds case, accents and punctuation', () => {
    expect(toSearchText('Zorgmedewerker (VIG)')).toBe('zorgmedewerker vig');
    expect(toSearchText('Café-medewerker')).toBe('cafe medewerker');
    expect(toSearchText('  Ëén   twee ')).toBe('een twee');
  });
});
