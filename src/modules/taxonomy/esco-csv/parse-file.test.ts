import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyEscoFileName } from './file-kinds.ts';
import { collectEscoFile, type EscoFileParseResult } from './parse-file.ts';

const FIXTURES = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../tests/fixtures/esco',
);
const E = 'http://data.europa.eu/esco';
const S1 = `${E}/skill/aaaa0001-0000-4000-8000-000000000001`;
const S2 = `${E}/skill/aaaa0002-0000-4000-8000-000000000002`;
const S3 = `${E}/skill/aaaa0003-0000-4000-8000-000000000003`;
const O1 = `${E}/occupation/cccc0001-0000-4000-8000-000000000001`;
const O2 = `${E}/occupation/cccc0002-0000-4000-8000-000000000002`;
const SCHEMES = [`${E}/concept-scheme/skills`, `${E}/concept-scheme/member-skills`];

async function parse(path: string): Promise<EscoFileParseResult> {
  const name = path.split('/').pop() ?? path;
  const found = classifyEscoFileName(name);
  if (found.status !== 'import') throw new Error(`${name} is not importable: ${found.reason}`);
  return collectEscoFile({ path, kind: found.kind, lang: found.lang });
}

const fixture = (version: string, name: string) => parse(join(FIXTURES, version, name));
const summary = (r: EscoFileParseResult) => ({
  lines: r.records.map((x) => x.line),
  rejections: r.rejections.map(({ line, field, reason }) => ({ line, field, reason })),
});

describe.each(['v1.1', 'v1.2'])('ESCO %s fixtures', (version) => {
  const v12 = version === 'v1.2';
  const rel = (stem: string) => `${stem}${v12 ? '_en' : ''}.csv`;

  it('reads skills_en.csv (BOM, CRLF, multi-line quoted labels) and rejects bad rows by line', async () => {
    const result = await fixture(version, 'skills_en.csv');
    expect(result.records[0]).toEqual({
      line: 2,
      record: {
        kind: 'skill',
        uri: S1,
        skillType: 'skill/competence',
        reuseLevel: 'sector-specific',
        preferredLabel: 'plan delivery routes',
        altLabels: ['plan routes', 'schedule delivery routes', 'route planning'],
        hiddenLabels: [],
        description: 'Plan delivery routes, taking "time windows" and traffic into account.',
        definition: null,
        scopeNote: null,
        status: 'released',
        modifiedDate: '2023-11-30T15:53:37Z',
        inSchemes: SCHEMES,
        lang: 'en',
      },
    });
    const byLine = new Map(result.records.map((r) => [r.line, r.record]));
    expect(byLine.get(6)).toMatchObject({
      uri: S2,
      skillType: 'knowledge',
      hiddenLabels: ['TMS', 'WMS'],
    });
    // CRLF inside a quoted field splits labels too; empty skillType/reuseLevel (6 official rows) → null
    expect(byLine.get(11)).toMatchObject({
      uri: S3,
      skillType: null,
      reuseLevel: null,
      altLabels: ['drive a forklift', 'use a lift truck'],
    });
    const expected: { line: number; field: string | null; reason: string }[] = [
      { line: 9, field: 'conceptUri', reason: 'conceptUri: missing (required)' },
      {
        line: 10,
        field: 'conceptUri',
        reason: `conceptUri: malformed skill URI "${E}/skill/not-a-uuid"`,
      },
    ];
    if (v12) {
      expected.push(
        {
          line: 14,
          field: 'skillType',
          reason: 'skillType: unknown value "attitude" (expected knowledge | skill/competence)',
        },
        {
          line: 15,
          field: 'preferredLabel',
          reason: 'malformed CSV: preferredLabel: text after the closing quote',
        },
        {
          line: 16,
          field: null,
          reason: 'malformed CSV: record has 14 values but the header names 13 columns',
        },
      );
    }
    expect(summary(result)).toEqual({ lines: [2, 6, 11], rejections: expected });
    expect(result.rowsRead).toBe(v12 ? 8 : 5);
  });

  it('reads skills_nl.csv in Dutch', async () => {
    const result = await fixture(version, 'skills_nl.csv');
    expect(result.records[0]?.record).toMatchObject({
      uri: S1,
      preferredLabel: 'bezorgroutes plannen',
      altLabels: ['routes plannen', 'routes uitstippelen'],
      lang: 'nl',
    });
    if (v12) {
      expect(summary(result)).toEqual({ lines: [2, 5], rejections: [] });
    } else {
      // the derived v1.1 file has only a subset of the columns: the rest read as null / []
      expect(result.records[1]?.record).toMatchObject({ uri: S3, status: null, hiddenLabels: [] });
      expect(summary(result).rejections).toEqual([
        { line: 5, field: 'preferredLabel', reason: 'preferredLabel: missing (required)' },
      ]);
    }
  });

  it('reads occupations, with NACE codes only in v1.2', async () => {
    const result = await fixture(version, 'occupations_en.csv');
    expect(result.layout?.version).toBe(version);
    expect(result.records[0]).toEqual({
      line: 2,
      record: {
        kind: 'occupation',
        uri: O1,
        iscoGroup: '4323',
        code: '4323.3',
        preferredLabel: 'route planner',
        altLabels: ['transport planner', 'delivery route planner'],
        hiddenLabels: [],
        description: 'Route planners plan delivery routes, vehicles and drivers.',
        definition: null,
        scopeNote: null,
        regulatedProfessionNote: `${E}/regulated-professions/unregulated`,
        status: 'released',
        modifiedDate: '2024-01-25T11:28:50Z',
        naceCodes: v12 ? ['H49.4.1', 'H52.2.9'] : [],
        inSchemes: [`${E}/concept-scheme/occupations`, `${E}/concept-scheme/member-occupations`],
        lang: 'en',
      },
    });
    expect(summary(result).rejections).toEqual([
      { line: v12 ? 8 : 7, field: 'iscoGroup', reason: 'iscoGroup: missing (required)' },
    ]);
    const nl = await fixture(version, 'occupations_nl.csv');
    expect(nl.records.map((r) => r.record)).toMatchObject([
      { uri: O1, preferredLabel: 'routeplanner', lang: 'nl' },
      { uri: O2, preferredLabel: 'heftruckchauffeur magazijn', lang: 'nl' },
    ]);
  });

  it('reads ISCO groups and skill groups', async () => {
    const isco = await fixture(version, 'ISCOGroups_en.csv');
    expect(isco.records.map((r) => r.record)).toMatchObject([
      { kind: 'iscoGroup', uri: `${E}/isco/C4`, code: '4' },
      { uri: `${E}/isco/C4323`, code: '4323' },
      { uri: `${E}/isco/C8344`, altLabels: ['forklift drivers', 'lift truck operators'] },
    ]);
    expect(summary(isco).rejections).toEqual([
      {
        line: 9,
        field: 'conceptUri',
        reason: `conceptUri: malformed ISCO group URI "${E}/isco/X99"`,
      },
    ]);
    const groups = await fixture(version, 'skillGroups_en.csv');
    expect(groups.records.map((r) => r.record)).toMatchObject([
      { kind: 'skillGroup', code: 'S' },
      { code: 'S9', altLabels: ['moving and lifting', 'transporting goods'] },
      { uri: `${E}/isced-f/1041`, code: null },
    ]);
    expect(groups.rejections).toEqual([]);
  });

  it('reads the flattened skills hierarchy, short rows included', async () => {
    const result = await fixture(version, 'skillsHierarchy_en.csv');
    expect(result.records.map((r) => r.record)).toEqual([
      {
        kind: 'skillHierarchy',
        uri: `${E}/skill/bbbb0000-0000-4000-8000-000000000000`,
        level: 0,
        parentUri: null,
        preferredLabel: 'skills',
        code: 'S',
        description: 'The skills pillar.',
        scopeNote: null,
        lang: 'en',
      },
      {
        kind: 'skillHierarchy',
        uri: `${E}/skill/bbbb0001-0000-4000-8000-000000000001`,
        level: 1,
        parentUri: `${E}/skill/bbbb0000-0000-4000-8000-000000000000`,
        preferredLabel: 'moving goods',
        code: 'S9',
        description: 'Moving goods by hand or machine.',
        scopeNote: 'Excludes:\n- moving people',
        lang: 'en',
      },
    ]);
    expect(summary(result).rejections).toEqual([
      { line: 5, field: 'Level 1 URI', reason: 'Level 1 URI: missing (required)' },
    ]);
  });

  it('reads broader relations and checks each URI against its concept type', async () => {
    const occ = await fixture(version, rel('broaderRelationsOccPillar'));
    expect(occ.layout?.version).toBe(version);
    expect(occ.records[1]?.record).toEqual({
      kind: 'broaderRelation',
      pillar: 'occupation',
      conceptType: 'Occupation',
      conceptUri: O1,
      broaderType: 'ISCOGroup',
      broaderUri: `${E}/isco/C4323`,
    });
    expect(summary(occ).rejections).toEqual([
      {
        line: 5,
        field: 'conceptUri',
        reason: `conceptUri: malformed ISCO group URI "${O2}" for conceptType ISCOGroup`,
      },
    ]);
    const skill = await fixture(version, rel('broaderRelationsSkillPillar'));
    expect(skill.records.map((r) => r.record)).toMatchObject([
      { pillar: 'skill', conceptType: 'SkillGroup' },
      { conceptType: 'KnowledgeSkillCompetence', broaderType: 'SkillGroup' },
      { conceptUri: S3, broaderType: 'KnowledgeSkillCompetence', broaderUri: S1 },
    ]);
    expect(summary(skill).rejections).toEqual([
      {
        line: 5,
        field: 'conceptType',
        reason:
          'conceptType: unknown value "Occupation" (expected KnowledgeSkillCompetence | SkillGroup)',
      },
    ]);
  });

  it('reads occupation–skill relations: bad relation type, missing URI, duplicate pair', async () => {
    const result = await fixture(version, rel('occupationSkillRelations'));
    expect(result.layout?.version).toBe(version);
    expect(result.records).toEqual([
      {
        line: 2,
        record: {
          kind: 'occupationSkillRelation',
          occupationUri: O1,
          skillUri: S1,
          relationType: 'essential',
          skillType: 'skill/competence',
        },
      },
      {
        line: 3,
        record: {
          kind: 'occupationSkillRelation',
          occupationUri: O1,
          skillUri: S2,
          relationType: 'optional',
          skillType: 'knowledge',
        },
      },
      {
        line: 7,
        record: {
          kind: 'occupationSkillRelation',
          occupationUri: O2,
          skillUri: S3,
          relationType: 'essential',
          skillType: null,
        },
      },
    ]);
    expect(summary(result).rejections).toEqual([
      {
        line: 4,
        field: 'relationType',
        reason: 'relationType: unknown value "mandatory" (expected essential | optional)',
      },
      { line: 5, field: 'skillUri', reason: 'skillUri: missing (required)' },
      { line: 6, field: 'skillUri', reason: 'occupationUri + skillUri: same as line 2' },
    ]);
  });

  it('reads skill–skill relations', async () => {
    const result = await fixture(version, rel('skillSkillRelations'));
    expect(result.records.map((r) => r.record)).toEqual([
      {
        kind: 'skillSkillRelation',
        originalSkillUri: S1,
        originalSkillType: 'skill/competence',
        relationType: 'optional',
        relatedSkillType: 'knowledge',
        relatedSkillUri: S2,
      },
      {
        kind: 'skillSkillRelation',
        originalSkillUri: S3,
        originalSkillType: 'skill/competence',
        relationType: 'essential',
        relatedSkillType: 'skill/competence',
        relatedSkillUri: S1,
      },
    ]);
  });
});

describe('file-level problems', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'esco-parse-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function parseText(name: string, text: string) {
    const path = join(dir, name);
    await writeFile(path, text);
    return parse(path);
  }

  it('rejects the whole file once when a required column is missing', async () => {
    const result = await parseText(
      'occupationSkillRelations.csv',
      `occupationUri,relation,skillUri\n${O1},essential,${S1}\n${O1},essential,${S2}\n`,
    );
    expect(result.records).toEqual([]);
    expect(result.rowsRead).toBe(0);
    expect(result.rejections).toEqual([
      {
        file: 'occupationSkillRelations.csv',
        line: 1,
        field: null,
        fatal: true,
        reason:
          'header: missing required column relationType for occupationSkillRelations ' +
          '(found: occupationUri, relation, skillUri)',
      },
    ]);
  });

  it('rejects an empty file', async () => {
    const result = await parseText('skills_en.csv', '');
    expect(result.rejections).toMatchObject([
      { line: 1, reason: 'empty file: no header row', fatal: true },
    ]);
  });

  it('accepts a header-only file with no rows', async () => {
    const result = await parseText('skills_en.csv', 'conceptUri,preferredLabel\r\n');
    expect(result.layout?.kind).toBe('skills');
    expect(result.rejections).toEqual([]);
    expect(result.records).toEqual([]);
  });

  it('flags an unterminated quote at the end of a file', async () => {
    const result = await parseText(
      'skills_en.csv',
      `conceptUri,preferredLabel\n${S1},ok\n${S2},"never closed\n`,
    );
    expect(summary(result)).toEqual({
      lines: [2],
      rejections: [
        {
          line: 3,
          field: 'preferredLabel',
          reason: 'malformed CSV: preferredLabel: quote opened on line 3 is never closed',
        },
      ],
    });
  });
});
