import { describe, expect, it } from 'vitest';
import { classifyEscoFileName } from './file-kinds.ts';

describe('classifyEscoFileName', () => {
  it.each([
    ['skills_en.csv', 'skills', 'en'],
    ['skills_nl.csv', 'skills', 'nl'],
    ['occupations_pt.csv', 'occupations', 'pt'],
    ['ISCOGroups_nl.csv', 'ISCOGroups', 'nl'],
    ['iscogroups_NL.CSV', 'ISCOGroups', 'nl'],
    ['skillGroups_de.csv', 'skillGroups', 'de'],
    ['skillsHierarchy_en.csv', 'skillsHierarchy', 'en'],
    ['broaderRelationsSkillPillar.csv', 'broaderRelationsSkillPillar', null],
    ['broaderRelationsSkillPillar_en.csv', 'broaderRelationsSkillPillar', 'en'],
    ['broaderRelationsOccPillar.csv', 'broaderRelationsOccPillar', null],
    ['occupationSkillRelations.csv', 'occupationSkillRelations', null],
    ['occupationSkillRelations_nl.csv', 'occupationSkillRelations', 'nl'],
    ['skillSkillRelations_en.csv', 'skillSkillRelations', 'en'],
    ['skills_en-us.csv', 'skills', 'en-us'],
  ])('%s → %s (%s)', (name, kind, lang) => {
    expect(classifyEscoFileName(name)).toEqual({ status: 'import', kind, lang });
  });

  it.each([
    ['digitalSkillsCollection_en.csv', 'collection (a subset of skills or occupations)'],
    ['researchOccupationsCollection_nl.csv', 'collection (a subset of skills or occupations)'],
    ['conceptSchemes_en.csv', 'concept schemes'],
    ['greenShareOcc_en.csv', 'not an ESCO file kind this importer reads'],
    ['skills_nl_provenance.csv', 'not an ESCO file name this importer knows'],
    ['README.md', 'not a CSV file'],
    ['skills.csv', 'no language suffix; expected skills_<lang>.csv, e.g. skills_en.csv'],
  ])('skips %s: %s', (name, reason) => {
    expect(classifyEscoFileName(name)).toEqual({ status: 'skip', reason });
  });
});
