import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AccessLogEntry,
  Consent,
  DataExport,
  EmployerPersonView,
} from '../../src/modules/consent/contracts.ts';
import type { Passport } from '../../src/modules/people/contracts.ts';
import { loadPassportTestTaxonomy } from '../../src/modules/people/passport-test-taxonomy.ts';
import type { TrajectoryView, WorklistItem } from '../../src/modules/trajectories/contracts.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

type Err = { error: { code: string; message: string; field?: string } };
const HOUR = 3_600_000;

describe('consent, the access log and the employer view', () => {
  let t: TestApp;
  const clients: Record<string, ApiClient> = {};
  const as = (who: string): ApiClient => clients[who] as ApiClient;
  const org: Record<string, string> = {};
  let personId = '';
  let trajectoryId = '';
  const consents = (path = '') => `/api/persons/${personId}/consents${path}`;
  const employerView = () => `/api/employer/persons/${personId}`;

  beforeAll(async () => {
    t = await testApp();
    const skillId = (await loadPassportTestTaxonomy(t.db)).skillId['tr.customer'] ?? -1;
    const region = await aRegion(t.db);
    const far = await aRegion(t.db);
    const make = async (key: string, kinds: Parameters<typeof anOrganisation>[1]['kinds']) => {
      org[key] = (
        await anOrganisation(t.db, { regionId: region.id, name: `Org ${key}`, kinds })
      ).id;
    };
    await make('uwv', ['public_employment_service']);
    await make('gemeente', ['municipality']);
    await make('caterer', ['releasing_employer']);
    await make('care', ['hiring_employer']);
    await make('logistics', ['hiring_employer']);
    await make('hotel', ['releasing_employer', 'hiring_employer']);
    const farHiring = await anOrganisation(t.db, { regionId: far.id, kinds: ['hiring_employer'] });
    const users = {
      cm: { role: 'case_manager', organisationId: org.uwv },
      otherCm: { role: 'case_manager', organisationId: org.gemeente },
      caterer: { role: 'employer', organisationId: org.caterer },
      care: { role: 'employer', organisationId: org.care },
      logistics: { role: 'employer', organisationId: org.logistics },
      hotel: { role: 'employer', organisationId: org.hotel },
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
    const farUser = await aUser(t.db, {
      regionId: far.id,
      role: 'employer',
      organisationId: farHiring.id,
    });
    clients.farEmployer = t.client();
    await as('farEmployer').login(farUser.email, TEST_PASSWORD);

    const person = await as('candidate').post<Passport>('/api/persons', {
      givenName: 'Marloes',
      familyName: 'Hendriksen',
      email: 'marloes@example.test',
      city: 'Oss',
      caseOrganisationId: org.uwv,
    });
    personId = person.body.id;
    await as('candidate').post(`/api/persons/${personId}/work-history`, {
      jobTitle: 'Gastvrouw',
      employerName: 'Org caterer',
      sector: 'hospitality',
      endYear: null,
      monthlySalary: 2100,
      hoursPerWeek: 30,
    });
    await as('candidate').request('PUT', `/api/persons/${personId}/skills/${skillId}`, {
      level: 3,
      note: 'Vrijwilliger bij de voedselbank',
    });
    const started = await as('cm').post<TrajectoryView>('/api/trajectories', {
      personId,
      source: 'redundancy_notice',
    });
    trajectoryId = started.body.id;
    expect(started.body.releasingEmployer?.id).toBe(org.caterer);
    await as('cm').request('PUT', `/api/trajectories/${trajectoryId}/intake`, {
      obstacles: ['language'],
      obstacleNote: 'Spreekt thuis Pools',
    });
    await as('cm').post(`/api/trajectories/${trajectoryId}/triage`, {
      group: 2,
      reason: 'Korte route',
    });
  });
  afterAll(() => t.close());

  it('shows a hiring employer only a pseudonym and skills without consent, and logs that read', async () => {
    const res = await as('care').get<EmployerPersonView>(employerView());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      access: { passport: false, progress: false },
      personal: null,
      workHistory: null,
      progress: null,
    });
    expect(res.body.pseudonym).toMatch(/^K-/);
    expect(res.body.skills).toHaveLength(1);
    const text = JSON.stringify(res.body);
    for (const secret of [
      'Marloes',
      'Hendriksen',
      'marloes@',
      'voedselbank',
      'Gastvrouw',
      'Pools',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('refuses employers the person when they have no role towards them', async () => {
    expect((await as('caterer').get(employerView())).status).toBe(404);
    expect((await as('farEmployer').get(employerView())).status).toBe(404);
    expect((await as('cm').get(employerView())).status).toBe(403);
  });

  it('shows the passport once the candidate consents, and hides it the moment they withdraw', async () => {
    const granted = await as('candidate').post<Consent[]>(consents(), {
      purpose: 'passport_to_hiring_employer',
      recipientOrganisationId: org.care,
    });
    expect(granted.status).toBe(201);
    const grant = granted.body[0] as Consent;
    expect(grant).toMatchObject({
      status: 'in_force',
      givenVia: 'candidate',
      recipient: { id: org.care, name: 'Org care' },
    });
    const seen = await as('care').get<EmployerPersonView>(employerView());
    expect(seen.body.access.passport).toBe(true);
    expect(seen.body.personal).toMatchObject({
      givenName: 'Marloes',
      email: 'marloes@example.test',
    });
    expect(seen.body.workHistory?.[0]?.jobTitle).toBe('Gastvrouw');
    // Another hiring employer is not covered by a consent for Org care.
    expect(
      (await as('logistics').get<EmployerPersonView>(employerView())).body.personal,
    ).toBeNull();

    const withdrawn = await as('candidate').post<Consent[]>(consents(`/${grant.id}/withdraw`));
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body[0]).toMatchObject({ id: grant.id, status: 'withdrawn' });
    const after = await as('care').get<EmployerPersonView>(employerView());
    expect(after.body.access.passport).toBe(false);
    expect(after.body.personal).toBeNull();
    expect(JSON.stringify(after.body)).not.toContain('Marloes');
    expect((await as('candidate').post<Err>(consents(`/${grant.id}/withdraw`))).status).toBe(409);
  });

  it('lets a consent for every hiring employer cover them all, until it expires', async () => {
    const granted = await as('cm').post<Consent[]>(consents(), {
      purpose: 'passport_to_hiring_employer',
      recipientOrganisationId: null,
      expiresAt: new Date(t.clock.now().getTime() + 2 * HOUR).toISOString(),
    });
    expect(granted.status).toBe(201);
    expect(granted.body[0]).toMatchObject({ givenVia: 'case_manager', recipient: null });
    expect(
      (await as('logistics').get<EmployerPersonView>(employerView())).body.access.passport,
    ).toBe(true);
    expect((await as('hotel').get<EmployerPersonView>(employerView())).body.access.passport).toBe(
      true,
    );
    const worklist = await as('cm').get<WorklistItem[]>('/api/worklist');
    expect(worklist.body.find((i) => i.kind === 'consent_expiring')).toMatchObject({
      personId,
      trajectoryId,
      detail: 'passport_to_hiring_employer',
    });
    t.clock.advance(3 * HOUR);
    expect(
      (await as('logistics').get<EmployerPersonView>(employerView())).body.personal,
    ).toBeNull();
    const list = await as('candidate').get<Consent[]>(consents());
    expect(list.body.map((c) => c.status)).toEqual(['expired', 'withdrawn']);
  });

  it('shows the releasing employer step and status only under progress consent', async () => {
    const granted = await as('candidate').post<Consent[]>(consents(), {
      purpose: 'progress_to_releasing_employer',
      recipientOrganisationId: org.caterer,
    });
    expect(granted.status).toBe(201);
    const seen = await as('caterer').get<EmployerPersonView>(employerView());
    expect(seen.body).toMatchObject({
      access: { passport: false, progress: true },
      personal: null,
      progress: { status: 'active', step: 1, givenName: 'Marloes', outcome: null },
    });
    expect(JSON.stringify(seen.body)).not.toContain('Pools');
    // Renewal with an expiry supersedes the grant in force; the history shows both.
    const renewed = await as('candidate').post<Consent[]>(consents(), {
      purpose: 'progress_to_releasing_employer',
      recipientOrganisationId: org.caterer,
      expiresAt: '2099-12-31T23:59:59Z',
    });
    expect(
      renewed.body
        .filter((c) => c.purpose === 'progress_to_releasing_employer')
        .map((c) => c.status),
    ).toEqual(['in_force', 'withdrawn']);
    const current = renewed.body[0] as Consent;
    await as('candidate').post(consents(`/${current.id}/withdraw`));
    expect((await as('caterer').get(employerView())).status).toBe(404);
  });

  it('checks purpose and recipient, naming the field', async () => {
    const cases = [
      [
        { purpose: 'progress_to_releasing_employer', recipientOrganisationId: null },
        'recipientOrganisationId',
      ],
      [
        { purpose: 'progress_to_releasing_employer', recipientOrganisationId: org.care },
        'recipientOrganisationId',
      ],
      [{ purpose: 'case_to_partner', recipientOrganisationId: org.uwv }, 'recipientOrganisationId'],
      [
        { purpose: 'case_to_partner', recipientOrganisationId: org.care },
        'recipientOrganisationId',
      ],
      [{ purpose: 'share_everything', recipientOrganisationId: null }, 'purpose'],
      [
        {
          purpose: 'passport_to_hiring_employer',
          recipientOrganisationId: null,
          expiresAt: '2001-01-01T00:00:00Z',
        },
        'expiresAt',
      ],
    ] as const;
    for (const [body, field] of cases) {
      const res = await as('candidate').post<Err>(consents(), body);
      expect({ body, status: res.status, field: res.body.error.field }).toEqual({
        body,
        status: 400,
        field,
      });
    }
  });

  it('logs every read by another organisation, and the candidate sees the log', async () => {
    const log = await as('candidate').get<AccessLogEntry[]>(`/api/persons/${personId}/access-log`);
    expect(log.status).toBe(200);
    // The test clock stands still between requests, so compare as a set, not in order.
    const reads = log.body.map((e) => [
      e.organisation?.name,
      e.readerRole,
      e.what,
      e.consent?.purpose ?? null,
    ]);
    const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sorted(reads)).toEqual(
      sorted([
        ['Org care', 'employer', 'pseudonymous_profile', null],
        ['Org care', 'employer', 'passport', 'passport_to_hiring_employer'],
        ['Org logistics', 'employer', 'pseudonymous_profile', null],
        ['Org care', 'employer', 'pseudonymous_profile', null],
        ['Org logistics', 'employer', 'passport', 'passport_to_hiring_employer'],
        ['Org hotel', 'employer', 'passport', 'passport_to_hiring_employer'],
        ['Org logistics', 'employer', 'pseudonymous_profile', null],
        ['Org caterer', 'employer', 'progress', 'progress_to_releasing_employer'],
      ]),
    );
    expect(log.body.every((e) => e.reader.name.length > 0)).toBe(true);
    // Reads by the case team itself are not reads by another organisation.
    await as('cm').get(`/api/trajectories/${trajectoryId}`);
    const again = await as('candidate').get<AccessLogEntry[]>(
      `/api/persons/${personId}/access-log`,
    );
    expect(again.body).toHaveLength(log.body.length);
    for (const who of ['otherCm', 'care', 'otherCandidate', 'admin']) {
      expect((await as(who).get(`/api/persons/${personId}/access-log`)).status, who).toBe(404);
      expect((await as(who).get(consents())).status, who).toBe(404);
    }
  });

  it('exports all of the person’s data as one JSON document, obstacles included', async () => {
    const res = await as('candidate').get<DataExport>(`/api/persons/${personId}/data-export`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/overstap-gegevens-K-/);
    const doc = res.body;
    expect(doc.format).toBe('overstap.personal-data/v1');
    expect(doc.passport.person).toMatchObject({
      givenName: 'Marloes',
      email: 'marloes@example.test',
    });
    expect(doc.account?.role).toBe('candidate');
    expect(doc.trajectories[0]?.intake?.obstacles).toEqual(['language']);
    expect(doc.consents.length).toBe(4);
    expect(doc.accessLog.length).toBeGreaterThanOrEqual(8);
    expect(doc.events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'person.created',
        'trajectory.started',
        'consent.granted',
        'consent.withdrawn',
      ]),
    );
    for (const who of ['care', 'otherCm', 'admin']) {
      expect((await as(who).get(`/api/persons/${personId}/data-export`)).status, who).toBe(404);
    }
    expect((await as('cm').get(`/api/persons/${personId}/data-export`)).status).toBe(200);
  });
});
