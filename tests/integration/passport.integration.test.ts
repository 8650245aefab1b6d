import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/modules/organisations/contracts.ts';
import type {
  Passport,
  PersonSummary,
  SkillSuggestion,
} from '../../src/modules/people/contracts.ts';
import { loadPassportTestTaxonomy } from '../../src/modules/people/passport-test-taxonomy.ts';
import { starterOccupationUri } from '../../src/modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

describe('the skills passport', () => {
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

  it('a candidate builds their own passport: jobs → suggestions → skills → wishes', async () => {
    const user = await aUser(t.db, { regionId, role: 'candidate' });
    const c = await signedIn(user.email);
    expect((await c.get('/api/persons/me')).status).toBe(404);
    const created = await c.post<Passport>('/api/persons', {
      givenName: 'Fatima',
      familyName: 'El Amrani',
      postcode: '5341ab',
      birthYear: 1978,
      caseOrganisationId: uwv.id,
    });
    expect(created.status).toBe(201);
    const p = created.body;
    expect(p.pseudonym).toMatch(/^K-[A-HJ-NP-Z2-9]{4}$/);
    expect(p).toMatchObject({
      hasAccount: true,
      permissions: { edit: true, confirmSkills: false },
    });
    expect(p.personal.postcode).toBe('5341 AB');
    expect((await c.post('/api/persons', { givenName: 'Nog een' })).status).toBe(409);
    const url = `/api/persons/${p.id}`;

    const withJob = await c.post<Passport>(`${url}/work-history`, {
      jobTitle: 'Serveerster',
      occupationId: occupationId['occ.waiter'],
      startYear: 2012,
    });
    expect(withJob.status).toBe(200);
    expect(withJob.body.workHistory[0]?.occupation?.uri).toBe(starterOccupationUri('occ.waiter'));
    const entryId = withJob.body.workHistory[0]?.id;

    const suggested = await c.get<SkillSuggestion[]>(`${url}/skill-suggestions`);
    expect(suggested.body.map((s) => s.labelNl).sort()).toEqual([
      'Gasten bedienen',
      'Hygiëne (HACCP)',
      'Klantgerichtheid',
    ]);
    expect(suggested.body[0]?.fromJobs).toEqual([
      {
        entryId,
        jobTitle: 'Serveerster',
        occupation: expect.objectContaining({ labelNl: 'Medewerker bediening' }),
      },
    ]);

    const taken = await put<Passport>(c, `${url}/skills/${skillId['tr.customer']}`, {
      level: 3,
      evidence: 'work_history',
      source: 'work_history',
    });
    expect(taken.body.skills).toEqual([
      expect.objectContaining({ labelNl: 'Klantgerichtheid', level: 3, evidence: 'work_history' }),
    ]);
    const left = await c.post<SkillSuggestion[]>(
      `${url}/skill-suggestions/${skillId['hosp.serving']}/dismiss`,
    );
    expect(left.body.map((s) => s.labelNl)).toEqual(['Hygiëne (HACCP)']);

    const informal = await put<Passport>(c, `${url}/skills/${skillId['care.personal']}`, {
      level: 2,
      source: 'informal',
      note: 'mantelzorg voor moeder',
    });
    expect(informal.body.skills.find((s) => s.uri.endsWith('care.personal'))).toMatchObject({
      evidence: 'self',
      source: 'informal',
      note: 'mantelzorg voor moeder',
      confirmedBy: null,
    });

    const claim = await put(c, `${url}/skills/${skillId['tr.planning']}`, {
      level: 2,
      evidence: 'coach_verified',
    });
    expect(claim.status).toBe(403);
    expect(claim.body).toMatchObject({ error: { code: 'forbidden', field: 'evidence' } });
    const unbacked = await put(c, `${url}/skills/${skillId['hosp.hygiene']}`, {
      level: 2,
      evidence: 'certificate',
    });
    expect(unbacked.body).toMatchObject({ error: { field: 'evidence' } });
    const withCert = await c.post<Passport>(`${url}/education`, {
      kind: 'certificate',
      name: 'HACCP',
      year: 2015,
    });
    const backed = await put<Passport>(c, `${url}/skills/${skillId['hosp.hygiene']}`, {
      level: 2,
      evidence: 'certificate',
      certificateEntryId: withCert.body.education[0]?.id,
    });
    expect(backed.status).toBe(200);
    expect((await c.get<SkillSuggestion[]>(`${url}/skill-suggestions`)).body).toEqual([]);

    const wishes = await put<Passport>(c, `${url}/wishes`, {
      sectors: ['care'],
      occupationIds: [occupationId['occ.carer']],
      hoursMin: 24,
      hoursMax: 32,
      maxTravelKm: 25,
      minMonthlySalary: 2400,
      earliestStart: '2025-09-01',
      contractTypes: ['permanent'],
      trainingHoursPerWeek: 8,
    });
    expect(wishes.body.wishes).toMatchObject({
      sectors: ['care'],
      occupations: [expect.objectContaining({ labelNl: 'Verzorgende IG' })],
      hoursMin: 24,
      earliestStart: '2025-09-01',
    });
    expect((await c.get<Passport>('/api/persons/me')).body).toEqual(wishes.body);
    const mine = await c.get<PersonSummary[]>('/api/persons');
    expect(mine.body.map((s) => [s.id, s.skillCount])).toEqual([[p.id, 3]]);
  });

  it('the case manager of the person’s organisation reads, edits and confirms', async () => {
    const { c, url, passport } = await aCandidate('Bakker');
    await put(c, `${url}/skills/${skillId['tr.customer']}`, { level: 2 });
    const read = await cm.get<Passport>(url);
    expect(read.status).toBe(200);
    expect(read.body.permissions).toEqual({ edit: true, confirmSkills: true });
    const edited = await cm.patch<Passport>(url, {
      summary: 'Zoekt werk in de zorg',
      city: 'Uden',
    });
    expect(edited.body.personal).toMatchObject({ summary: 'Zoekt werk in de zorg', city: 'Uden' });
    expect((await c.post(`${url}/skills/${skillId['tr.customer']}/confirm`, {})).status).toBe(403);
    const confirmed = await cm.post<Passport>(`${url}/skills/${skillId['tr.customer']}/confirm`, {
      level: 3,
    });
    expect(confirmed.body.skills[0]).toMatchObject({
      level: 3,
      evidence: 'coach_verified',
      confirmedBy: { name: 'Carla Casemanager' },
      confirmedAt: t.clock.now().toISOString(),
    });
    const caseload = await cm.get<PersonSummary[]>('/api/persons?q=bakk');
    expect(caseload.body.map((s) => s.id)).toEqual([passport.id]);
    expect((await cm.get<PersonSummary[]>('/api/persons?q=zzz')).body).toEqual([]);

    // The candidate withdraws the organisation; from then on it does not see the passport.
    const withdrawn = await c.patch(url, { caseOrganisationId: null });
    expect(withdrawn.status).toBe(200);
    expect((await cm.get(url)).status).toBe(404);
  });

  it('answers bad input with 400 naming the field', async () => {
    const { c, url } = await aCandidate();
    const field = async (res: Promise<{ status: number; body: unknown }>) => {
      const r = await res;
      expect(r.status).toBe(400);
      return (r.body as { error: { field?: string } }).error.field;
    };
    expect(await field(c.patch(url, { postcode: 'abc' }))).toBe('postcode');
    expect(await field(c.patch(url, { birthYear: 1800 }))).toBe('birthYear');
    expect(await field(c.patch(url, { email: 'geen-mail' }))).toBe('email');
    expect(await field(c.post(`${url}/work-history`, { jobTitle: 'x' }))).toBe('jobTitle');
    expect(
      await field(c.post(`${url}/work-history`, { jobTitle: 'Kok', occupationId: 999999 })),
    ).toBe('occupationId');
    expect(
      await field(
        c.post(`${url}/work-history`, { jobTitle: 'Kok', startYear: 2020, endYear: 2010 }),
      ),
    ).toBe('endYear');
    expect(await field(put(c, `${url}/skills/${skillId['tr.customer']}`, { level: 5 }))).toBe(
      'level',
    );
    expect(await field(put(c, `${url}/skills/999999`, { level: 2 }))).toBe('skillId');
    expect(await field(put(c, `${url}/wishes`, { hoursMin: 32, hoursMax: 20 }))).toBe('hoursMax');
    expect(await field(put(c, `${url}/wishes`, { contractTypes: ['forever'] }))).toBe(
      'contractTypes.0',
    );
    expect(await field(put(c, `${url}/wishes`, { occupationIds: [999999] }))).toBe(
      'occupationIds.0',
    );
    expect(await field(c.post(`${url}/education`, { kind: 'diploma', name: 'Mbo' }))).toBe('kind');
    expect(await field(c.get('/api/persons/not-a-uuid'))).toBe('params.id');
  });
});
