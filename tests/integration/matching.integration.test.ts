import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-region.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import type {
  GroupPlacement,
  MatchExplanationView,
  Opportunities,
  TransitionPaths,
  VacancyCandidates,
} from '../../src/modules/matching/contracts.ts';
import { users } from '../../src/modules/auth/schema.ts';
import type { Consent } from '../../src/modules/consent/contracts.ts';
import { hasConsent } from '../../src/modules/consent/consent-check.ts';
import { matchingIndex } from '../../src/modules/matching/matching-index.ts';
import { organisations } from '../../src/modules/organisations/schema.ts';
import type { Passport } from '../../src/modules/people/contracts.ts';
import { persons, personWorkHistory } from '../../src/modules/people/schema.ts';
import { occupations } from '../../src/modules/taxonomy/schema.ts';
import { starterOccupationUri } from '../../src/modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import type { Notice } from '../../src/modules/vacancies/redundancy-contracts.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

describe('matching on the demo region', () => {
  let t: TestApp;
  let sandra: Passport;
  let candidate: ApiClient;
  const as = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, DEMO_PASSWORD)).status).toBe(200);
    return c;
  };
  const opportunities = async (c: ApiClient, id = sandra.id, limit = 20) => {
    const res = await c.get<Opportunities>(`/api/persons/${id}/opportunities?limit=${limit}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const index = () => matchingIndex(t.db, sandra.regionId);
  const employerOrgOf = async (email: string): Promise<string> => {
    const [u] = await t.db.select().from(users).where(eq(users.email, email));
    if (!u?.organisationId) throw new Error(`no organisation for ${email}`);
    return u.organisationId;
  };

  beforeAll(async () => {
    t = await testApp();
    expect((await seedDemo(t.db, t.clock.now())).seeded).toBe(true);
    candidate = await as('kandidaat@overstap.demo');
    sandra = (await candidate.get<Passport>('/api/persons/me')).body;
  });
  afterAll(() => t.close());

  it('gives a catering cook care and logistics vacancies, explained, with trainings for learnable gaps', async () => {
    const o = await opportunities(candidate);
    expect(o.vacancies.length).toBeGreaterThan(0);
    const sectors = new Set(o.vacancies.map((v) => v.vacancy.occupation?.sector));
    expect([...sectors].some((s) => s === 'care' || s === 'logistics')).toBe(true);
    for (const { explanation: e } of o.vacancies) {
      expect(e.score).toBeGreaterThan(0);
      expect(e.matched.length).toBeGreaterThan(0);
      expect(e.matched[0]?.skill.labelNl).toBeTruthy();
    }
    const trained = o.vacancies
      .flatMap((v) => v.explanation.learnable)
      .filter((l) => l.route === 'training');
    expect(trained.length).toBeGreaterThan(0);
    expect(trained.every((l) => l.trainings.length > 0 && l.trainings[0]?.name)).toBe(true);
    const afterTraining = o.vacancies.find((v) => v.explanation.readiness === 'after-training');
    expect(afterTraining?.explanation.trainingPlan.trainings.length).toBeGreaterThan(0);
    expect(afterTraining?.explanation.trainingPlan.totalWeeks).toBeGreaterThan(0);
    expect(o.occupations.length).toBeGreaterThan(0);
    expect(o.occupations[0]?.occupation.labelNl).toBeTruthy();
    expect(index().stats.fullBuilds).toBe(1);
  });

  it('answers 404 to a case manager of another organisation, and to employers', async () => {
    const oss = await as('casemanager.oss@overstap.demo');
    expect((await oss.get(`/api/persons/${sandra.id}/opportunities`)).status).toBe(404);
    const employer = await as('zorg@overstap.demo');
    expect((await employer.get(`/api/persons/${sandra.id}/opportunities`)).status).toBe(404);
    const own = await as('casemanager@overstap.demo');
    expect((await own.get(`/api/persons/${sandra.id}/opportunities`)).status).toBe(200);
  });

  it('gives identical scores when protected attributes (birth year, name) change', async () => {
    const before = await opportunities(candidate);
    const res = await candidate.patch(`/api/persons/${sandra.id}`, {
      givenName: 'Fatima',
      familyName: 'El Amrani',
      birthYear: 1961,
    });
    expect(res.status).toBe(200);
    const after = await opportunities(candidate);
    const scores = (o: Opportunities) =>
      o.vacancies.map((v) => [v.vacancy.id, v.explanation.score]);
    expect(scores(after)).toEqual(scores(before));
    expect(after.occupations).toEqual(before.occupations);
    expect(index().stats.lastApplied.persons).toBe(1);
  });

  it('drops a vacancy from the results once it is closed, without a full rebuild', async () => {
    const before = await opportunities(candidate);
    const top = before.vacancies[0];
    if (!top) throw new Error('no vacancy');
    const admin = await as('beheer@overstap.demo');
    const closed = await admin.post(`/api/vacancies/${top.vacancy.id}/status`, {
      status: 'closed',
      reason: 'vervuld buiten Overstap',
    });
    expect(closed.status).toBe(200);
    const after = await opportunities(candidate);
    expect(after.vacancies.map((v) => v.vacancy.id)).not.toContain(top.vacancy.id);
    expect(index().stats.fullBuilds).toBe(1);
    expect(index().stats.lastApplied.vacancies).toBeGreaterThanOrEqual(1);
    const explain = await candidate.get(
      `/api/matches/explain?personId=${sandra.id}&vacancyId=${top.vacancy.id}`,
    );
    expect(explain.status).toBe(404); // a candidate does not see a closed vacancy at all
  });

  it('re-ranks after a new skill in the passport, without a full rebuild', async () => {
    const before = await opportunities(candidate, sandra.id, 50);
    // The best-placed vacancy that misses an essential skill the candidate can add herself.
    const target = before.vacancies.find((v) =>
      [
        ...v.explanation.learnable,
        ...v.explanation.blocking.map((skill) => ({ skill, importance: 'essential' })),
      ].some((l) => l.importance === 'essential'),
    );
    if (!target) throw new Error('no vacancy with a missing essential skill');
    const gap =
      target.explanation.blocking[0] ??
      target.explanation.learnable.find((l) => l.importance === 'essential')?.skill;
    if (!gap) throw new Error('no gap');
    const put = await candidate.request('PUT', `/api/persons/${sandra.id}/skills/${gap.id}`, {
      level: 4,
    });
    expect(put.status).toBe(200);
    const after = await opportunities(candidate, sandra.id, 50);
    const scoreOf = (o: Opportunities) =>
      o.vacancies.find((v) => v.vacancy.id === target.vacancy.id)?.explanation.score ?? 0;
    const rankOf = (o: Opportunities) =>
      o.vacancies.findIndex((v) => v.vacancy.id === target.vacancy.id);
    expect(scoreOf(after)).toBeGreaterThan(scoreOf(before));
    expect(rankOf(after)).toBeGreaterThanOrEqual(0);
    expect(rankOf(after)).toBeLessThanOrEqual(rankOf(before));
    const matched = after.vacancies
      .find((v) => v.vacancy.id === target.vacancy.id)
      ?.explanation.matched.map((m) => m.skill.id);
    expect(matched).toContain(gap.id);
    expect(index().stats.fullBuilds).toBe(1);
    expect(index().stats.lastApplied.persons).toBe(1);
  });

  it('shows the hiring employer pseudonyms only, until the candidate consents', async () => {
    // Sandra consented at her intake (demo); she withdraws first, which takes effect at once.
    const grants = await candidate.get<Consent[]>(`/api/persons/${sandra.id}/consents`);
    for (const g of grants.body) {
      if (g.purpose !== 'passport_to_hiring_employer' || g.status !== 'in_force') continue;
      const w = await candidate.post(`/api/persons/${sandra.id}/consents/${g.id}/withdraw`);
      expect(w.status).toBe(200);
    }
    const employer = await as('zorg@overstap.demo');
    const orgId = await employerOrgOf('zorg@overstap.demo');
    const own = await employer.get<{ id: string; status: string }[]>('/api/vacancies?limit=500');
    let found: VacancyCandidates | null = null;
    for (const v of own.body.filter((x) => x.status === 'open')) {
      const res = await employer.get<VacancyCandidates>(`/api/vacancies/${v.id}/candidates`);
      expect(res.status).toBe(200);
      if (res.body.candidates.some((c) => c.candidate.personId === sandra.id)) {
        found = res.body;
        break;
      }
    }
    if (!found) throw new Error('Sandra is no candidate for any care vacancy');
    // Other demo participants consented at their intake; everyone else is a pseudonym only.
    for (const c of found.candidates) {
      const consented = await hasConsent(
        t.db,
        c.candidate.personId,
        'passport_to_hiring_employer',
        orgId,
        t.clock.now(),
      );
      expect(c.candidate.pseudonymous).toBe(!consented);
      if (consented) continue;
      expect(c.candidate.givenName).toBeNull();
      expect(c.candidate.familyName).toBeNull();
      expect(c.candidate.pseudonym).toBeTruthy();
      expect(c.explanation.excludedBy?.details ?? {}).toEqual({});
    }
    const pseudonymous = found.candidates.find((c) => c.candidate.personId === sandra.id);
    expect(pseudonymous?.candidate.pseudonymous).toBe(true);
    expect(JSON.stringify(found)).not.toContain('El Amrani');
    // Another employer's vacancy: 404.
    const other = await as('werkgever@overstap.demo');
    expect((await other.get(`/api/vacancies/${found.vacancy.id}/candidates`)).status).toBe(404);
    // Sandra shares her passport with hiring employers again: her name appears.
    const granted = await candidate.post(`/api/persons/${sandra.id}/consents`, {
      purpose: 'passport_to_hiring_employer',
      recipientOrganisationId: null,
    });
    expect(granted.status).toBe(201);
    const again = await employer.get<VacancyCandidates>(
      `/api/vacancies/${found.vacancy.id}/candidates`,
    );
    const her = again.body.candidates.find((c) => c.candidate.personId === sandra.id);
    expect(her?.candidate.pseudonymous).toBe(false);
    expect(her?.candidate.familyName).toBe('El Amrani');
    expect(her?.explanation.score).toBe(pseudonymous?.explanation.score);
    const explain = await employer.get<MatchExplanationView>(
      `/api/matches/explain?personId=${sandra.id}&vacancyId=${found.vacancy.id}`,
    );
    expect(explain.status).toBe(200);
    expect(explain.body.explanation.score).toBe(her?.explanation.score);
  });

  it('finds transition paths from the catering occupation into care or logistics, with the gap', async () => {
    const [catering] = await t.db
      .select({ id: occupations.id })
      .from(occupations)
      .where(eq(occupations.uri, starterOccupationUri('occupation.catering-employee')));
    if (!catering) throw new Error('no catering occupation');
    const coordinator = await as('regie@overstap.demo');
    const res = await coordinator.get<TransitionPaths>(
      `/api/transition-paths?fromOccupationId=${catering.id}&limit=15`,
    );
    expect(res.status).toBe(200);
    const into = res.body.paths.filter(
      (p) => p.to.sector === 'care' || p.to.sector === 'logistics',
    );
    expect(into.length).toBeGreaterThan(0);
    for (const p of into) {
      expect(p.essentialCoverage).toBeGreaterThanOrEqual(0);
      expect(p.essentialCoverage).toBeLessThanOrEqual(1);
    }
    const withGap = into.find((p) => p.missing.length > 0);
    expect(withGap?.missing[0]?.skill.labelNl).toBeTruthy();
    expect(into.some((p) => p.missing.some((m) => m.trainings.length > 0))).toBe(true);
    expect(
      (await candidate.get(`/api/transition-paths?fromOccupationId=${catering.id}`)).status,
    ).toBe(403);
    expect((await coordinator.get('/api/transition-paths?fromOccupationId=abc')).status).toBe(400);
  });

  it('places a redundancy notice’s people, lists the rest with reasons, pseudonymous for the employer', async () => {
    const coordinator = await as('regie@overstap.demo');
    const notices = await coordinator.get<Notice[]>('/api/redundancy-notices');
    const notice = notices.body.find((n) => n.employer.name.includes('Maasland'));
    if (!notice) throw new Error('no notice of catering-a');
    // The demo links nobody to the notice: make the catering-a employees its people.
    const [employerOrg] = await t.db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, notice.employer.id));
    if (!employerOrg) throw new Error('no employer');
    await t.db
      .update(persons)
      .set({ currentEmployerId: employerOrg.id })
      .where(
        sql`${persons.id} in (select ${personWorkHistory.personId} from ${personWorkHistory}
          where ${personWorkHistory.employerName} = ${employerOrg.name} and ${personWorkHistory.endYear} is null)`,
      );
    const people = await t.db
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.currentEmployerId, employerOrg.id), isNull(persons.erasedAt)));
    expect(people.length).toBeGreaterThanOrEqual(3);

    const res = await coordinator.post<GroupPlacement>(
      `/api/redundancy-notices/${notice.id}/group-placement`,
    );
    expect(res.status).toBe(200);
    const g = res.body;
    expect(g.source).toBe('current_employer');
    expect(g.people).toBe(people.length);
    const placed = [...g.direct, ...g.afterTraining];
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length + g.leftOver.length).toBe(people.length);
    expect(new Set(placed.map((a) => a.candidate.personId)).size).toBe(placed.length);
    for (const l of g.leftOver)
      expect(['outcompeted', 'no-eligible-vacancy']).toContain(l.reason.code);
    expect(g.direct.every((a) => a.vacancy.title.length > 0 && a.score > 0)).toBe(true);
    expect(g.afterTraining.every((a) => a.trainingWeeks > 0)).toBe(true);

    const employer = await as('werkgever@overstap.demo');
    const own = await employer.post<GroupPlacement>(
      `/api/redundancy-notices/${notice.id}/group-placement`,
    );
    expect(own.status).toBe(200);
    const everyone = [...own.body.direct, ...own.body.afterTraining, ...own.body.leftOver];
    expect(everyone.every((x) => x.candidate.pseudonymous && x.candidate.givenName === null)).toBe(
      true,
    );
    expect(own.body.totalScore).toBe(g.totalScore);
    const hiring = await as('zorg@overstap.demo');
    expect((await hiring.post(`/api/redundancy-notices/${notice.id}/group-placement`)).status).toBe(
      404,
    );
  });
});
