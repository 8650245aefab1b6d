import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Passport,
  PassportExport,
  PersonSummary,
} from '../../src/modules/people/contracts.ts';
import { loadPassportTestTaxonomy } from '../../src/modules/people/passport-test-taxonomy.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

describe('who may see a skills passport', () => {
  let t: TestApp;
  let ownPassport: Passport;
  let cmPassport: Passport;
  let exported: PassportExport;
  let skillId: number;
  const clients: Record<string, ApiClient> = {};
  const as = (who: string): ApiClient => {
    const c = clients[who];
    if (!c) throw new Error(`no client ${who}`);
    return c;
  };

  beforeAll(async () => {
    t = await testApp();
    skillId = (await loadPassportTestTaxonomy(t.db)).skillId['tr.customer'] ?? -1;

    const region = await aRegion(t.db);
    const far = await aRegion(t.db);
    const org = (name: string, kind: Parameters<typeof anOrganisation>[1]['kinds']) =>
      anOrganisation(t.db, { regionId: region.id, name, kinds: kind });
    const uwv = await org('UWV', ['public_employment_service']);
    const gemeente = await org('Gemeente Oss', ['municipality']);
    const employer = await org('Zorggroep', ['hiring_employer', 'releasing_employer']);
    const partnership = await org('Regio Noordoost-Brabant', ['regional_partnership']);
    const farUwv = await anOrganisation(t.db, {
      regionId: far.id,
      name: 'UWV elders',
      kinds: ['public_employment_service'],
    });
    const users = {
      cm: { role: 'case_manager', organisationId: uwv.id },
      otherCm: { role: 'case_manager', organisationId: gemeente.id },
      employer: { role: 'employer', organisationId: employer.id },
      coordinator: { role: 'coordinator', organisationId: partnership.id },
      candidate: { role: 'candidate' },
      otherCandidate: { role: 'candidate' },
      admin: { role: 'admin' },
    } as const;
    for (const [who, u] of Object.entries(users)) {
      const user = await aUser(t.db, { regionId: region.id, ...u });
      const c = t.client();
      expect((await c.login(user.email, TEST_PASSWORD)).status).toBe(200);
      clients[who] = c;
    }
    const farCm = await aUser(t.db, {
      regionId: far.id,
      role: 'case_manager',
      organisationId: farUwv.id,
    });
    clients.farCm = t.client();
    await as('farCm').login(farCm.email, TEST_PASSWORD);

    const own = await as('candidate').post<Passport>('/api/persons', {
      givenName: 'Fatima',
      familyName: 'El Amrani',
      caseOrganisationId: uwv.id,
    });
    expect(own.status).toBe(201);
    ownPassport = own.body;
    await as('candidate').request('PUT', `/api/persons/${ownPassport.id}/skills/${skillId}`, {
      level: 2,
    });
    const byCm = await as('cm').post<Passport>('/api/persons', {
      givenName: 'Henk',
      familyName: 'de Vries',
    });
    expect(byCm.status).toBe(201);
    cmPassport = byCm.body;
    exported = (await as('cm').get<PassportExport>(`/api/persons/${cmPassport.id}/export`)).body;
  });
  afterAll(() => t.close());

  const attempts = (id: string) =>
    [
      ['GET', `/api/persons/${id}`, undefined],
      ['PATCH', `/api/persons/${id}`, { city: 'Uden' }],
      ['GET', `/api/persons/${id}/export`, undefined],
      ['GET', `/api/persons/${id}/history`, undefined],
      ['GET', `/api/persons/${id}/skill-suggestions`, undefined],
      ['POST', `/api/persons/${id}/work-history`, { jobTitle: 'Kok' }],
      ['PUT', `/api/persons/${id}/skills/${skillId}`, { level: 4 }],
      ['DELETE', `/api/persons/${id}/skills/${skillId}`, undefined],
      ['POST', `/api/persons/${id}/skills/${skillId}/confirm`, {}],
      ['PUT', `/api/persons/${id}/wishes`, { sectors: ['care'] }],
      ['POST', `/api/persons/${id}/import`, exported],
    ] as const;

  it.each(['otherCm', 'farCm', 'employer', 'coordinator', 'otherCandidate', 'admin'])(
    '%s gets 404 for every part of a passport that is not theirs to see',
    async (who) => {
      for (const id of [ownPassport.id, cmPassport.id]) {
        for (const [method, url, body] of attempts(id)) {
          const res = await as(who).request<{ error: { message: string } }>(method, url, body);
          // The same answer as for a passport that does not exist (and not a missing route).
          expect({ method, url, status: res.status, message: res.body.error.message }).toEqual({
            method,
            url,
            status: 404,
            message: 'Passport not found',
          });
        }
      }
    },
  );

  it('leaves the passport untouched after all those attempts', async () => {
    const own = await as('candidate').get<Passport>(`/api/persons/${ownPassport.id}`);
    expect(own.body.personal.city).toBeNull();
    expect(own.body.skills.map((s) => [s.level, s.evidence])).toEqual([[2, 'self']]);
    expect(own.body.workHistory).toEqual([]);
  });

  it('a candidate sees their own passport, not one a case manager made for someone else', async () => {
    expect((await as('candidate').get(`/api/persons/${ownPassport.id}`)).status).toBe(200);
    expect((await as('candidate').get(`/api/persons/${cmPassport.id}`)).status).toBe(404);
    const list = await as('candidate').get<PersonSummary[]>('/api/persons');
    expect(list.body.map((p) => p.id)).toEqual([ownPassport.id]);
    expect((await as('otherCandidate').get<PersonSummary[]>('/api/persons')).body).toEqual([]);
    expect((await as('otherCandidate').get('/api/persons/me')).status).toBe(404);
  });

  it('a case manager lists their organisation’s caseload only', async () => {
    const mine = await as('cm').get<PersonSummary[]>('/api/persons');
    expect(mine.body.map((p) => p.familyName).sort()).toEqual(['El Amrani', 'de Vries']);
    expect((await as('cm').get<PersonSummary[]>('/api/persons?q=vrie')).body).toHaveLength(1);
    expect((await as('otherCm').get<PersonSummary[]>('/api/persons')).body).toEqual([]);
    expect((await as('cm').get('/api/persons/me')).status).toBe(404);
  });

  it('coordinators, employers and administrators list no persons and create none', async () => {
    for (const who of ['coordinator', 'employer', 'admin']) {
      expect((await as(who).get('/api/persons')).status).toBe(403);
      expect((await as(who).post('/api/persons', { givenName: 'X' })).status).toBe(403);
      expect((await as(who).post('/api/persons/import', exported)).status).toBe(403);
    }
  });

  it('case organisations are chosen by the candidate, among case organisations only', async () => {
    const gemeente = (await as('otherCm').get<{ id: string; name: string }[]>('/api/organisations'))
      .body;
    const other = gemeente.find((o) => o.name === 'Gemeente Oss');
    const employer = gemeente.find((o) => o.name === 'Zorggroep');
    const asCm = await as('cm').post('/api/persons', { caseOrganisationId: other?.id });
    expect(asCm.status).toBe(403);
    expect(asCm.body).toMatchObject({ error: { field: 'caseOrganisationId' } });
    const moved = await as('cm').patch(`/api/persons/${cmPassport.id}`, {
      caseOrganisationId: other?.id,
    });
    expect(moved.body).toMatchObject({ error: { field: 'caseOrganisationId' } });
    const toEmployer = await as('candidate').patch(`/api/persons/${ownPassport.id}`, {
      caseOrganisationId: employer?.id,
    });
    expect(toEmployer.status).toBe(400);
    expect(toEmployer.body).toMatchObject({ error: { field: 'caseOrganisationId' } });
  });
});
