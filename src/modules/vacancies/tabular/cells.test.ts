import { describe, expect, it } from 'vitest';
import {
  parseBooleanCell,
  parseDateCell,
  parseIntegerCell,
  parseListCell,
  parseNumber,
  parseRangeCell,
} from './cells.ts';

describe('reading cells as Dutch spreadsheets write them', () => {
  it('reads dates in ISO and Dutch order, and rejects impossible ones', () => {
    expect(parseDateCell('2025-09-01')).toEqual({ ok: true, value: '2025-09-01' });
    expect(parseDateCell('1-9-2025')).toEqual({ ok: true, value: '2025-09-01' });
    expect(parseDateCell('01/09/2025')).toEqual({ ok: true, value: '2025-09-01' });
    expect(parseDateCell('')).toEqual({ ok: true, value: null });
    expect(parseDateCell('31-02-2025').ok).toBe(false);
    expect(parseDateCell('volgende week').ok).toBe(false);
  });

  it('reads amounts with Dutch separators', () => {
    expect(parseNumber('€ 2.600')).toBe(2600);
    expect(parseNumber('2600,50')).toBe(2600.5);
    expect(parseNumber('2.600,-')).toBe(2600);
    expect(parseNumber('32')).toBe(32);
    expect(parseNumber('veel')).toBeNull();
  });

  it('reads single numbers and ranges', () => {
    expect(parseRangeCell('32')).toEqual({ ok: true, value: { min: 32, max: 32 } });
    expect(parseRangeCell('24-32')).toEqual({ ok: true, value: { min: 24, max: 32 } });
    expect(parseRangeCell('2.600 tot 3.200')).toEqual({
      ok: true,
      value: { min: 2600, max: 3200 },
    });
    expect(parseRangeCell('')).toEqual({ ok: true, value: null });
    expect(parseRangeCell('32-24').ok).toBe(false);
    expect(parseRangeCell('fulltime').ok).toBe(false);
  });

  it('reads lists, yes/no and whole numbers', () => {
    expect(parseListCell(' VCA Basis ; ;Heftruck rijden|Orderpicken ')).toEqual([
      'VCA Basis',
      'Heftruck rijden',
      'Orderpicken',
    ]);
    expect(parseBooleanCell('Ja')).toEqual({ ok: true, value: true });
    expect(parseBooleanCell('')).toEqual({ ok: true, value: false });
    expect(parseBooleanCell('misschien').ok).toBe(false);
    expect(parseIntegerCell('3')).toEqual({ ok: true, value: 3 });
    expect(parseIntegerCell('2,5').ok).toBe(false);
  });
});
