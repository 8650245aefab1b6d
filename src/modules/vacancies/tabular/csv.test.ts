import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, parseCsv } from './csv.ts';

describe('reading CSV files', () => {
  it('reads comma files with quotes, doubled quotes and line breaks in a cell', () => {
    const text = 'title,tasks\r\n"Kok, zelfstandig","koken\nafwassen"\r\n"Zeg ""hallo""",x\r\n';
    expect(parseCsv(text)).toEqual([
      ['title', 'tasks'],
      ['Kok, zelfstandig', 'koken\nafwassen'],
      ['Zeg "hallo"', 'x'],
    ]);
  });

  it('takes the delimiter from the header: Dutch Excel writes semicolons', () => {
    expect(detectDelimiter('titel;uren;plaats\n"a,b";32;Oss')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"x;y",b,c')).toBe(',');
    expect(parseCsv('\ufefftitel;vaardigheden\nHelpende;"a;b"')).toEqual([
      ['titel', 'vaardigheden'],
      ['Helpende', 'a;b'],
    ]);
  });

  it('keeps a last line without newline and empty trailing cells', () => {
    expect(parseCsv('a,b,c\n1,,')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
    ]);
  });

  it('decodes UTF-8, and Windows-1252 from older Excel versions', () => {
    expect(decodeText(new TextEncoder().encode('Café'))).toBe('Café');
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe('Café');
  });
});
