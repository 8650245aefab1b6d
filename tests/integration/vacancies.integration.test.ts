import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Region } from '../../src/modules/organisations/contracts.ts';
import type { StarterTaxonomy } from '../../src/modules/taxonomy/starter/types.ts';
import {
  loadStarterTaxonomy,
  starterOccupationUri,
  starterSkillUri,
} from '../../src/modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import type { CarveResult, HistoryEntry, Vacancy } from '../../src/modules/vacancies/contracts.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

/** A hand-made miniature taxonomy, so the expectations below do not depend on the real data. */
const mini: StarterTaxonomy = {
  scheme: 'starter',
  version: 'test',
  sectors: [{ code: 'care', labelNl: 'Zorg', labelEn: 'Care', shortage: true }],
  skillGroups: [],
  skills: [
    ['care.washing', 'Helpen bij wassen', 'skill'],
    ['care.meals', 'Helpen bij eten', 'skill'],
    ['care.medication', 'Medicatie toedienen', 'skill'],
    ['tr.empathy', 'Inlevingsvermogen', 'transversal'],
    ['hosp.coffee', 'Koffie zetten', 'skill'],
  ].map(([code, labelNl, type]) => ({
    code: code as string,
    type: type as 'skill' | 'transversal',
    labelNl: labelNl as string,
    labelEn: `${labelNl} (en)`,
    altLabelsNl: [],
    altLabelsEn: [],
  })),
  occupations: [
    {
      code: 'occ.care-helper',
      sector: 'care',
      labelNl: 'Helpende zorg en welzijn',
      labelEn: 'Care helper',
      altLabelsNl: ['helpende'],
      altLabelsEn: [],
      descriptionNl: 'Helpt cliënten.',
      essentialSkills: ['care.washing', 'care.meals', 'tr.empathy'],
      optionalSkills: ['hosp.coffee'],
    },
  ],
};

describe('vacancies in tasks and skills', () => {
  let t: TestApp;
  let region: Region;
  let occupationId: number;
  const skill = new Map<string, number>();
  const as = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, TEST_PASSWORD)).status).toBe(200);
    return c;
  };
  const put = <T>(c: ApiClient, url: string, body: unknown) => c.request<T>('PUT', url, body);
  const post = async (c: ApiClient, body: Record<string, unknown>) => {
    const res = await c.post<Vacancy>('/api/vacancies', { title: 'Helpende', ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    t = await testApp();
    await loadStarterTaxonomy(t.db, mini);
    await aUser(t.db, {
      role: 'admin',
      regionId: (await aRegion(t.db)).id,
      email: 'v-admin@example.test',
    });
    region = await aRegion(t.db);
    const far = await aRegion(t.db);
    const careA = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'Zorg A',
      kinds: ['hiring_employer'],
    });
    const careB = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'Zorg B',
      kinds: ['hiring_employer'],
    });
    const catering = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'Catering C',
      kinds: ['releasing_employer'],
    });
    const uwv = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'UWV',
      kinds: ['public_employment_service'],
    });
    const farUwv = await anOrganisation(t.db, {
      regionId: far.id,
      name: 'UWV ver',
      kinds: ['public_employment_service'],
    });
    const school = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'School',
      kinds: ['training_provider'],
    });
    const users: [string, string, string | null, string][] = [
      ['a@v.test', 'employer', careA.id, region.id],
      ['b@v.test', 'employer', careB.id, region.id],
      ['cat@v.test', 'employer', catering.id, region.id],
      ['cm@v.test', 'case_manager', uwv.id, region.id],
      ['far@v.test', 'case_manager', farUwv.id, far.id],
      ['cand@v.test', 'candidate', null, region.id],
      ['prov@v.test', 'provider', school.id, region.id],
    ];
    for (const [email, role, organisationId, regionId] of users) {
      await aUser(t.db, { email, role: role as 'employer', organisationId, regionId });
    }
    const admin = await as('v-admin@example.test');
    const found = await admin.get<{ id: number; uri: string }[]>(
      '/api/taxonomy/occupations?q=helpende&scheme=starter',
    );
    occupationId =
      found.body.find((o) => o.uri === starterOccupationUri('occ.care-helper'))?.id ?? 0;
    for (const code of [
      'care.washing',
      'care.meals',
      'care.medication',
      'tr.empathy',
      'hosp.coffee',
    ]) {
      const hits = await admin.get<{ id: number; uri: string }[]>(
        `/api/taxonomy/skills?q=${encodeURIComponent(mini.skills.find((s) => s.code === code)?.labelNl ?? '')}`,
      );
      skill.set(code, hits.body.find((h) => h.uri === starterSkillUri(code))?.id ?? 0);
    }
  });
  afterAll(() => t.close());

  it('starts the requirements from the occupation, then lets the employer override them', async () => {
    const a = await as('a@v.test');
    const v = await post(a, {
      occupationId,
      fromOccupation: true,
      tasks: ['Cliënten helpen bij wassen en aankleden', 'Koffie en maaltijden verzorgen'],
      postcode: '5341ab',
      city: 'Oss',
      hoursMin: 16,
      hoursMax: 24,
      salaryMin: 2300,
      salaryMax: 2900,
      conditionalContract: true,
      conditions: {
        collectiveAgreement: 'cao VVT',
        leaveDaysPerYear: 25,
        irregularHoursPay: 'allowance',
      },
      requirements: [
        { skillId: skill.get('care.meals'), importance: 'essential', learnable: true, minLevel: 1 },
        { skillId: skill.get('care.medication'), importance: 'optional' },
      ],
    });
    const byUri = new Map(v.requirements.map((r) => [r.skill.uri, r]));
    expect(byUri.get(starterSkillUri('care.washing'))).toMatchObject({
      importance: 'essential',
      learnable: false,
      minLevel: 2,
    });
    expect(byUri.get(starterSkillUri('tr.empathy'))?.importance).toBe('essential');
    expect(byUri.get(starterSkillUri('hosp.coffee'))).toMatchObject({
      importance: 'optional',
      minLevel: 1,
    });
    expect(byUri.get(starterSkillUri('care.meals'))).toMatchObject({
      learnable: true,
      minLevel: 1,
    });
    expect(byUri.get(starterSkillUri('care.medication'))?.importance).toBe('optional');
    expect(v.requirements).toHaveLength(5);
    expect(v).toMatchObject({
      status: 'open',
      postcode: '5341 AB',
      lat: expect.closeTo(51.765, 2),
      occupation: { id: occupationId, labelNl: 'Helpende zorg en welzijn' },
      sector: 'care',
      conditions: { collectiveAgreement: 'cao VVT', leaveDaysPerYear: 25, pensionScheme: null },
      nextStatuses: ['paused', 'filled', 'closed'],
    });
    expect(v.createdByUserId).toEqual(expect.any(String));

    const suggested = await a.get<unknown[]>(
      `/api/vacancies/suggested-requirements?occupationId=${occupationId}`,
    );
    expect(suggested.body).toHaveLength(4);
  });

  it('keeps vacancies to their employer: B neither sees nor changes A’s (404)', async () => {
    const a = await as('a@v.test');
    const b = await as('b@v.test');
    const v = await post(a, { title: 'Zorghulp nacht' });
    expect((await b.get(`/api/vacancies/${v.id}`)).status).toBe(404);
    expect((await b.patch(`/api/vacancies/${v.id}`, { title: 'Van mij' })).status).toBe(404);
    expect((await b.post(`/api/vacancies/${v.id}/status`, { status: 'closed' })).status).toBe(404);
    expect((await put(b, `/api/vacancies/${v.id}/requirements`, { requirements: [] })).status).toBe(
      404,
    );
    expect((await b.get(`/api/vacancies/${v.id}/history`)).status).toBe(404);
    const list = await b.get<Vacancy[]>('/api/vacancies');
    expect(list.body.map((x) => x.id)).not.toContain(v.id);
    const ownList = await a.get<Vacancy[]>('/api/vacancies');
    expect(ownList.body.every((x) => x.employer.name === 'Zorg A')).toBe(true);
  });

  it('lets only hiring employers post, for their own organisation', async () => {
    const cat = await as('cat@v.test');
    expect((await cat.post('/api/vacancies', { title: 'Kok' })).status).toBe(403);
    const cm = await as('cm@v.test');
    expect((await cm.post('/api/vacancies', { title: 'Kok' })).status).toBe(403);
    const a = await as('a@v.test');
    const bad = await a.post<{ error: { field: string; message: string } }>('/api/vacancies', {
      title: 'X',
      hoursMin: 30,
      hoursMax: 20,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('title');
    const band = await a.post<{ error: { field: string; message: string } }>('/api/vacancies', {
      title: 'Helpende',
      hoursMin: 30,
      hoursMax: 20,
    });
    expect(band.body.error).toMatchObject({
      field: 'hoursMax',
      message: expect.stringMatching(/^hoursMax: /),
    });
  });

  it('shows case managers and candidates of the region the open vacancies only, without internals', async () => {
    const a = await as('a@v.test');
    const open = await post(a, { title: 'Gastvrouw zorg' });
    const draft = await post(a, { title: 'Concept', status: 'draft' });
    const cm = await as('cm@v.test');
    const cmList = await cm.get<Vacancy[]>('/api/vacancies');
    const ids = cmList.body.map((v) => v.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(draft.id);
    expect(cmList.body.every((v) => v.status === 'open')).toBe(true);
    expect((await cm.get(`/api/vacancies/${draft.id}`)).status).toBe(404);
    expect((await cm.patch(`/api/vacancies/${open.id}`, { title: 'Nee' })).status).toBe(403);
    expect((await cm.get<HistoryEntry[]>(`/api/vacancies/${open.id}/history`)).status).toBe(200);

    const cand = await as('cand@v.test');
    const seen = await cand.get<Vacancy>(`/api/vacancies/${open.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).not.toHaveProperty('createdByUserId');
    expect((await cand.get(`/api/vacancies/${draft.id}`)).status).toBe(404);
    expect((await cand.get(`/api/vacancies/${open.id}/history`)).status).toBe(403);
    const candList = await cand.get<Vacancy[]>('/api/vacancies?status=draft');
    expect(candList.body).toEqual([]);

    const far = await as('far@v.test');
    expect((await far.get<Vacancy[]>('/api/vacancies')).body).toEqual([]);
    expect((await far.get(`/api/vacancies/${open.id}`)).status).toBe(404);

    const prov = await as('prov@v.test');
    expect((await prov.get('/api/vacancies')).status).toBe(403);
  });

  it('filters the list by skill, occupation, text and flags', async () => {
    const cm = await as('cm@v.test');
    const bySkill = await cm.get<Vacancy[]>(
      `/api/vacancies?skillId=${skill.get('care.medication')}`,
    );
    expect(bySkill.body.length).toBeGreaterThan(0);
    expect(
      bySkill.body.every((v) =>
        v.requirements.some((r) => r.skill.id === skill.get('care.medication')),
      ),
    ).toBe(true);
    const byText = await cm.get<Vacancy[]>('/api/vacancies?q=aankleden');
    expect(byText.body.map((v) => v.title)).toEqual(['Helpende']);
    const conditional = await cm.get<Vacancy[]>(
      '/api/vacancies?conditionalContract=true&sector=care',
    );
    expect(conditional.body.every((v) => v.conditionalContract)).toBe(true);
    expect(conditional.body.length).toBeGreaterThan(0);
  });

  it('moves through draft → open ↔ paused → filled, refuses illegal steps, and keeps the history', async () => {
    const a = await as('a@v.test');
    const v = await post(a, { title: 'Voedingsassistent', status: 'draft' });
    const step = async (status: string, reason?: string) => {
      t.clock.advance(1000);
      return a.post<Vacancy & { error?: { field: string; message: string } }>(
        `/api/vacancies/${v.id}/status`,
        { status, ...(reason ? { reason } : {}) },
      );
    };
    expect((await step('paused')).status).toBe(409);
    expect((await step('open')).body.status).toBe('open');
    expect((await step('paused', 'wachten op budget')).body.status).toBe('paused');
    expect((await step('open')).body.status).toBe('open');
    expect((await step('filled')).body).toMatchObject({ status: 'filled', nextStatuses: [] });
    const again = await step('open');
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      field: 'status',
      message: expect.stringMatching(/^status: /),
    });
    const bogus = await a.post<{ error: { field: string } }>(`/api/vacancies/${v.id}/status`, {
      status: 'gone',
    });
    expect(bogus.status).toBe(400);
    expect(bogus.body.error.field).toBe('status');
    expect((await a.patch(`/api/vacancies/${v.id}`, { title: 'Later' })).status).toBe(409);

    const history = await a.get<HistoryEntry[]>(`/api/vacancies/${v.id}/history`);
    expect(history.body.map((h) => h.type)).toEqual([
      'vacancy.posted',
      'vacancy.status_changed',
      'vacancy.status_changed',
      'vacancy.status_changed',
      'vacancy.status_changed',
    ]);
    expect(history.body.slice(1).map((h) => `${h.data.from}→${h.data.to}`)).toEqual([
      'draft→open',
      'open→paused',
      'paused→open',
      'open→filled',
    ]);
    expect(history.body[2]?.data.reason).toBe('wachten op budget');
    expect(history.body[1]?.actor?.role).toBe('employer');
  });

  it('edits fields and replaces the requirements', async () => {
    const a = await as('a@v.test');
    const v = await post(a, { title: 'Helpende plus', city: 'Onbekendorp' });
    expect(v.lat).toBeNull();
    t.clock.advance(1000);
    const edited = await a.patch<Vacancy>(`/api/vacancies/${v.id}`, {
      city: 'Veghel',
      conditions: { travelAllowancePerKm: 0.23 },
    });
    expect(edited.body).toMatchObject({ city: 'Veghel', lat: expect.closeTo(51.62, 1) });
    expect(edited.body.conditions.travelAllowancePerKm).toBe(0.23);
    const req = await put<Vacancy>(a, `/api/vacancies/${v.id}/requirements`, {
      requirements: [
        { skillId: skill.get('care.washing'), importance: 'essential', minLevel: 3 },
        { skillId: skill.get('hosp.coffee'), importance: 'optional', learnable: true },
      ],
    });
    expect(req.status).toBe(200);
    expect(
      req.body.requirements.map((r) => [r.skill.uri, r.importance, r.minLevel, r.learnable]),
    ).toEqual([
      [starterSkillUri('care.washing'), 'essential', 3, false],
      [starterSkillUri('hosp.coffee'), 'optional', 1, true],
    ]);
    const twice = await put<{ error: { field: string } }>(
      a,
      `/api/vacancies/${v.id}/requirements`,
      {
        requirements: [
          { skillId: skill.get('care.washing'), importance: 'essential' },
          { skillId: skill.get('care.washing'), importance: 'optional' },
        ],
      },
    );
    expect(twice.body.error.field).toBe('requirements.1.skillId');
    const unknown = await put<{ error: { field: string } }>(
      a,
      `/api/vacancies/${v.id}/requirements`,
      {
        requirements: [{ skillId: 999999, importance: 'essential' }],
      },
    );
    expect(unknown.body.error.field).toBe('requirements.0.skillId');
  });

  it('carves a vacancy into two at different levels; the original closes', async () => {
    const a = await as('a@v.test');
    const v = await post(a, {
      title: 'Zorgmedewerker',
      occupationId,
      fromOccupation: true,
      tasks: ['Wassen en aankleden', 'Medicatie delen', 'Maaltijden en koffie rondbrengen'],
      positions: 4,
      requirements: [
        { skillId: skill.get('care.medication'), importance: 'essential', minLevel: 3 },
      ],
    });
    t.clock.advance(1000);
    const carve = await a.post<CarveResult>(`/api/vacancies/${v.id}/carve`, {
      a: {
        title: 'Zorgmedewerker (verzorging)',
        tasks: ['Wassen en aankleden', 'Medicatie delen'],
        requirements: [
          { skillId: skill.get('care.washing') },
          { skillId: skill.get('care.medication') },
        ],
        positions: 2,
      },
      b: {
        title: 'Gastvrouw zorg (maaltijden)',
        tasks: ['Maaltijden en koffie rondbrengen'],
        requirements: [
          { skillId: skill.get('care.meals'), minLevel: 1, learnable: true },
          { skillId: skill.get('hosp.coffee'), importance: 'essential' },
        ],
        salaryMax: 2600,
      },
      reason: 'zij-instromers uit de catering',
    });
    expect(carve.status, JSON.stringify(carve.body)).toBe(201);
    const { original, a: partA, b: partB } = carve.body;
    expect(original.status).toBe('closed');
    expect(partA).toMatchObject({
      carvedFromId: v.id,
      status: 'open',
      positions: 2,
      tasks: ['Wassen en aankleden', 'Medicatie delen'],
    });
    expect(partB).toMatchObject({
      carvedFromId: v.id,
      positions: 4,
      salaryMax: 2600,
      occupation: { id: occupationId },
    });
    expect(
      partA.requirements.find((r) => r.skill.id === skill.get('care.medication'))?.minLevel,
    ).toBe(3);
    expect(
      partB.requirements.map((r) => [r.skill.uri, r.importance, r.minLevel, r.learnable]),
    ).toEqual([
      [starterSkillUri('care.meals'), 'essential', 1, true],
      [starterSkillUri('hosp.coffee'), 'essential', 1, false],
    ]);
    const history = await a.get<HistoryEntry[]>(`/api/vacancies/${v.id}/history`);
    expect(history.body.map((h) => h.type)).toEqual([
      'vacancy.posted',
      'vacancy.carved',
      'vacancy.status_changed',
    ]);

    const notRequired = await a.post<{ error: { field: string } }>(
      `/api/vacancies/${partB.id}/carve`,
      {
        a: {
          title: 'X1',
          tasks: ['a b'],
          requirements: [{ skillId: skill.get('care.medication') }],
        },
        b: { title: 'X2', tasks: ['c d'] },
      },
    );
    expect(notRequired.body.error.field).toBe('a.requirements.0.skillId');
    const closed = await a.post(`/api/vacancies/${v.id}/carve`, {
      a: { title: 'X1', tasks: ['a b'] },
      b: { title: 'X2', tasks: ['c d'] },
    });
    expect(closed.status).toBe(409);
    const b = await as('b@v.test');
    expect(
      (
        await b.post(`/api/vacancies/${partA.id}/carve`, {
          a: { title: 'X1', tasks: ['a b'] },
          b: { title: 'X2', tasks: ['c d'] },
        })
      ).status,
    ).toBe(404);
  });

  it('lets an administrator post for a named hiring employer only', async () => {
    const admin = await as('v-admin@example.test');
    const missing = await admin.post<{ error: { field: string } }>('/api/vacancies', {
      title: 'Kok',
    });
    expect(missing.body.error.field).toBe('employerId');
    const orgs = await admin.get<{ id: string; name: string }[]>(
      `/api/organisations?regionId=${region.id}`,
    );
    const catering = orgs.body.find((o) => o.name === 'Catering C');
    const refused = await admin.post<{ error: { field: string } }>('/api/vacancies', {
      title: 'Kok',
      employerId: catering?.id,
    });
    expect(refused.body.error.field).toBe('employerId');
    const careB = orgs.body.find((o) => o.name === 'Zorg B');
    const ok = await admin.post<Vacancy>('/api/vacancies', { title: 'Kok', employerId: careB?.id });
    expect(ok.body.employer.name).toBe('Zorg B');
  });
});
