import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/modules/organisations/contracts.ts';
import type {
  HistoryEntry,
  ImportResult,
  Passport,
  PassportExport,
} from '../../src/modules/people/contracts.ts';
import { loadPassportTestTaxonomy } from '../../src/modules/people/passport-test-taxonomy.ts';
import { persons } from '../../src/modules/people/schema.ts';
import { starterSkillUri } from '../../src/modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

describe('a portable passport: export and import', () => {
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

  /** A passport with something in every part, one skill confirmed by the case manager. */
  const aFullPassport = async () => {
    const { c, url, user } = await aCandidate('Jansen');
    await c.post(`${url}/work-history`, {
      jobTitle: 'Serveerster',
      occupationId: occupationId['occ.waiter'],
      employerName: 'Hotel De Gouden Leeuw',
      sector: 'hospitality',
      startYear: 2010,
      endYear: null,
      monthlySalary: 2300,
      hoursPerWeek: 32,
    });
    await c.post(`${url}/work-history`, {
      jobTitle: 'Vakkenvuller',
      startYear: 2005,
      endYear: 2009,
    });
    const withCert = await c.post<Passport>(`${url}/education`, {
      kind: 'certificate',
      name: 'HACCP',
      institution: 'SVH',
      year: 2015,
      completed: 'completed',
      validUntil: '2027-06-30',
    });
    const certificateEntryId = withCert.body.education[0]?.id;
    await put(c, `${url}/skills/${skillId['hosp.hygiene']}`, {
      level: 2,
      evidence: 'certificate',
      certificateEntryId,
    });
    await put(c, `${url}/skills/${skillId['tr.customer']}`, {
      level: 3,
      evidence: 'work_history',
      source: 'work_history',
    });
    await put(c, `${url}/skills/${skillId['care.personal']}`, {
      level: 2,
      source: 'informal',
      note: 'mantelzorg voor moeder',
    });
    await cm.post(`${url}/skills/${skillId['tr.customer']}/confirm`, {});
    const wishes = await put<Passport>(c, `${url}/wishes`, {
      sectors: ['care'],
      occupationIds: [occupationId['occ.carer']],
      hoursMin: 24,
      hoursMax: 32,
      maxTravelKm: 25,
      minMonthlySalary: 2400,
      earliestStart: '2025-09-01',
      contractTypes: ['permanent', 'conditional'],
      trainingHoursPerWeek: 8,
    });
    expect(wishes.status).toBe(200);
    return { c, url, user, passport: wishes.body };
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

  it('exports a file that imports into a fresh person as the same passport', async () => {
    const { url, passport } = await aFullPassport();
    const exported = await cm.get<PassportExport>(`${url}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toBe(
      `attachment; filename="overstap-paspoort-${passport.pseudonym}.json"`,
    );
    const doc = exported.body;
    expect(doc).toMatchObject({ format: 'overstap.passport/v1', person: { birthYear: 1978 } });
    expect(doc.skills.map((s) => s.uri)).toContain(starterSkillUri('tr.customer'));

    const imported = await cm.post<ImportResult>('/api/persons/import', doc);
    expect(imported.status).toBe(201);
    expect(imported.body.notices).toEqual([]);
    const copy = imported.body.passport;
    expect(copy.id).not.toBe(passport.id);
    expect(copy.pseudonym).not.toBe(passport.pseudonym);
    const again = await cm.get<PassportExport>(`/api/persons/${copy.id}/export`);
    expect({ ...again.body, exportedAt: '' }).toEqual({ ...doc, exportedAt: '' });
    expect(normalise(copy)).toEqual(normalise((await cm.get<Passport>(url)).body));
  });

  it('a candidate imports their file; evidence they may not claim becomes self', async () => {
    const { url } = await aFullPassport();
    const doc = (await cm.get<PassportExport>(`${url}/export`)).body;
    const user = await aUser(t.db, { regionId, role: 'candidate' });
    const c = await signedIn(user.email);
    const imported = await c.post<ImportResult>('/api/persons/import', doc);
    expect(imported.status).toBe(201);
    const customer = doc.skills.findIndex((s) => s.evidence === 'coach_verified');
    expect(imported.body.notices).toEqual([
      {
        path: `skills[${customer}].evidence`,
        message: expect.stringContaining('recorded as self'),
      },
    ]);
    const mine = await c.get<Passport>('/api/persons/me');
    expect(mine.body.id).toBe(imported.body.passport.id);
    expect(mine.body.skills.map((s) => s.evidence).sort()).toEqual(['certificate', 'self', 'self']);
    expect((await c.post('/api/persons/import', doc)).status).toBe(409);
  });

  it('an import into an existing passport replaces its content, all or nothing', async () => {
    const { c, url } = await aFullPassport();
    const doc = (await c.get<PassportExport>(`${url}/export`)).body;
    const smaller = { ...doc, skills: doc.skills.slice(0, 1), wishes: null, education: [] };
    const replaced = await c.post<ImportResult>(`${url}/import`, smaller);
    expect(replaced.status).toBe(200);
    expect(replaced.body.passport.skills).toHaveLength(1);
    const history = (await c.get<HistoryEntry[]>(`${url}/history`)).body;
    expect(history[0]).toMatchObject({
      type: 'person.passport_imported',
      data: { mode: 'replace', before: { skills: 3 }, after: { skills: 1 } },
    });
  });

  it('an unknown skill URI fails naming its path, and nothing is saved', async () => {
    const { c, url } = await aFullPassport();
    const doc = (await c.get<PassportExport>(`${url}/export`)).body;
    const [first] = doc.skills;
    if (!first) throw new Error('no skills exported');
    const unknown = 'http://data.europa.eu/esco/skill/does-not-exist';
    const bad = { ...doc, skills: [...doc.skills, { ...first, uri: unknown }] };
    expect(bad.skills).toHaveLength(4);
    const count = async () => (await t.db.select({ id: persons.id }).from(persons)).length;
    const before = await count();
    const res = await cm.post('/api/persons/import', bad);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_input', field: 'skills[3].uri' } });
    expect(JSON.stringify(res.body)).toContain(unknown);
    expect(await count()).toBe(before);

    const replace = await c.post(`${url}/import`, { ...bad, workHistory: [] });
    expect(replace.body).toMatchObject({ error: { field: 'skills[3].uri' } });
    const after = (await c.get<PassportExport>(`${url}/export`)).body;
    expect({ ...after, exportedAt: '' }).toEqual({ ...doc, exportedAt: '' });

    const badLevel = { ...doc, skills: [{ ...first, level: 7 }] };
    const level = await cm.post('/api/persons/import', badLevel);
    expect(level.body).toMatchObject({ error: { field: 'skills.0.level' } });
  });
});

/** A passport without what differs between two persons of the same content (ids, times, who). */
function normalise(p: Passport) {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      const drop = new Set([
        'id',
        'pseudonym',
        'hasAccount',
        'caseOrganisationId',
        'createdAt',
        'updatedAt',
        'confirmedBy',
        'permissions',
      ]);
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => !drop.has(k))
          .map(([k, v]) => [k, strip(v)]),
      );
    }
    return value;
  };
  // Taxonomy ids are the same installation's; entry ids and times are not.
  return strip({ ...p, skills: p.skills.map((s) => ({ ...s, skillId: s.id })) });
}
