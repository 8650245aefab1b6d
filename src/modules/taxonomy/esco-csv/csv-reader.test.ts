import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CsvEncodingError,
  readCsvRecords,
  type CsvRecord,
  type ReadCsvOptions,
} from './csv-reader.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'esco-csv-reader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(
  content: string | Uint8Array,
  options: ReadCsvOptions = {},
): Promise<CsvRecord[]> {
  const path = join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(path, content);
  const out: CsvRecord[] = [];
  for await (const record of readCsvRecords(path, options)) out.push(record);
  return out;
}

describe('readCsvRecords', () => {
  it('maps values to header names and strips the BOM from the first name', async () => {
    const records = await read('\uFEFFconceptUri,preferredLabel\r\nu1,label one\r\n');
    expect(records).toEqual([
      { line: 2, fields: { conceptUri: 'u1', preferredLabel: 'label one' } },
    ]);
  });

  it('passes the trimmed header to onHeader before the first record', async () => {
    const seen: string[] = [];
    const records = await read(' a , b\n1,2\n', {
      onHeader: (names) => seen.push(`header:${names.join('|')}`),
    });
    expect(seen).toEqual(['header:a|b']);
    expect(records[0]?.fields).toEqual({ a: '1', b: '2' });
  });

  it('reads a missing trailing value as empty, as in skillsHierarchy', async () => {
    const records = await read('a,b,c\nx\n');
    expect(records[0]).toEqual({ line: 2, fields: { a: 'x', b: '', c: '' } });
  });

  it('flags a record with more values than the header', async () => {
    const records = await read('a,b\n1,2,3\n');
    expect(records[0]?.problem).toBe('record has 3 values but the header names 2 columns');
  });

  it('keeps repeated header names apart', async () => {
    const records = await read('a,a,b\n1,2,3\n');
    expect(records[0]?.fields).toEqual({ a: '1', 'a#2': '2', b: '3' });
  });

  it('reads multi-byte characters and CRLF split across tiny chunks', async () => {
    const text = '\uFEFFlabel,note\r\n"beëindigen\r\nvervolg","😀, ""x"""\r\nçà,é\r\n';
    for (const chunkSize of [1, 2, 3, 5]) {
      const records = await read(text, { chunkSize });
      expect(records).toEqual([
        { line: 2, fields: { label: 'beëindigen\r\nvervolg', note: '😀, "x"' } },
        { line: 4, fields: { label: 'çà', note: 'é' } },
      ]);
    }
  });

  it('reports progress up to the file size', async () => {
    const calls: [number, number][] = [];
    const text = 'a\n' + '1\n'.repeat(100);
    await read(text, { chunkSize: 16, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(5);
    expect(calls.at(-1)).toEqual([text.length, text.length]);
    expect(calls.every(([done], i) => i === 0 || done > (calls[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it('yields nothing for an empty file or a header-only file', async () => {
    expect(await read('')).toEqual([]);
    expect(await read('a,b\r\n')).toEqual([]);
  });

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = Uint8Array.from([0x61, 0x0a, 0x62, 0xeb, 0x0a]); // "a\nb<ë in Latin-1>\n"
    await expect(read(latin1)).rejects.toBeInstanceOf(CsvEncodingError);
  });
});
