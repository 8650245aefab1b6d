import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordParser, parseCsvText, type RawCsvRecord } from './csv-record-parser.ts';

const values = (text: string) => parseCsvText(text).map((r) => r.values);
const lines = (text: string) => parseCsvText(text).map((r) => r.line);

function parseInChunks(text: string, sizes: number[]): RawCsvRecord[] {
  const out: RawCsvRecord[] = [];
  const parser = new CsvRecordParser();
  let at = 0;
  for (const size of sizes) {
    parser.push(text.slice(at, at + size), out);
    at += size;
  }
  parser.push(text.slice(at), out);
  parser.end(out);
  return out;
}

describe('CsvRecordParser', () => {
  it('reads plain records with LF, CRLF and lone CR endings', () => {
    expect(values('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(values('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(values('a,b\r1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(values('a,,c,\n,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', ''],
    ]);
  });

  it('reads the last record without a final line break', () => {
    expect(values('a\nlast,one')).toEqual([['a'], ['last', 'one']]);
    expect(values('a\n"quoted"')).toEqual([['a'], ['quoted']]);
  });

  it('reads quoted commas, doubled quotes and embedded line breaks', () => {
    const text = 'h1,h2\r\n"x, y","say ""hi"""\r\n"one\ntwo\r\nthree",z\r\n';
    expect(values(text)).toEqual([
      ['h1', 'h2'],
      ['x, y', 'say "hi"'],
      ['one\ntwo\r\nthree', 'z'],
    ]);
  });

  it('reports the physical line each record starts on', () => {
    const text = 'h\r\n"a\nb\nc"\r\nd\r\n"e\r\nf"\nx\rlast';
    expect(lines(text)).toEqual([1, 2, 5, 6, 8, 9]);
  });

  it('skips blank lines but counts them', () => {
    expect(parseCsvText('h\n\n\r\nx\n\n')).toEqual([
      { line: 1, values: ['h'] },
      { line: 4, values: ['x'] },
    ]);
  });

  it('keeps a record made of one empty quoted field', () => {
    expect(values('h\n""\n')).toEqual([['h'], ['']]);
  });

  it('drops a leading BOM only', () => {
    expect(values('\uFEFFa,b\n1,\uFEFF\n')).toEqual([
      ['a', 'b'],
      ['1', '\uFEFF'],
    ]);
  });

  it('keeps a stray quote inside an unquoted field literally', () => {
    expect(parseCsvText('a 5" disk,b\n')).toEqual([{ line: 1, values: ['a 5" disk', 'b'] }]);
  });

  it('flags text after a closing quote and keeps reading', () => {
    expect(parseCsvText('"ab"c,d\nnext\n')).toEqual([
      {
        line: 1,
        values: ['abc', 'd'],
        problem: { field: 0, message: 'text after the closing quote' },
      },
      { line: 2, values: ['next'] },
    ]);
  });

  it('flags a quote that is never closed', () => {
    expect(parseCsvText('h\nx,"open\nrest')).toEqual([
      { line: 1, values: ['h'] },
      {
        line: 2,
        values: ['x', 'open\nrest'],
        problem: { field: 1, message: 'quote opened on line 2 is never closed' },
      },
    ]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = '\uFEFFh1,h2\r\n"a ""q""\r\nb",c\r\n\r\nd,"é\n😀"\r"x"\r\n';
    const whole = parseCsvText(text);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(parseInChunks(text, [cut])).toEqual(whole);
    }
    expect(
      parseInChunks(
        text,
        Array.from({ length: text.length }, () => 1),
      ),
    ).toEqual(whole);
  });

  it('round-trips any table written the RFC 4180 way, in any chunks', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', 'é', '😀', ';'),
      maxLength: 8,
    });
    const quote = (v: string) =>
      /[",\r\n]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v;
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 30 }),
        (rows, eol, sizes) => {
          const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
          const parsed = parseInChunks(text, sizes);
          expect(parsed.map((r) => r.values)).toEqual(rows);
          expect(parsed.every((r) => r.problem === undefined)).toBe(true);
          let line = 1;
          rows.forEach((row, i) => {
            expect(parsed[i]?.line).toBe(line);
            line += 1 + row.join('').split(/\r\n|\n/).length - 1;
          });
        },
      ),
    );
  });
});
