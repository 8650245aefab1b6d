import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Region } from '../../src/modules/organisations/contracts.ts';
import type { StarterTaxonomy } from '../../src/modules/taxonomy/starter/types.ts';
import { loadStarterTaxonomy } from '../../src/modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import { hashInviteCode } from '../../src/modules/vacancies/invite-code.ts';
import type {
  Enrolment,
  EnrolmentImportReport,
  Invitation,
  Notice,
} from '../../src/modules/vacancies/redundancy-contracts.ts';
import { redundancyEnrolments } from '../../src/modules/vacancies/schema.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

const mini: StarterTaxonomy = {
  scheme: 'starter',
  version: 'test',
  sectors: [{ code: 'hospitality', labelNl: 'Horeca', labelEn: 'Hospitality', shortage: false }],
  skillGroups: [],
  skills: [
    {
      code: 'hosp.cook',
      type: 'skill',
      labelNl: 'Koken',
      labelEn: 'Cooking',
      altLabelsNl: [],
      altLabelsEn: [],
    },
  ],
  occupations: [
    {
      code: 'occ.cook',
      sector: 'hospitality',
      labelNl: 'Kok',
      labelEn: 'Cook',
      altLabelsNl: ['zelfstandig werkend kok'],
      altLabelsEn: [],
      descriptionNl: 'Kookt.',
      essentialSkills: ['hosp.cook'],
      optionalSkills: [],
    },
  ],
};

const notice = (overrides: Record<string, unknown> = {}) => ({
  expectedDate: '2030-06-30',
  peopleCount: 18,
  reason: 'Bedrijfsrestaurants sluiten door thuiswerken',
  socialPlan: true,
  socialPlanFunds: ['training', 'transition_payment'],
  contactName: 'Hanna HR',
  contactEmail: 'HR@catering.test',
  ...overrides,
});

describe('rapid response: redundancy notices and invitations', () => {
  let t: TestApp;
  let region: Region;
  let cookId: number;
  const as = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, TEST_PASSWORD)).status).toBe(200);
    return c;
  };
  const enrolmentCount = async (noticeId: string) =>
    (
      await t.db
        .select({ n: count() })
        .from(redundancyEnrolments)
        .where(eq(redundancyEnrolments.noticeId, noticeId))
    )[0]?.n ?? 0;
  const report = async (c: ApiClient, body: Record<string, unknown> = {}) => {
    const res = await c.post<Notice>('/api/redundancy-notices', notice(body));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    t = await testApp();
    await loadStarterTaxonomy(t.db, mini);
    region = await aRegion(t.db);
    const far = await aRegion(t.db);
    const orgs = {
      a: await anOrganisation(t.db, {
        regionId: region.id,
        name: 'Catering A',
        kinds: ['releasing_employer'],
      }),
      b: await anOrganisation(t.db, {
        regionId: region.id,
        name: 'Catering B',
        kinds: ['releasing_employer'],
      }),
      care: await anOrganisation(t.db, {
        regionId: region.id,
        name: 'Zorg',
        kinds: ['hiring_employer'],
      }),
      uwv: await anOrganisation(t.db, {
        regionId: region.id,
        name: 'UWV',
        kinds: ['public_employment_service'],
      }),
      partnership: await anOrganisation(t.db, {
        regionId: region.id,
        name: 'Regio',
        kinds: ['regional_partnership'],
      }),
      far: await anOrganisation(t.db, {
        regionId: far.id,
        name: 'UWV ver',
        kinds: ['public_employment_service'],
      }),
    };
    const users: [string, string, string | null, string][] = [
      ['a@r.test', 'employer', orgs.a.id, region.id],
      ['b@r.test', 'employer', orgs.b.id, region.id],
      ['care@r.test', 'employer', orgs.care.id, region.id],
      ['cm@r.test', 'case_manager', orgs.uwv.id, region.id],
      ['coord@r.test', 'coordinator', orgs.partnership.id, region.id],
      ['far@r.test', 'case_manager', orgs.far.id, far.id],
      ['cand@r.test', 'candidate', null, region.id],
    ];
    for (const [email, role, organisationId, regionId] of users) {
      await aUser(t.db, { email, role: role as 'employer', organisationId, regionId });
    }
    const cm = await as('cm@r.test');
    const hits = await cm.get<{ id: number }[]>('/api/taxonomy/occupations?q=kok');
    cookId = hits.body[0]?.id ?? 0;
  });
  afterAll(() => t.close());

  it('a releasing employer reports; the region’s case managers and coordinators see it at once', async () => {
    const since = new Date(t.clock.now().getTime() - 1).toISOString();
    t.clock.advance(60_000);
    const a = await as('a@r.test');
    const n = await report(a, { occupationIds: [cookId] });
    expect(n).toMatchObject({
      employer: { name: 'Catering A' },
      occupations: [{ id: cookId, labelNl: 'Kok' }],
      socialPlanFunds: ['training', 'transition_payment'],
      contact: { name: 'Hanna HR', email: 'hr@catering.test', phone: null },
      status: 'open',
      enrolments: { invited: 0, accepted: 0, declined: 0 },
    });
    for (const email of ['cm@r.test', 'coord@r.test']) {
      const c = await as(email);
      const fresh = await c.get<Notice[]>(
        `/api/redundancy-notices?since=${encodeURIComponent(since)}`,
      );
      expect(fresh.body.map((x) => x.id)).toContain(n.id);
      const later = new Date(t.clock.now().getTime() + 1000).toISOString();
      const none = await c.get<Notice[]>(
        `/api/redundancy-notices?since=${encodeURIComponent(later)}`,
      );
      expect(none.body).toEqual([]);
      expect((await c.get(`/api/redundancy-notices/${n.id}`)).status).toBe(200);
    }
    const bad = await (
      await as('cm@r.test')
    ).get<{ error: { field: string } }>('/api/redundancy-notices?since=gisteren');
    expect(bad.body.error.field).toBe('querystring.since');
  });

  it('keeps a notice from other employers, other regions, candidates and hiring employers', async () => {
    const a = await as('a@r.test');
    const n = await report(a);
    const b = await as('b@r.test');
    expect((await b.get(`/api/redundancy-notices/${n.id}`)).status).toBe(404);
    expect((await b.patch(`/api/redundancy-notices/${n.id}`, { peopleCount: 2 })).status).toBe(404);
    expect((await b.get(`/api/redundancy-notices/${n.id}/enrolments`)).status).toBe(404);
    expect(
      (
        await b.post(`/api/redundancy-notices/${n.id}/enrolments`, {
          employees: [{ name: 'Piet' }],
        })
      ).status,
    ).toBe(404);
    expect((await b.get<Notice[]>('/api/redundancy-notices')).body.map((x) => x.id)).not.toContain(
      n.id,
    );
    const far = await as('far@r.test');
    expect((await far.get<Notice[]>('/api/redundancy-notices')).body).toEqual([]);
    expect((await far.get(`/api/redundancy-notices/${n.id}`)).status).toBe(404);
    const cand = await as('cand@r.test');
    expect((await cand.get('/api/redundancy-notices')).status).toBe(403);
    expect((await cand.get(`/api/redundancy-notices/${n.id}`)).status).toBe(404);
    const care = await as('care@r.test');
    expect((await care.post('/api/redundancy-notices', notice())).status).toBe(403);
    const cm = await as('cm@r.test');
    expect((await cm.patch(`/api/redundancy-notices/${n.id}`, { peopleCount: 2 })).status).toBe(
      403,
    );
    expect((await cm.get(`/api/redundancy-notices/${n.id}/enrolments`)).status).toBe(403);
  });

  it('validates the notice, naming the field', async () => {
    const a = await as('a@r.test');
    const cases: [Record<string, unknown>, string][] = [
      [{ peopleCount: 0 }, 'peopleCount'],
      [{ expectedDate: '30-06-2030' }, 'expectedDate'],
      [{ socialPlan: false }, 'socialPlanFunds'],
      [{ occupationIds: [cookId, 987654] }, 'occupationIds.1'],
      [{ contactEmail: 'geen mail' }, 'contactEmail'],
    ];
    for (const [body, field] of cases) {
      const res = await a.post<{ error: { field: string; message: string } }>(
        '/api/redundancy-notices',
        notice(body),
      );
      expect(res.status, field).toBe(400);
      expect(res.body.error.field).toBe(field);
      expect(res.body.error.message.startsWith(`${field}: `)).toBe(true);
    }
  });

  it('invites employees with a code shown once and stored hashed', async () => {
    const a = await as('a@r.test');
    const n = await report(a);
    const res = await a.post<Invitation[]>(`/api/redundancy-notices/${n.id}/enrolments`, {
      employees: [
        {
          name: 'Sandra de Vries',
          email: 'Sandra@example.test',
          functionTitle: 'Kok',
          occupationId: cookId,
        },
        { name: 'Mehmet Yilmaz', contractEndDate: '2030-06-30' },
      ],
    });
    expect(res.status).toBe(201);
    const [first] = res.body;
    expect(first).toMatchObject({
      status: 'invited',
      email: 'sandra@example.test',
      occupation: { id: cookId },
    });
    expect(first?.inviteCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const [row] = await t.db
      .select()
      .from(redundancyEnrolments)
      .where(eq(redundancyEnrolments.id, first?.id ?? ''));
    expect(row?.inviteCodeHash).toBe(hashInviteCode(first?.inviteCode ?? ''));
    expect(JSON.stringify(row)).not.toContain(first?.inviteCode);
    const list = await a.get<Enrolment[]>(`/api/redundancy-notices/${n.id}/enrolments`);
    expect(list.body).toHaveLength(2);
    expect(JSON.stringify(list.body)).not.toContain('inviteCode');
    const again = await a.post<{ error: { field: string } }>(
      `/api/redundancy-notices/${n.id}/enrolments`,
      {
        employees: [{ name: 'Sandra', email: 'sandra@example.test' }],
      },
    );
    expect(again.body.error.field).toBe('employees.0.email');
    const counted = await (await as('cm@r.test')).get<Notice>(`/api/redundancy-notices/${n.id}`);
    expect(counted.body.enrolments.invited).toBe(2);

    expect(
      (await a.patch<Notice>(`/api/redundancy-notices/${n.id}`, { status: 'closed' })).body.status,
    ).toBe('closed');
    const closed = await a.post(`/api/redundancy-notices/${n.id}/enrolments`, {
      employees: [{ name: 'Nog een' }],
    });
    expect(closed.status).toBe(409);
  });

  it('imports an employee list: row errors first, nothing saved unless every row is valid', async () => {
    const a = await as('a@r.test');
    const n = await report(a);
    const file = (lines: string[]) => ({
      filename: 'medewerkers.csv',
      contentBase64: Buffer.from(
        ['Naam,E-mail,Functie,Einddatum contract', ...lines].join('\n'),
      ).toString('base64'),
    });
    const good = ['Anna Jansen,anna@example.test,Kok,30-6-2030', 'Bert de Boer,,Afwasser,'];
    const bad = ['Cor,geen-mail,Kok,', 'D,d@example.test,,2030-13-01', 'Eva,anna@example.test,,'];
    const url = `/api/redundancy-notices/${n.id}/enrolments/import`;

    const dry = await a.post<EnrolmentImportReport>(url, {
      ...file([...good, ...bad]),
      dryRun: true,
    });
    expect(dry.status).toBe(200);
    expect(dry.body.errors.map((e) => `${e.row}:${e.field}`)).toEqual([
      '4:email',
      '5:contractEndDate',
      '6:email',
    ]);
    expect(dry.body.preview).toHaveLength(3);
    expect(await enrolmentCount(n.id)).toBe(0);

    const refused = await a.post<EnrolmentImportReport>(url, file([...good, ...bad]));
    expect(refused.status).toBe(400);
    expect(refused.body.error?.field).toBe('rows');
    expect(refused.body.invitations).toEqual([]);
    expect(await enrolmentCount(n.id)).toBe(0);

    const saved = await a.post<EnrolmentImportReport>(url, file(good));
    expect(saved.status).toBe(201);
    expect(saved.body.invitations).toHaveLength(2);
    expect(saved.body.invitations[0]).toMatchObject({
      name: 'Anna Jansen',
      functionTitle: 'Kok',
      occupation: { id: cookId },
      contractEndDate: '2030-06-30',
    });
    expect(saved.body.invitations[1]?.occupation).toBeNull();
    expect(await enrolmentCount(n.id)).toBe(2);

    const twice = await a.post<EnrolmentImportReport>(url, {
      ...file(['Anna J,anna@example.test,,']),
      dryRun: true,
    });
    expect(twice.body.errors).toEqual([expect.objectContaining({ row: 2, field: 'email' })]);
    const b = await as('b@r.test');
    expect((await b.post(url, file(good))).status).toBe(404);
    expect(await enrolmentCount(n.id)).toBe(2);
  });
});
