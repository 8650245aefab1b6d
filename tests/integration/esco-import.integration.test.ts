import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../src/db/database.ts';
import { rows } from '../../src/db/migrate.ts';
import {
  importEsco,
  type EscoFileSummary,
  type EscoImportSummary,
} from '../../src/modules/taxonomy/esco-import/index.ts';
import {
  findOccupationsForJobTitle,
  searchConcepts,
} from '../../src/modules/taxonomy/use-cases/search-concepts.ts';
import { freshDatabase } from '../helpers/test-database.ts';

/** Imports the hand-made ESCO fixtures (both layouts, with broken rows) into a fresh database. */
const FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../fixtures/esco');

const ESCO = 'http://data.europa.eu/esco';
const skill = (n: number) => `${ESCO}/skill/aaaa000${n}-0000-4000-8000-00000000000${n}`;
const group = (n: number) => `${ESCO}/skill/bbbb000${n}-0000-4000-8000-00000000000${n}`;
const occupation = (n: number) => `${ESCO}/occupation/cccc000${n}-0000-4000-8000-00000000000${n}`;

const TABLES = [
  'skills',
  'occupations',
  'isco_groups',
  'skill_broader',
  'occupation_skills',
  'occupation_broader',
  'skill_relations',
  'concept_labels',
] as const;

async function query<T>(db: Db, statement: ReturnType<typeof sql>): Promise<T[]> {
  return rows<T>(await db.execute(statement));
}

/** Row counts of the ESCO tables (the starter scheme is not loaded by freshDatabase). */
async function tableCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const [r] = await query<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${t}`));
    out[t] = r?.n ?? -1;
  }
  return out;
}

const byFile = (s: EscoImportSummary, name: string): EscoFileSummary => {
  const f = s.files.find((x) => x.file === name);
  if (f === undefined) throw new Error(`${name} not in the summary`);
  return f;
};

/** Rejected line numbers per file: what a user sees to repair a download. */
const rejectedLines = (s: EscoImportSummary) =>
  Object.fromEntries(
    s.files.filter((f) => f.rejected > 0).map((f) => [f.file, f.rejections.map((r) => r.line)]),
  );

const LAYOUTS = [
  {
    version: 'v1.1',
    relations: 'occupationSkillRelations.csv',
    rejected: {
      'ISCOGroups_en.csv': [9],
      'skills_en.csv': [9, 10],
      'skills_nl.csv': [5],
      'occupations_en.csv': [7],
      'broaderRelationsOccPillar.csv': [5],
      'broaderRelationsSkillPillar.csv': [5],
      'skillsHierarchy_en.csv': [5],
      'occupationSkillRelations.csv': [4, 5, 6],
    },
    dutchSkill: { uri: skill(3), label: 'heftruck besturen', query: 'heftruck' },
    skippedFiles: ['conceptSchemes_en.csv', 'digitalSkillsCollection_en.csv'],
  },
  {
    version: 'v1.2',
    relations: 'occupationSkillRelations_en.csv',
    rejected: {
      'ISCOGroups_en.csv': [9],
      'skills_en.csv': [9, 10, 14, 15, 16],
      'occupations_en.csv': [8],
      'broaderRelationsOccPillar_en.csv': [5],
      'broaderRelationsSkillPillar_en.csv': [5],
      'skillsHierarchy_en.csv': [5],
      'occupationSkillRelations_en.csv': [4, 5, 6],
    },
    dutchSkill: { uri: skill(2), label: 'logistieke software', query: 'logistieke' },
    skippedFiles: [
      'conceptSchemes_en.csv',
      'digitalSkillsCollection_en.csv',
      'greenShareOcc_en.csv',
      'occupationSkillRelations_nl.csv',
    ],
  },
] as const;

describe.each(LAYOUTS)('import-esco, ESCO $version layout', (layout) => {
  const dir = join(FIXTURES, layout.version);
  let database: Database;
  let db: Db;
  beforeEach(async () => {
    database = await freshDatabase();
    db = database.db;
  });
  afterEach(async () => {
    await database.close();
  });

  it('imports every valid row and rejects the broken ones with line numbers and reasons', async () => {
    const s = await importEsco(db, dir);

    expect(s.languages).toEqual(['en', 'nl']);
    expect(s.files.map((f) => f.kind)).toEqual([
      'ISCOGroups',
      'ISCOGroups',
      'skillGroups',
      'skillGroups',
      'skills',
      'skills',
      'occupations',
      'occupations',
      'broaderRelationsOccPillar',
      'broaderRelationsSkillPillar',
      'skillsHierarchy',
      'skillsHierarchy',
      'occupationSkillRelations',
      'skillSkillRelations',
    ]);
    expect(s.skippedFiles.map((f) => f.file).sort()).toEqual([...layout.skippedFiles].sort());
    for (const f of s.files) {
      expect(f.fatal, f.file).toBeNull();
      expect(f.inserted + f.updated + f.unchanged + f.skipped + f.rejected, f.file).toBe(
        f.rowsRead,
      );
    }
    expect(rejectedLines(s)).toEqual(layout.rejected);
    const relations = byFile(s, layout.relations);
    expect(relations).toMatchObject({ rowsRead: 6, inserted: 3, rejected: 3 });
    expect(relations.rejections).toEqual([
      {
        line: 4,
        field: 'relationType',
        reason: 'relationType: unknown value "mandatory" (expected essential | optional)',
      },
      { line: 5, field: 'skillUri', reason: 'skillUri: missing (required)' },
      {
        line: 6,
        field: 'skillUri',
        reason: 'occupationUri + skillUri: same as line 2',
      },
    ]);
    expect(byFile(s, 'skills_en.csv')).toMatchObject({ inserted: 3, updated: 0 });
    // The Dutch file adds Dutch labels to the concepts the English file created.
    expect(byFile(s, 'skills_nl.csv')).toMatchObject({ inserted: 0, updated: 2 });
    expect(byFile(s, 'skillsHierarchy_en.csv').skipReasons).toEqual([
      { reason: 'top level of the hierarchy: no broader group to store', count: 1, firstLine: 2 },
    ]);
    expect(s.totals.rowsRead).toBe(s.files.reduce((n, f) => n + f.rowsRead, 0));
  });

  it('stores concepts, languages, hierarchy and relations where they belong', async () => {
    await importEsco(db, dir);

    const skills = await query<Record<string, string | null>>(
      db,
      sql`select uri, kind, skill_type, reuse_level, label_en, label_nl, description_en
          from skills where scheme = 'esco' order by uri`,
    );
    expect(skills.map((r) => [r['uri'], r['kind']])).toEqual([
      [`${ESCO}/isced-f/1041`, 'group'],
      [skill(1), 'skill'],
      [skill(2), 'skill'],
      [skill(3), 'skill'],
      [group(0), 'group'],
      [group(1), 'group'],
    ]);
    expect(skills[1]).toMatchObject({
      skill_type: 'skill/competence',
      reuse_level: 'sector-specific',
      label_en: 'plan delivery routes',
      label_nl: 'bezorgroutes plannen',
      description_en: 'Plan delivery routes, taking "time windows" and traffic into account.',
    });
    const dutch = skills.find((r) => r['uri'] === layout.dutchSkill.uri);
    expect(dutch?.['label_nl']).toBe(layout.dutchSkill.label);

    const occupations = await query<Record<string, string | null>>(
      db,
      sql`select uri, isco_code, code, label_en, label_nl, description_nl
          from occupations where scheme = 'esco' order by uri`,
    );
    expect(occupations).toEqual([
      {
        uri: occupation(1),
        isco_code: '4323',
        code: '4323.3',
        label_en: 'route planner',
        label_nl: 'routeplanner',
        description_nl: 'Routeplanners plannen bezorgroutes.',
      },
      {
        uri: occupation(2),
        isco_code: '8344',
        code: '8344.1',
        label_en: 'warehouse forklift driver',
        label_nl: 'heftruckchauffeur magazijn',
        description_nl: null,
      },
    ]);

    expect(
      await query(
        db,
        sql`select code, parent_code, label_en, label_nl from isco_groups order by code`,
      ),
    ).toEqual([
      {
        code: '4',
        parent_code: null,
        label_en: 'Clerical support workers',
        label_nl: 'Administratief medewerkers',
      },
      {
        code: '4323',
        parent_code: '4',
        label_en: 'Transport clerks',
        label_nl: 'Medewerkers vervoersadministratie',
      },
      {
        code: '8344',
        parent_code: null,
        label_en: 'Lifting truck operators',
        label_nl: 'Heftruckbestuurders',
      },
    ]);

    const broader = await query<{ skill: string; broader: string }>(
      db,
      sql`select s.uri as skill, b.uri as broader from skill_broader sb
          join skills s on s.id = sb.skill_id join skills b on b.id = sb.broader_id
          order by 1, 2`,
    );
    expect(broader).toEqual([
      { skill: skill(1), broader: group(1) },
      { skill: skill(3), broader: skill(1) },
      { skill: group(1), broader: group(0) },
    ]);

    const relations = await query(
      db,
      sql`select o.uri as occupation, s.uri as skill, os.relation from occupation_skills os
          join occupations o on o.id = os.occupation_id join skills s on s.id = os.skill_id
          order by 1, 2`,
    );
    expect(relations).toEqual([
      { occupation: occupation(1), skill: skill(1), relation: 'essential' },
      { occupation: occupation(1), skill: skill(2), relation: 'optional' },
      { occupation: occupation(2), skill: skill(3), relation: 'essential' },
    ]);
    const skillRelations = await query(
      db,
      sql`select s.uri as skill, r.uri as related, sr.relation from skill_relations sr
          join skills s on s.id = sr.skill_id join skills r on r.id = sr.related_skill_id
          order by 1`,
    );
    expect(skillRelations).toEqual([
      { skill: skill(1), related: skill(2), relation: 'optional' },
      { skill: skill(3), related: skill(1), relation: 'essential' },
    ]);

    const labels = await query<{ lang: string; kind: string; label: string }>(
      db,
      sql`select cl.lang, cl.kind, cl.label from concept_labels cl join skills s on s.id = cl.concept_id
          where cl.concept_type = 'skill' and s.uri = ${skill(1)} order by 1, 2, 3`,
    );
    expect(labels).toEqual([
      { lang: 'en', kind: 'alt', label: 'plan routes' },
      { lang: 'en', kind: 'alt', label: 'route planning' },
      { lang: 'en', kind: 'alt', label: 'schedule delivery routes' },
      { lang: 'en', kind: 'preferred', label: 'plan delivery routes' },
      { lang: 'nl', kind: 'alt', label: 'routes plannen' },
      { lang: 'nl', kind: 'alt', label: 'routes uitstippelen' },
      { lang: 'nl', kind: 'preferred', label: 'bezorgroutes plannen' },
    ]);
    const hidden = await query<{ label: string }>(
      db,
      sql`select cl.label from concept_labels cl join skills s on s.id = cl.concept_id
          where cl.concept_type = 'skill' and s.uri = ${skill(2)} and cl.kind = 'hidden' order by 1`,
    );
    expect(hidden.map((h) => h.label)).toEqual(['TMS', 'WMS']);
  });

  it('changes nothing on a second import of the same files', async () => {
    await importEsco(db, dir);
    const before = await tableCounts(db);
    const labelIds = await query<{ id: number }>(
      db,
      sql`select id from concept_labels order by id`,
    );

    const second = await importEsco(db, dir);

    for (const f of second.files) {
      expect({ file: f.file, inserted: f.inserted, updated: f.updated }).toEqual({
        file: f.file,
        inserted: 0,
        updated: 0,
      });
    }
    expect(second.totals.unchanged).toBeGreaterThan(0);
    expect(await tableCounts(db)).toEqual(before);
    // Unchanged labels are left in place, not deleted and re-inserted.
    expect(await query(db, sql`select id from concept_labels order by id`)).toEqual(labelIds);
  });

  it('makes Dutch ESCO labels findable by search and job title', async () => {
    await importEsco(db, dir);

    const skills = await searchConcepts(db, 'skill', {
      q: layout.dutchSkill.query,
      lang: 'nl',
      scheme: 'esco',
      limit: 5,
    });
    expect(skills[0]).toMatchObject({ uri: layout.dutchSkill.uri, label: layout.dutchSkill.label });

    const groups = await searchConcepts(db, 'skill', {
      q: 'goederen',
      lang: 'nl',
      scheme: 'esco',
      limit: 5,
    });
    expect(groups).toEqual([]); // skill groups are stored but are not offered as skills

    const occupations = await findOccupationsForJobTitle(db, {
      title: 'heftruckchauffeur',
      lang: 'nl',
      scheme: 'esco',
      limit: 5,
    });
    expect(occupations[0]).toMatchObject({
      uri: occupation(2),
      label: 'heftruckchauffeur magazijn',
      matchedLabel: 'heftruckchauffeur',
    });
  });
});

describe('import-esco, changes and edge cases', () => {
  let database: Database;
  let db: Db;
  let dir: string;
  beforeEach(async () => {
    database = await freshDatabase();
    db = database.db;
    dir = await mkdtemp(join(tmpdir(), 'overstap-esco-'));
  });
  afterEach(async () => {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  const edit = async (name: string, change: (text: string) => string) => {
    const path = join(dir, name);
    const text = await readFile(path, 'utf8');
    const changed = change(text);
    expect(changed, `${name} must change`).not.toBe(text);
    await writeFile(path, changed);
  };

  it('updates what changed, in that language only, and skips concepts that are not released', async () => {
    await cp(join(FIXTURES, 'v1.1'), dir, { recursive: true });
    await importEsco(db, dir);
    const englishLabelIds = await query<{ id: number }>(
      db,
      sql`select cl.id from concept_labels cl join skills s on s.id = cl.concept_id
          where cl.concept_type = 'skill' and cl.lang = 'en' and s.uri = ${skill(3)} order by 1`,
    );

    await edit('skills_nl.csv', (t) => t.replace('heftruck besturen', 'heftruck rijden'));
    await edit(
      'skills_en.csv',
      (t) =>
        `${t}KnowledgeSkillCompetence,${skill(4)},knowledge,cross-sector,withdrawn skill,,,obsolete,,,,,\r\n`,
    );
    await edit('occupationSkillRelations.csv', (t) =>
      t
        .replace(
          `${occupation(1)},optional,knowledge,${skill(2)}`,
          `${occupation(1)},essential,knowledge,${skill(2)}`,
        )
        .concat(`${occupation(1)},optional,knowledge,${skill(4)}\n`),
    );
    const second = await importEsco(db, dir);

    expect(byFile(second, 'skills_nl.csv')).toMatchObject({
      updated: 1,
      unchanged: 1,
      rejected: 1,
    });
    expect(byFile(second, 'skills_en.csv')).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 3,
      skipped: 1,
      skipReasons: [
        {
          reason: 'status "obsolete": only released concepts are imported',
          count: 1,
          firstLine: 14,
        },
      ],
    });
    const relations = byFile(second, 'occupationSkillRelations.csv');
    expect(relations).toMatchObject({ inserted: 0, updated: 1, unchanged: 2, rejected: 4 });
    expect(relations.rejections.at(-1)).toEqual({
      line: 8,
      field: 'skillUri',
      reason: `skillUri: skill ${skill(4)} was not imported (status "obsolete": only released concepts are imported)`,
    });
    for (const f of second.files.filter((x) => !/^(skills_|occupationSkill)/.test(x.file))) {
      expect({ file: f.file, inserted: f.inserted, updated: f.updated }).toEqual({
        file: f.file,
        inserted: 0,
        updated: 0,
      });
    }

    const [forklift] = await query<{ label_nl: string; label_en: string }>(
      db,
      sql`select label_nl, label_en from skills where uri = ${skill(3)}`,
    );
    expect(forklift).toEqual({ label_nl: 'heftruck rijden', label_en: 'operate a forklift' });
    const dutch = await query<{ label: string }>(
      db,
      sql`select cl.label from concept_labels cl join skills s on s.id = cl.concept_id
          where cl.concept_type = 'skill' and cl.lang = 'nl' and s.uri = ${skill(3)}`,
    );
    expect(dutch).toEqual([{ label: 'heftruck rijden' }]);
    // The English labels of the same concept were not touched.
    expect(
      await query(
        db,
        sql`select cl.id from concept_labels cl join skills s on s.id = cl.concept_id
            where cl.concept_type = 'skill' and cl.lang = 'en' and s.uri = ${skill(3)} order by 1`,
      ),
    ).toEqual(englishLabelIds);
    expect(
      await query(db, sql`select count(*)::int as n from skills where uri = ${skill(4)}`),
    ).toEqual([{ n: 0 }]);
    const [changed] = await query<{ relation: string }>(
      db,
      sql`select os.relation from occupation_skills os
          join occupations o on o.id = os.occupation_id join skills s on s.id = os.skill_id
          where o.uri = ${occupation(1)} and s.uri = ${skill(2)}`,
    );
    expect(changed?.relation).toBe('essential');
  });

  it('imports only the chosen languages, but always the relation files', async () => {
    await cp(join(FIXTURES, 'v1.2'), dir, { recursive: true });
    const s = await importEsco(db, dir, { languages: ['en'] });

    expect(s.languages).toEqual(['en']);
    expect(s.skippedFiles).toContainEqual({
      file: 'skills_nl.csv',
      reason: 'language nl not selected',
    });
    expect(s.files.map((f) => f.file)).toContain('occupationSkillRelations_en.csv');
    expect(await query(db, sql`select distinct lang from concept_labels`)).toEqual([
      { lang: 'en' },
    ]);
    expect(
      await query(db, sql`select count(*)::int as n from skills where label_nl is not null`),
    ).toEqual([{ n: 0 }]);
  });

  it('keeps labels of other languages in concept_labels only', async () => {
    await cp(join(FIXTURES, 'v1.1/skills_en.csv'), join(dir, 'skills_en.csv'));
    await cp(join(FIXTURES, 'v1.1/skills_nl.csv'), join(dir, 'skills_de.csv'));
    const s = await importEsco(db, dir);

    expect(byFile(s, 'skills_de.csv')).toMatchObject({ inserted: 0, updated: 2, rejected: 1 });
    const [row] = await query(
      db,
      sql`select label_en, label_nl from skills where uri = ${skill(1)}`,
    );
    expect(row).toEqual({ label_en: 'plan delivery routes', label_nl: null });
    const german = await query<{ label: string }>(
      db,
      sql`select label from concept_labels where lang = 'de' and kind = 'preferred' order by 1`,
    );
    expect(german.map((g) => g.label)).toEqual(['bezorgroutes plannen', 'heftruck besturen']);
    expect((await importEsco(db, dir)).totals).toMatchObject({ inserted: 0, updated: 0 });
  });

  it('reports a file without its required columns as not imported and goes on', async () => {
    await cp(join(FIXTURES, 'v1.1/ISCOGroups_en.csv'), join(dir, 'ISCOGroups_en.csv'));
    await writeFile(
      join(dir, 'skills_en.csv'),
      `conceptType,uri,preferredLabel\nKnowledgeSkillCompetence,${skill(1)},plan routes\n`,
    );
    const s = await importEsco(db, dir);

    expect(byFile(s, 'ISCOGroups_en.csv')).toMatchObject({ inserted: 3, fatal: null });
    const broken = byFile(s, 'skills_en.csv');
    expect(broken).toMatchObject({ rowsRead: 0, inserted: 0, rejected: 0 });
    expect(broken.fatal).toMatch(/conceptUri/);
    expect(broken.rejections).toEqual([{ line: 1, field: null, reason: broken.fatal }]);
  });

  it('returns an empty summary for a directory without ESCO files', async () => {
    await writeFile(join(dir, 'notes.txt'), 'nothing here');
    const s = await importEsco(db, dir);
    expect(s.files).toEqual([]);
    expect(s.skippedFiles).toEqual([{ file: 'notes.txt', reason: 'not a CSV file' }]);
    expect(s.totals.files).toBe(0);
  });
});
