import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/modules/organisations/contracts.ts';
import type { HistoryEntry, Passport } from '../../src/modules/people/contracts.ts';
import { loadPassportTestTaxonomy } from '../../src/modules/people/passport-test-taxonomy.ts';
import { starterSkillUri } from '../../src/modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

describe('the history of a passport', () => {
  let t: TestApp;
  let uwv: Organisation;
  let regionId: string;
  let cm: ApiClient;
  let skillId: Record<string, number>;
  let occupationId: Record<string, number>;

  const signedIn = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, TEST_PASSWORD)).status).toBe(200);
    return c;
  };
  const put = <T>(c: ApiClient, url: string, body: unknown) => c.request<T>('PUT', url, body);
  const del = <T>(c: ApiClient, url: string) => c.request<T>('DELETE', url);

  /** A signed-in candidate with a passport in UWV's caseload. */
  const aCandidate = async (familyName = 'El Amrani') => {
    const user = await aUser(t.db, { regionId, role: 'candidate' });
    const c = await signedIn(user.email);
    const res = await c.post<Passport>('/api/persons', {
      givenName: 'Fatima',
      familyName,
      postcode: '5341ab',
      city: 'Oss',
      birthYear: 1978,
      caseOrganisationId: uwv.id,
    });
    expect(res.status).toBe(201);
    return { c, user, passport: res.body, url: `/api/persons/${res.body.id}` };
  };

  beforeAll(async () => {
    t = await testApp();
    ({ skillId, occupationId } = await loadPassportTestTaxonomy(t.db));
    regionId = (await aRegion(t.db)).id;
    uwv = await anOrganisation(t.db, {
      regionId,
      name: 'UWV',
      kinds: ['public_employment_service'],
    });
    await aUser(t.db, {
      regionId,
      role: 'case_manager',
      organisationId: uwv.id,
      name: 'Carla Casemanager',
      email: 'cm@example.test',
    });
    cm = await signedIn('cm@example.test');
  });
  afterAll(() => t.close());

  it('keeps every change in the history with who and when, without personal values', async () => {
    const { c, url } = await aCandidate('Visser');
    await c.post(`${url}/work-history`, {
      jobTitle: 'Kok',
      occupationId: occupationId['occ.waiter'],
    });
    await put(c, `${url}/skills/${skillId['hosp.serving']}`, { level: 2 });
    await cm.post(`${url}/skills/${skillId['hosp.serving']}/confirm`, {});
    await cm.patch(url, { phone: '06 12345678' });
    await del(c, `${url}/skills/${skillId['hosp.serving']}`);
    const job = (await c.get<Passport>(url)).body.workHistory[0]?.id;
    const changedJob = await c.patch<Passport>(`${url}/work-history/${job}`, {
      employerName: 'Restaurant De Kroon',
      endYear: 2024,
    });
    expect(changedJob.body.workHistory[0]).toMatchObject({ employerName: 'Restaurant De Kroon' });
    const withCourse = await c.post<Passport>(`${url}/education`, {
      kind: 'education',
      name: 'Mbo Zorg',
    });
    const course = withCourse.body.education[0]?.id;
    expect((await del<Passport>(c, `${url}/education/${course}`)).body.education).toEqual([]);
    expect((await del<Passport>(c, `${url}/work-history/${job}`)).body.workHistory).toEqual([]);
    expect((await del(c, `${url}/work-history/${job}`)).status).toBe(404);
    const history = await c.get<HistoryEntry[]>(`${url}/history`);
    expect(history.status).toBe(200);
    expect(history.body.map((h) => [h.type, h.actor?.role])).toEqual([
      ['person.work_history_removed', 'candidate'],
      ['person.education_removed', 'candidate'],
      ['person.education_added', 'candidate'],
      ['person.work_history_changed', 'candidate'],
      ['person.skill_removed', 'candidate'],
      ['person.personal_data_changed', 'case_manager'],
      ['person.skill_confirmed', 'case_manager'],
      ['person.skill_saved', 'candidate'],
      ['person.work_history_added', 'candidate'],
      ['person.created', 'candidate'],
    ]);
    expect(history.body[3]?.data).toMatchObject({ changed: ['employerName', 'endYear'] });
    expect(history.body[5]?.data).toEqual({ changed: ['phone'] });
    expect(history.body[6]).toMatchObject({
      actor: { name: 'Carla Casemanager' },
      data: { skillUri: starterSkillUri('hosp.serving'), evidence: 'coach_verified' },
    });
    for (const h of history.body) expect(Date.parse(h.occurredAt)).not.toBeNaN();
    expect(JSON.stringify(history.body)).not.toMatch(/Visser|12345678/);
    expect((await cm.get(`${url}/history`)).status).toBe(200);
  });
});
