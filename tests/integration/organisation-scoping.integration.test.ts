import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/modules/organisations/contracts.ts';
import type { Region } from '../../src/modules/organisations/contracts.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

describe('organisations are scoped to who you are', () => {
  let t: TestApp;
  let region: Region;
  let otherRegion: Region;
  let orgA: Organisation;
  let orgB: Organisation;
  let farOrg: Organisation;
  const signedIn = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, TEST_PASSWORD)).status).toBe(200);
    return c;
  };

  beforeAll(async () => {
    t = await testApp();
    region = await aRegion(t.db);
    otherRegion = await aRegion(t.db);
    orgA = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'Zorg A',
      kinds: ['hiring_employer'],
    });
    orgB = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'Catering B',
      kinds: ['releasing_employer'],
    });
    farOrg = await anOrganisation(t.db, {
      regionId: otherRegion.id,
      name: 'Elders',
      kinds: ['municipality'],
    });
    const uwv = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'UWV',
      kinds: ['public_employment_service'],
    });
    await aUser(t.db, {
      regionId: region.id,
      organisationId: orgA.id,
      role: 'employer',
      email: 'a@example.test',
    });
    await aUser(t.db, {
      regionId: region.id,
      organisationId: orgB.id,
      role: 'employer',
      email: 'b@example.test',
    });
    await aUser(t.db, {
      regionId: region.id,
      organisationId: uwv.id,
      role: 'case_manager',
      email: 'cm@example.test',
    });
    await aUser(t.db, { regionId: region.id, role: 'candidate', email: 'cand@example.test' });
    await aUser(t.db, { regionId: region.id, role: 'admin', email: 'admin@example.test' });
  });
  afterAll(() => t.close());

  it('an employer of A cannot read B, its users, or change it', async () => {
    const a = await signedIn('a@example.test');
    expect((await a.get(`/api/organisations/${orgA.id}`)).status).toBe(200);
    expect((await a.get(`/api/organisations/${orgB.id}`)).status).toBe(404);
    expect((await a.get(`/api/users?organisationId=${orgB.id}`)).status).toBe(403);
    expect((await a.patch(`/api/organisations/${orgB.id}`, { city: 'Uden' })).status).toBe(404);
    const list = await a.get<Organisation[]>('/api/organisations');
    expect(list.body.map((o) => o.name)).toEqual(['Zorg A']);
    const users = await a.get<{ email: string }[]>('/api/users');
    expect(users.body.map((u) => u.email)).toEqual(['a@example.test']);
  });

  it('an employer edits the profile of its own organisation, but not its kinds', async () => {
    const a = await signedIn('a@example.test');
    const ok = await a.patch<Organisation>(`/api/organisations/${orgA.id}`, {
      city: 'Uden',
      postcode: '5401hn',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ city: 'Uden', postcode: '5401 HN' });
    const kinds = await a.patch(`/api/organisations/${orgA.id}`, { kinds: ['union'] });
    expect(kinds.status).toBe(403);
  });

  it('a case manager sees the partners of their own region only', async () => {
    const cm = await signedIn('cm@example.test');
    const list = await cm.get<Organisation[]>('/api/organisations');
    const names = list.body.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Zorg A', 'Catering B', 'UWV']));
    expect(names).not.toContain('Elders');
    expect((await cm.get(`/api/organisations/${farOrg.id}`)).status).toBe(404);
    expect(
      (
        await cm.post('/api/organisations', {
          regionId: region.id,
          name: 'Nieuw',
          kinds: ['union'],
        })
      ).status,
    ).toBe(403);
  });

  it('a candidate lists no organisations and no users', async () => {
    const cand = await signedIn('cand@example.test');
    expect((await cand.get('/api/organisations')).status).toBe(403);
    expect((await cand.get('/api/users')).status).toBe(403);
  });

  it('an administrator creates organisations and users, and bad input names the field', async () => {
    const admin = await signedIn('admin@example.test');
    const bad = await admin.post('/api/organisations', {
      regionId: region.id,
      name: 'X',
      kinds: [],
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'invalid_input', field: 'name' } });
    const badPostcode = await admin.post('/api/organisations', {
      regionId: region.id,
      name: 'Techniek C',
      kinds: ['hiring_employer'],
      postcode: 'abc',
    });
    expect(badPostcode.body).toMatchObject({ error: { field: 'postcode' } });
    const created = await admin.post<Organisation>('/api/organisations', {
      regionId: region.id,
      name: 'Techniek C',
      kinds: ['hiring_employer', 'releasing_employer'],
      sector: 'technology',
    });
    expect(created.status).toBe(201);
    const dup = await admin.post('/api/organisations', {
      regionId: region.id,
      name: 'Techniek C',
      kinds: ['union'],
    });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ error: { code: 'conflict', field: 'name' } });

    const noOrg = await admin.post('/api/users', {
      name: 'Eva Employer',
      email: 'eva@example.test',
      role: 'employer',
      password: 'long enough pw',
      regionId: region.id,
    });
    expect(noOrg.body).toMatchObject({ error: { field: 'organisationId' } });
    const shortPw = await admin.post('/api/users', {
      name: 'Eva Employer',
      email: 'eva@example.test',
      role: 'employer',
      password: 'short',
      regionId: region.id,
      organisationId: created.body.id,
    });
    expect(shortPw.body).toMatchObject({ error: { field: 'password' } });
    const user = await admin.post('/api/users', {
      name: 'Eva Employer',
      email: 'Eva@Example.test',
      role: 'employer',
      password: 'long enough pw',
      regionId: region.id,
      organisationId: created.body.id,
    });
    expect(user.status).toBe(201);
    expect(user.body).toMatchObject({ email: 'eva@example.test', role: 'employer' });
    const eva = t.client();
    expect((await eva.login('eva@example.test', 'long enough pw')).status).toBe(200);
  });

  it('records an event for every organisation and user created', async () => {
    const { events } = await import('../../src/modules/events/schema.ts');
    const rows = await t.db.select().from(events);
    const types = rows.map((r) => r.type);
    expect(types.filter((x) => x === 'organisation.created').length).toBeGreaterThanOrEqual(4);
    expect(types.filter((x) => x === 'user.created').length).toBeGreaterThanOrEqual(5);
  });
});
