import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderEscoFiles, planEscoImport } from './esco-directory.ts';
import type { EscoFileKind } from './file-kinds.ts';

const FIXTURES = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../tests/fixtures/esco',
);
const SKIPPED_IN_BOTH = [
  { name: 'conceptSchemes_en.csv', reason: 'concept schemes' },
  {
    name: 'digitalSkillsCollection_en.csv',
    reason: 'collection (a subset of skills or occupations)',
  },
];

describe('planEscoImport', () => {
  it('orders the v1.1 fixture files for import and skips the rest', async () => {
    const plan = await planEscoImport(join(FIXTURES, 'v1.1'));
    expect(plan.files.map((f) => f.name)).toEqual([
      'ISCOGroups_en.csv',
      'ISCOGroups_nl.csv',
      'skillGroups_en.csv',
      'skillGroups_nl.csv',
      'skills_en.csv',
      'skills_nl.csv',
      'occupations_en.csv',
      'occupations_nl.csv',
      'broaderRelationsOccPillar.csv',
      'broaderRelationsSkillPillar.csv',
      'skillsHierarchy_en.csv',
      'skillsHierarchy_nl.csv',
      'occupationSkillRelations.csv',
      'skillSkillRelations.csv',
    ]);
    expect(plan.languages).toEqual(['en', 'nl']);
    expect(plan.skipped.map(({ name, reason }) => ({ name, reason }))).toEqual(SKIPPED_IN_BOTH);
    expect(plan.totalBytes).toBe(plan.files.reduce((sum, f) => sum + f.sizeBytes, 0));
  });

  it('plans v1.2 language-suffixed relation files once', async () => {
    const plan = await planEscoImport(join(FIXTURES, 'v1.2'));
    expect(plan.files.map((f) => `${f.kind}:${f.lang}`)).toEqual([
      'ISCOGroups:en',
      'ISCOGroups:nl',
      'skillGroups:en',
      'skillGroups:nl',
      'skills:en',
      'skills:nl',
      'occupations:en',
      'occupations:nl',
      'broaderRelationsOccPillar:en',
      'broaderRelationsSkillPillar:en',
      'skillsHierarchy:en',
      'skillsHierarchy:nl',
      'occupationSkillRelations:en',
      'skillSkillRelations:en',
    ]);
    expect(plan.skipped.map(({ name, reason }) => ({ name, reason }))).toEqual([
      ...SKIPPED_IN_BOTH,
      { name: 'greenShareOcc_en.csv', reason: 'not an ESCO file kind this importer reads' },
      {
        name: 'occupationSkillRelations_nl.csv',
        reason: 'holds the same language-independent relations as occupationSkillRelations_en.csv',
      },
    ]);
  });

  describe('with language packs unzipped into subfolders', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'esco-plan-'));
      for (const [folder, lang] of [
        ['ESCO dataset - v1.2.0 - classification - nl - csv', 'nl'],
        ['ESCO dataset - v1.2.0 - classification - en - csv', 'en'],
      ] as const) {
        await mkdir(join(dir, folder));
        for (const stem of ['skills', 'occupationSkillRelations', 'occupations']) {
          await writeFile(join(dir, folder, `${stem}_${lang}.csv`), 'x\n');
        }
      }
      await mkdir(join(dir, 'a', 'b', 'c'), { recursive: true });
      await writeFile(join(dir, 'a', 'b', 'c', 'skills_de.csv'), 'x\n');
      await writeFile(join(dir, '.hidden_en.csv'), 'x\n');
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('finds them, puts English first and ignores deeper or hidden files', async () => {
      const plan = await planEscoImport(dir);
      expect(plan.files.map((f) => f.name.split(/[\\/]/).pop())).toEqual([
        'skills_en.csv',
        'skills_nl.csv',
        'occupations_en.csv',
        'occupations_nl.csv',
        'occupationSkillRelations_en.csv',
      ]);
      expect(plan.skipped).toHaveLength(1);
      expect(plan.skipped[0]?.reason).toMatch(/^holds the same language-independent relations as /);
    });
  });
});

describe('orderEscoFiles', () => {
  it('follows ISCO → skill groups → skills → occupations → hierarchy → relations', () => {
    const kinds: [EscoFileKind, string | null][] = [
      ['skillSkillRelations', null],
      ['occupationSkillRelations', null],
      ['skillsHierarchy', 'nl'],
      ['broaderRelationsSkillPillar', null],
      ['broaderRelationsOccPillar', null],
      ['occupations', 'fr'],
      ['occupations', 'en'],
      ['occupations', 'de'],
      ['skills', 'nl'],
      ['skillGroups', 'en'],
      ['ISCOGroups', 'nl'],
    ];
    const ordered = orderEscoFiles(kinds.map(([kind, lang]) => ({ kind, lang, name: kind })));
    expect(ordered.map((f) => `${f.kind}:${f.lang}`)).toEqual([
      'ISCOGroups:nl',
      'skillGroups:en',
      'skills:nl',
      'occupations:en',
      'occupations:de',
      'occupations:fr',
      'broaderRelationsOccPillar:null',
      'broaderRelationsSkillPillar:null',
      'skillsHierarchy:nl',
      'occupationSkillRelations:null',
      'skillSkillRelations:null',
    ]);
  });
});
