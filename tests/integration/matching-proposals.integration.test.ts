import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-region.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import type { Consent } from '../../src/modules/consent/contracts.ts';
import { events } from '../../src/modules/events/schema.ts';
import type {
  MatchProposal,
  Opportunities,
  VacancyCandidates,
} from '../../src/modules/matching/contracts.ts';
import type { Passport } from '../../src/modules/people/contracts.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

describe('proposing a candidate to a hiring employer', () => {
  let t: TestApp;
  let sandra: Passport;
  let candidate: ApiClient;
  let caseManager: ApiClient;
  const as = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, DEMO_PASSWORD)).status).toBe(200);
    return c;
  };
  const opportunities = async () => {
    const res = await caseManager.get<Opportunities>(`/api/persons/${sandra.id}/opportunities`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const withdrawPassportConsents = async () => {
    const grants = await candidate.get<Consent[]>(`/api/persons/${sandra.id}/consents`);
    for (const g of grants.body) {
      if (g.purpose !== 'passport_to_hiring_employer' || g.status !== 'in_force') continue;
      expect(
        (await candidate.post(`/api/persons/${sandra.id}/consents/${g.id}/withdraw`)).status,
      ).toBe(200);
    }
  };

  beforeAll(async () => {
    t = await testApp();
    expect((await seedDemo(t.db, t.clock.now())).seeded).toBe(true);
    candidate = await as('kandidaat@overstap.demo');
    caseManager = await as('casemanager@overstap.demo');
    sandra = (await candidate.get<Passport>('/api/persons/me')).body;
  });
  afterAll(() => t.close());

  it('is refused without consent, and says so up front in the opportunities', async () => {
    await withdrawPassportConsents();
    const o = await opportunities();
    const first = o.vacancies[0];
    if (!first) throw new Error('no vacancy');
    expect(o.vacancies.every((v) => !v.profileShared)).toBe(true);
    expect(first.vacancy.employerId).toBeTruthy();
    const res = await caseManager.post(`/api/persons/${sandra.id}/match-proposals`, {
      vacancyId: first.vacancy.id,
    });
    expect(res.status).toBe(409);
    expect(JSON.stringify(res.body)).toContain('consent');
    const list = await caseManager.get<MatchProposal[]>(
      `/api/persons/${sandra.id}/match-proposals`,
    );
    expect(list.body).toEqual([]);
  });

  it('records one proposal per vacancy once the candidate shares her passport with that employer', async () => {
    const before = await opportunities();
    const target = before.vacancies[0];
    if (!target) throw new Error('no vacancy');
    const granted = await candidate.post(`/api/persons/${sandra.id}/consents`, {
      purpose: 'passport_to_hiring_employer',
      recipientOrganisationId: target.vacancy.employerId,
    });
    expect(granted.status).toBe(201);
    const after = await opportunities();
    for (const v of after.vacancies) {
      expect(v.profileShared).toBe(v.vacancy.employerId === target.vacancy.employerId);
    }

    // Only the case team proposes: the candidate herself may not.
    const own = await candidate.post(`/api/persons/${sandra.id}/match-proposals`, {
      vacancyId: target.vacancy.id,
    });
    expect(own.status).toBe(403);
    // A case manager of another organisation does not learn she exists.
    const oss = await as('casemanager.oss@overstap.demo');
    const foreign = await oss.post(`/api/persons/${sandra.id}/match-proposals`, {
      vacancyId: target.vacancy.id,
    });
    expect(foreign.status).toBe(404);

    const res = await caseManager.post<MatchProposal>(`/api/persons/${sandra.id}/match-proposals`, {
      vacancyId: target.vacancy.id,
    });
    expect(res.status).toBe(201);
    expect(res.body.vacancyId).toBe(target.vacancy.id);
    expect(res.body.employerId).toBe(target.vacancy.employerId);
    expect(res.body.score).toBe(target.explanation.score);
    expect(res.body.trajectoryId).toBeTruthy();

    const again = await caseManager.post(`/api/persons/${sandra.id}/match-proposals`, {
      vacancyId: target.vacancy.id,
    });
    expect(again.status).toBe(409);

    const logged = await t.db
      .select()
      .from(events)
      .where(and(eq(events.type, 'match.proposed'), eq(events.subjectId, sandra.id)));
    expect(logged).toHaveLength(1);
    expect(logged[0]?.data).toMatchObject({ vacancyId: target.vacancy.id });
    expect(JSON.stringify(logged[0]?.data)).not.toContain(sandra.personal.familyName ?? '§');

    // The vacancy's candidates list (its employer, the region's staff) shows the proposal.
    const listed = await caseManager.get<VacancyCandidates>(
      `/api/vacancies/${target.vacancy.id}/candidates?limit=100`,
    );
    expect(listed.status).toBe(200);
    const her = listed.body.candidates.find((c) => c.candidate.personId === sandra.id);
    expect(her?.proposedAt).toBe(res.body.proposedAt);
    expect(listed.body.candidates.filter((c) => c.proposedAt !== null)).toHaveLength(1);

    const mine = await candidate.get<MatchProposal[]>(`/api/persons/${sandra.id}/match-proposals`);
    expect(mine.status).toBe(200);
    expect(mine.body.map((p) => p.vacancyId)).toEqual([target.vacancy.id]);
  });

  it('answers 400 naming the field for a malformed vacancy id', async () => {
    const res = await caseManager.post<{ error: { field?: string } }>(
      `/api/persons/${sandra.id}/match-proposals`,
      { vacancyId: 'abc' },
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('vacancyId');
  });
});
