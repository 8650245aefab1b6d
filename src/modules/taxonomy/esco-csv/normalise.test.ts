import { describe, expect, it } from 'vitest';
import type { EscoFileKind } from './file-kinds.ts';
import { resolveLayout } from './layouts.ts';
import { normaliseRow } from './normalise.ts';
import { splitLines, splitList } from './row-candidates.ts';

function row(kind: EscoFileKind, fields: Record<string, string>, lang: string | null = 'en') {
  const layout = resolveLayout(kind, Object.keys(fields));
  if (!layout.ok) throw new Error(layout.reason);
  return normaliseRow({ line: 7, fields }, { file: 'f.csv', lang, layout: layout.layout });
}

const SKILL = 'http://data.europa.eu/esco/skill/aaaa0001-0000-4000-8000-000000000001';

describe('splitLines / splitList', () => {
  it('splits labels on any line break, trimming and dropping blanks and repeats', () => {
    expect(splitLines(' a \nb\r\nc\r\n\na\r')).toEqual(['a', 'b', 'c']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('one, with comma')).toEqual(['one, with comma']);
  });

  it('splits URI lists on commas and line breaks', () => {
    expect(splitList('u1,\nu2\nu3, u1')).toEqual(['u1', 'u2', 'u3']);
  });
});

describe('normaliseRow', () => {
  it('trims values and turns empty optional values into null', () => {
    const result = row('skills', {
      conceptUri: ` ${SKILL} `,
      preferredLabel: ' label ',
      description: '  ',
    });
    expect(result).toEqual({
      ok: true,
      record: expect.objectContaining({
        uri: SKILL,
        preferredLabel: 'label',
        description: null,
        altLabels: [],
        skillType: null,
      }),
    });
  });

  it('names the column as written in the file', () => {
    const result = row('occupationSkillRelations', {
      OccupationURI: 'http://data.europa.eu/esco/occupation/x',
      relationType: 'essential',
      skillUri: SKILL,
    });
    expect(result).toEqual({
      ok: false,
      rejection: {
        file: 'f.csv',
        line: 7,
        field: 'OccupationURI',
        reason: 'OccupationURI: malformed occupation URI "http://data.europa.eu/esco/occupation/x"',
      },
    });
  });

  it('rejects an unknown reuse level', () => {
    const result = row('skills', { conceptUri: SKILL, preferredLabel: 'x', reuseLevel: 'global' });
    expect(!result.ok && result.rejection.reason).toBe(
      'reuseLevel: unknown value "global" ' +
        '(expected transversal | cross-sector | sector-specific | occupation-specific)',
    );
  });

  it('rejects a broader relation whose broader URI does not fit its type', () => {
    const result = row('broaderRelationsSkillPillar', {
      conceptType: 'KnowledgeSkillCompetence',
      conceptUri: SKILL,
      broaderType: 'SkillGroup',
      broaderUri: 'http://data.europa.eu/esco/isco/C1',
    });
    expect(!result.ok && result.rejection).toMatchObject({
      field: 'broaderUri',
      reason:
        'broaderUri: malformed skill group URI "http://data.europa.eu/esco/isco/C1" for broaderType SkillGroup',
    });
  });

  it('shortens long values in reasons', () => {
    const result = row('skillSkillRelations', {
      originalSkillUri: SKILL,
      relationType: 'x'.repeat(200),
      relatedSkillUri: SKILL,
    });
    expect(!result.ok && result.rejection.reason).toBe(
      `relationType: unknown value "${'x'.repeat(77)}..." (expected essential | optional)`,
    );
  });
});
