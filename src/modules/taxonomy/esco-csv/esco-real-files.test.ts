import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planEscoImport } from './esco-directory.ts';
import { parseEscoFile } from './parse-file.ts';
import type { EscoRejection } from './records.ts';

/**
 * Streams the real ESCO v1.1.1 files in ../shared/data/esco (never copied into the repo).
 * Skipped when that folder is absent, e.g. in CI.
 */
const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const ESCO_DIR = resolve(REPO_ROOT, '../shared/data/esco');
const present = existsSync(resolve(ESCO_DIR, 'skills_en.csv'));

/** Data rows per file as stated in shared/data/esco/README.md (measured with Python csv). */
const README_ROWS: Record<string, number> = {
  'ISCOGroups_en.csv': 619,
  'ISCOGroups_nl.csv': 619,
  'skillGroups_en.csv': 640,
  'skillGroups_nl.csv': 640,
  'skills_en.csv': 13_896,
  'skills_nl.csv': 6_939,
  'occupations_en.csv': 3_007,
  'occupations_nl.csv': 3_007,
  'broaderRelationsOccPillar.csv': 3_617,
  'broaderRelationsSkillPillar.csv': 20_656,
  'skillsHierarchy_en.csv': 647,
  'skillsHierarchy_nl.csv': 647,
  'occupationSkillRelations.csv': 123_855,
  'skillSkillRelations.csv': 5_899,
};

/**
 * Independent count of data records: a line break ends a record only outside quotes
 * (an even number of quote characters seen so far); blank lines and the header do not count.
 */
function countDataRecords(text: string): number {
  let records = 0;
  let inQuotes = false;
  let lineHasContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    if (!inQuotes && (c === '\n' || c === '\r')) {
      if (lineHasContent) records++;
      lineHasContent = false;
    } else {
      lineHasContent = true;
    }
  }
  if (lineHasContent) records++;
  return records - 1;
}

describe.skipIf(!present)(`real ESCO files in ${ESCO_DIR}`, () => {
  it('parses every planned file with one record per data row and no rejections', async () => {
    const plan = await planEscoImport(ESCO_DIR);
    expect(plan.files.map((f) => f.name).sort()).toEqual(Object.keys(README_ROWS).sort());
    expect(plan.languages).toEqual(['en', 'nl']);

    const started = performance.now();
    const timings: string[] = [];
    const rejections: EscoRejection[] = [];
    const parsed: Record<string, number> = {};
    for (const file of plan.files) {
      const t = performance.now();
      let records = 0;
      for await (const event of parseEscoFile(file)) {
        if (event.type === 'record') records++;
        else if (event.type === 'rejection') rejections.push(event.rejection);
      }
      parsed[file.name] = records;
      timings.push(`${file.name}: ${records} records, ${Math.round(performance.now() - t)} ms`);
    }
    const totalMs = Math.round(performance.now() - started);
    const totalRecords = Object.values(parsed).reduce((a, b) => a + b, 0);
    console.info(
      `Parsed ${plan.files.length} ESCO files (${(plan.totalBytes / 1e6).toFixed(1)} MB, ` +
        `${totalRecords} records) in ${totalMs} ms\n  ${timings.join('\n  ')}`,
    );

    expect(rejections.slice(0, 20)).toEqual([]);
    expect(parsed).toEqual(README_ROWS);
    for (const file of plan.files) {
      const text = (await readFile(file.path, 'utf8')).replace(/^\uFEFF/, '');
      expect(countDataRecords(text), file.name).toBe(parsed[file.name]);
    }
    // The budget for a full import is 2 minutes; parsing must be a small part of it.
    expect(totalMs).toBeLessThan(30_000);
  }, 120_000);

  it('skips collections, concept schemes and files it does not know, saying why', async () => {
    const plan = await planEscoImport(ESCO_DIR);
    const reasons = new Set(plan.skipped.map((s) => s.reason));
    expect(reasons).toEqual(
      new Set([
        'collection (a subset of skills or occupations)',
        'concept schemes',
        'not an ESCO file name this importer knows', // skills_nl_provenance.csv
        'not a CSV file', // README.md
      ]),
    );
  });
});

if (!present) {
  describe('real ESCO files', () => {
    it.skip(`skipped: no ESCO data at ${ESCO_DIR} (see shared/data/esco/README.md)`, () => {});
  });
}
