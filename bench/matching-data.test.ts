import { describe, expect, it } from 'vitest';
import { csvRecords, makeCandidate, makeVacancy, prng } from './matching-data.ts';

describe('bench data', () => {
  it('reads CSV with BOM, CRLF and LF, quoted commas, doubled quotes and multi-line fields', () => {
    const text = '\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line 1\nline 2",\n';
    expect([...csvRecords(text)]).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'line 1\nline 2', ''],
    ]);
  });

  it('generates the same data for the same seed', () => {
    const profile = { id: 'occ', essential: [1, 2, 3, 4], optional: [5, 6] };
    const a = prng(7);
    const b = prng(7);
    expect(makeVacancy(1, profile, a)).toEqual(makeVacancy(1, profile, b));
    expect(makeCandidate(1, profile, a, () => 9)).toEqual(makeCandidate(1, profile, b, () => 9));
  });
});
