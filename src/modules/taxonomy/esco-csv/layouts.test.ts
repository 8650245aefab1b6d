import { describe, expect, it } from 'vitest';
import { resolveLayout } from './layouts.ts';

describe('resolveLayout', () => {
  it('tells the v1.1 and v1.2 occupation–skill relation layouts apart', () => {
    const v11 = resolveLayout('occupationSkillRelations', [
      'occupationUri',
      'relationType',
      'skillType',
      'skillUri',
    ]);
    const v12 = resolveLayout('occupationSkillRelations', [
      'occupationUri',
      'occupationLabel',
      'relationType',
      'skillType',
      'skillUri',
      'skillLabel',
    ]);
    expect(v11.ok && v11.layout.version).toBe('v1.1');
    expect(v12.ok && v12.layout.version).toBe('v1.2');
  });

  it('detects v1.2 occupations and broader relations by their added columns', () => {
    const occ = resolveLayout('occupations', [
      'conceptUri',
      'iscoGroup',
      'preferredLabel',
      'naceCode',
    ]);
    const broader = resolveLayout('broaderRelationsSkillPillar', [
      'conceptType',
      'conceptUri',
      'conceptLabel',
      'broaderType',
      'broaderUri',
      'broaderLabel',
    ]);
    expect(occ.ok && occ.layout.version).toBe('v1.2');
    expect(broader.ok && broader.layout.version).toBe('v1.2');
  });

  it('gives no version where both layouts are the same', () => {
    const skills = resolveLayout('skills', ['conceptUri', 'preferredLabel']);
    expect(skills.ok && skills.layout.version).toBeNull();
  });

  it('matches header names ignoring case, spaces and underscores, in any order', () => {
    const result = resolveLayout('occupationSkillRelations', [
      'SkillUri',
      'relation_type',
      'OCCUPATIONURI',
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.fromEntries(result.layout.columns)).toEqual({
      occupationUri: 'OCCUPATIONURI',
      relationType: 'relation_type',
      skillUri: 'SkillUri',
    });
    const hierarchy = resolveLayout('skillsHierarchy', ['level0Uri', 'LEVEL_0_PREFERRED_TERM']);
    expect(hierarchy.ok).toBe(true);
  });

  it('lists columns it does not read', () => {
    const result = resolveLayout('skillSkillRelations', [
      'originalSkillUri',
      'relationType',
      'relatedSkillUri',
      'comment',
    ]);
    expect(result.ok && result.layout.ignoredColumns).toEqual(['comment']);
  });

  it('names every missing required column', () => {
    const result = resolveLayout('occupationSkillRelations', ['occupationUri', 'skillType']);
    expect(result).toEqual({
      ok: false,
      missing: ['relationType', 'skillUri'],
      reason:
        'header: missing required columns relationType, skillUri for occupationSkillRelations ' +
        '(found: occupationUri, skillType)',
    });
  });
});
