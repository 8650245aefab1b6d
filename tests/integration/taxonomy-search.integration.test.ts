import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConceptHit, OccupationDetail } from '../../src/modules/taxonomy/contracts.ts';
import { loadStarterTaxonomy } from '../../src/modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import type { StarterTaxonomy } from '../../src/modules/taxonomy/starter/types.ts';
import { aRegion, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

/** A hand-made miniature in the starter shape, so these tests do not depend on the real data. */
const mini: StarterTaxonomy = {
  scheme: 'starter',
  version: 'test',
  sectors: [
    { code: 'care', labelNl: 'Zorg en welzijn', labelEn: 'Care and welfare', shortage: true },
    { code: 'cleaning', labelNl: 'Schoonmaak', labelEn: 'Cleaning', shortage: false },
  ],
  skillGroups: [{ code: 'group.care', labelNl: 'Zorg', labelEn: 'Care' }],
  skills: [
    {
      code: 'care.personal',
      type: 'skill',
      labelNl: 'Persoonlijke verzorging bieden',
      labelEn: 'Provide personal care',
      altLabelsNl: ['verzorgende taken'],
      altLabelsEn: [],
      broader: 'group.care',
    },
    {
      code: 'clean.floors',
      type: 'skill',
      labelNl: 'Schoonmaak van vloeren',
      labelEn: 'Floor cleaning',
      altLabelsNl: [],
      altLabelsEn: ['mopping'],
    },
    {
      code: 'tr.customer',
      type: 'transversal',
      labelNl: 'Klantgerichtheid',
      labelEn: 'Customer orientation',
      altLabelsNl: ['klantvriendelijk'],
      altLabelsEn: [],
    },
  ],
  occupations: [
    {
      code: 'occ.care-assistant',
      iscoCode: '5322',
      sector: 'care',
      labelNl: 'Verzorgende IG',
      labelEn: 'Care assistant',
      altLabelsNl: ['verzorgende', 'zorgmedewerker niveau 3'],
      altLabelsEn: ['nursing assistant'],
      descriptionNl: 'Verzorgt cliënten.',
      essentialSkills: ['care.personal', 'tr.customer'],
      optionalSkills: ['clean.floors'],
    },
    {
      code: 'occ.cleaner',
      iscoCode: '9112',
      sector: 'cleaning',
      labelNl: 'Schoonmaker',
      labelEn: 'Cleaner',
      altLabelsNl: ['schoonmaakmedewerker', 'interieurverzorger'],
      altLabelsEn: [],
      descriptionNl: 'Maakt schoon.',
      essentialSkills: ['clean.floors'],
      optionalSkills: [],
    },
    {
      code: 'occ.waiter',
      iscoCode: '5131',
      sector: 'cleaning',
      labelNl: 'Medewerker bediening',
      labelEn: 'Waiter',
      altLabelsNl: ['ober', 'serveerster', 'kelner'],
      altLabelsEn: ['waitress'],
      descriptionNl: 'Bedient gasten.',
      essentialSkills: ['tr.customer'],
      optionalSkills: [],
    },
  ],
};

describe('skill and occupation search', () => {
  let t: TestApp;
  let c: ApiClient;
  beforeAll(async () => {
    t = await testApp();
    await loadStarterTaxonomy(t.db, mini);
    const region = await aRegion(t.db);
    await aUser(t.db, { regionId: region.id, email: 'cand@example.test' });
    c = t.client();
    await c.login('cand@example.test', TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const labels = async (url: string) => (await c.get<ConceptHit[]>(url)).body.map((h) => h.label);

  it('finds a word from its beginning, in any case, with and without accents', async () => {
    expect((await labels('/api/taxonomy/occupations?q=verzorg'))[0]).toBe('Verzorgende IG');
    expect(await labels('/api/taxonomy/skills?q=VERZORG')).toContain(
      'Persoonlijke verzorging bieden',
    );
    expect((await labels('/api/taxonomy/skills?q=kl%C3%A1ntgericht'))[0]).toBe('Klantgerichtheid');
  });

  it('offers skills, never the groups of the hierarchy', async () => {
    const hits = await labels('/api/taxonomy/skills?q=zorg');
    expect(hits).not.toContain('Zorg');
  });

  it('tolerates a typo', async () => {
    expect(await labels('/api/taxonomy/skills?q=schoonmak')).toContain('Schoonmaak van vloeren');
  });

  it('finds English labels and answers in the language asked for', async () => {
    expect((await labels('/api/taxonomy/skills?q=mopping&lang=en'))[0]).toBe('Floor cleaning');
    const hits = (await c.get<ConceptHit[]>('/api/taxonomy/skills?q=mopping&lang=nl')).body;
    expect(hits[0]).toMatchObject({ label: 'Schoonmaak van vloeren', matchedLabel: 'mopping' });
  });

  it('proposes occupations for a job title as people type it', async () => {
    expect((await labels('/api/taxonomy/job-titles?title=zorgmedewerker%20niveau%203'))[0]).toBe(
      'Verzorgende IG',
    );
    expect((await labels('/api/taxonomy/job-titles?title=serveerster'))[0]).toBe(
      'Medewerker bediening',
    );
    expect((await labels('/api/taxonomy/job-titles?title=schoonmaakster'))[0]).toBe('Schoonmaker');
  });

  it('proposes occupations for job titles with a typo or extra words', async () => {
    expect((await labels('/api/taxonomy/job-titles?title=serveerstr'))[0]).toBe(
      'Medewerker bediening',
    );
    expect(
      (await labels('/api/taxonomy/job-titles?title=schoonmaakmedewerker%20kantoren'))[0],
    ).toBe('Schoonmaker');
    expect((await labels('/api/taxonomy/job-titles?title=kelner&lang=en'))[0]).toBe('Waiter');
  });

  it('follows label changes in job-title search at the next query', async () => {
    await t.db.execute(sql`
      insert into concept_labels (concept_type, concept_id, lang, kind, label, search_text)
      select 'occupation', id, 'nl', 'alt', 'Glazenwasser', 'glazenwasser'
      from occupations where label_nl = 'Schoonmaker'
    `);
    expect((await labels('/api/taxonomy/job-titles?title=glazenwasser'))[0]).toBe('Schoonmaker');
    await t.db.execute(sql`delete from concept_labels where search_text = 'glazenwasser'`);
    expect(await labels('/api/taxonomy/job-titles?title=glazenwasser')).not.toContain(
      'Schoonmaker',
    );
  });

  it('follows label changes in skill search at the next query', async () => {
    await t.db.execute(sql`
      insert into concept_labels (concept_type, concept_id, lang, kind, label, search_text)
      select 'skill', id, 'nl', 'alt', 'Dweilen', 'dweilen'
      from skills where label_nl = 'Schoonmaak van vloeren'
    `);
    const hits = (await c.get<ConceptHit[]>('/api/taxonomy/skills?q=dweil')).body;
    expect(hits[0]).toMatchObject({ label: 'Schoonmaak van vloeren', matchedLabel: 'Dweilen' });
    await t.db.execute(sql`
      update skills set label_nl = 'Vloeren schoonmaken' where label_nl = 'Schoonmaak van vloeren'
    `);
    expect((await labels('/api/taxonomy/skills?q=dweil'))[0]).toBe('Vloeren schoonmaken');
    await t.db.execute(sql`delete from concept_labels where search_text = 'dweilen'`);
    await t.db.execute(sql`
      update skills set label_nl = 'Schoonmaak van vloeren' where label_nl = 'Vloeren schoonmaken'
    `);
    expect(await labels('/api/taxonomy/skills?q=dweil')).toEqual([]);
  });

  it('shows an occupation with its essential and optional skills', async () => {
    const hits = (await c.get<ConceptHit[]>('/api/taxonomy/occupations?q=verzorgende')).body;
    const detail = await c.get<OccupationDetail>(`/api/taxonomy/occupations/${hits[0]?.id}`);
    expect(
      detail.body.skills
        .filter((s) => s.relation === 'essential')
        .map((s) => s.label)
        .sort(),
    ).toEqual(['Klantgerichtheid', 'Persoonlijke verzorging bieden']);
    expect(detail.body.skills.find((s) => s.relation === 'optional')?.label).toBe(
      'Schoonmaak van vloeren',
    );
  });

  it('loading the starter taxonomy twice changes nothing', async () => {
    const before = (await c.get<ConceptHit[]>('/api/taxonomy/skills?q=k&limit=50')).body.length;
    await loadStarterTaxonomy(t.db, mini);
    const after = (await c.get<ConceptHit[]>('/api/taxonomy/skills?q=k&limit=50')).body.length;
    expect(after).toBe(before);
  });

  it('names the field of a bad query', async () => {
    const res = await c.get('/api/taxonomy/skills?q=');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { field: 'querystring.q' } });
  });
});
