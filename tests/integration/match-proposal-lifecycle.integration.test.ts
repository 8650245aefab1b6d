import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-region.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import type { Consent } from '../../src/modules/consent/contracts.ts';
import { events } from '../../src/modules/events/schema.ts';
import type {
  MatchProposal,
  Opportunities,
  ProposalsAwaiting,
  VacancyCandidates,
  VacancyProposal,
  VacancyProposals,
} from '../../src/modules/matching/contracts.ts';
import type { Passport } from '../../src/modules/people/contracts.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

const hiringEmployerName = 'Zorggroep Maas en Meierij';
const minute = 60_000;

describe('a proposal seen by the hiring employer, answered and withdrawn', () => {
  let t: TestApp;
  let sandra: Passport;
  let candidate: ApiClient;
  let caseManager: ApiClient;
  let employer: ApiClient;
  let otherEmployer: ApiClient;
  let otherCaseManager: ApiClient;
  let coordinator: ApiClient;
  let admin: ApiClient;
  let vacancyId = '';
  let employerId = '';
  let proposal: MatchProposal;

  const as = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, DEMO_PASSWORD)).status).toBe(200);
    return c;
  };
  const proposalsUrl = () => `/api/vacancies/${vacancyId}/match-proposals`;
  const withdrawUrl = (id: string) => `/api/persons/${sandra.id}/match-proposals/${id}/withdraw`;
  const answerUrl = (id: string) => `${proposalsUrl()}/${id}/answer`;
  const employerSees = async (): Promise<VacancyProposal[]> => {
    const res = await employer.get<VacancyProposals>(proposalsUrl());
    expect(res.status).toBe(200);
    return res.body.proposals;
  };
  const passportConsents = async () =>
    (await candidate.get<Consent[]>(`/api/persons/${sandra.id}/consents`)).body.filter(
      (g) => g.purpose === 'passport_to_hiring_employer' && g.status === 'in_force',
    );
  const withdrawPassportConsents = async () => {
    for (const g of await passportConsents()) {
      const res = await candidate.post(`/api/persons/${sandra.id}/consents/${g.id}/withdraw`);
      expect(res.status).toBe(200);
    }
  };
  const shareWithEmployer = async () => {
    const res = await candidate.post(`/api/persons/${sandra.id}/consents`, {
      purpose: 'passport_to_hiring_employer',
      recipientOrganisationId: employerId,
    });
    expect(res.status).toBe(201);
  };

  beforeAll(async () => {
    t = await testApp();
    expect((await seedDemo(t.db, t.clock.now())).seeded).toBe(true);
    candidate = await as('kandidaat@overstap.demo');
    caseManager = await as('casemanager@overstap.demo');
    employer = await as('zorg@overstap.demo');
    otherEmployer = await as('werkgever@overstap.demo');
    otherCaseManager = await as('casemanager.oss@overstap.demo');
    coordinator = await as('regie@overstap.demo');
    admin = await as('beheer@overstap.demo');
    sandra = (await candidate.get<Passport>('/api/persons/me')).body;
    const o = await caseManager.get<Opportunities>(
      `/api/persons/${sandra.id}/opportunities?limit=100`,
    );
    const target = o.body.vacancies.find((v) => v.vacancy.employerName === hiringEmployerName);
    if (!target) throw new Error(`no vacancy of ${hiringEmployerName} for Sandra`);
    vacancyId = target.vacancy.id;
    employerId = target.vacancy.employerId;
    // Only her consent for this one employer is in force.
    await withdrawPassportConsents();
    await shareWithEmployer();
    t.clock.advance(minute);
    const res = await caseManager.post<MatchProposal>(`/api/persons/${sandra.id}/match-proposals`, {
      vacancyId,
    });
    expect(res.status).toBe(201);
    proposal = res.body;
    t.clock.advance(minute);
  });
  afterAll(() => t.close());

  it('shows the proposal to the vacancy’s employer: who proposed it, from where, when, and her name', async () => {
    expect(proposal.id).toBeTruthy();
    expect(proposal.vacancyTitle).toBeTruthy();
    expect(proposal.employerName).toBe(hiringEmployerName);
    expect(proposal.withdrawal).toBeNull();
    const list = await employerSees();
    expect(list).toHaveLength(1);
    const [seen] = list;
    expect(seen?.id).toBe(proposal.id);
    expect(seen?.proposedAt).toBe(proposal.proposedAt);
    expect(seen?.proposedBy.organisationName).toBe("UWV Werkbedrijf 's-Hertogenbosch");
    expect(seen?.proposedBy.name).toBeTruthy();
    expect(seen?.candidate).toMatchObject({
      personId: sandra.id,
      pseudonymous: false,
      givenName: sandra.personal.givenName,
      familyName: sandra.personal.familyName,
    });
    expect(seen?.answer).toBeNull();
  });

  it('is not shown to another employer, the candidate or an administrator (404)', async () => {
    for (const who of [otherEmployer, candidate, admin]) {
      expect((await who.get(proposalsUrl())).status).toBe(404);
    }
    expect((await t.client().get(proposalsUrl())).status).toBe(401);
    const bad = await employer.get('/api/vacancies/abc/match-proposals');
    expect(bad.status).toBe(400);
  });

  it('shows the region’s staff the proposal, with names only for the candidate’s own case team', async () => {
    const own = await caseManager.get<VacancyProposals>(proposalsUrl());
    expect(own.body.proposals[0]?.candidate.pseudonymous).toBe(false);
    for (const who of [otherCaseManager, coordinator]) {
      const res = await who.get<VacancyProposals>(proposalsUrl());
      expect(res.status).toBe(200);
      expect(res.body.proposals.map((p) => p.id)).toEqual([proposal.id]);
      expect(res.body.proposals[0]?.candidate.pseudonymous).toBe(true);
      expect(JSON.stringify(res.body)).not.toContain(sandra.personal.familyName ?? '§');
    }
  });

  it('shows only the pseudonym once she withdraws her consent, and her name again when she gives it', async () => {
    await withdrawPassportConsents();
    const [seen] = await employerSees();
    expect(seen?.candidate).toMatchObject({
      pseudonymous: true,
      givenName: null,
      familyName: null,
      pseudonym: sandra.pseudonym,
    });
    const body = JSON.stringify(await employer.get(proposalsUrl()));
    expect(body).not.toContain(sandra.personal.familyName ?? '§');
    expect(body).not.toContain(sandra.personal.givenName ?? '§');
    await shareWithEmployer();
    expect((await employerSees())[0]?.candidate.pseudonymous).toBe(false);
  });

  it('counts the proposal on the employer’s home until it is answered', async () => {
    const before = await employer.get<ProposalsAwaiting>('/api/match-proposals/awaiting-answer');
    expect(before.status).toBe(200);
    expect(before.body.total).toBe(1);
    expect(before.body.vacancies).toEqual([
      { vacancyId, title: proposal.vacancyTitle, awaitingAnswer: 1 },
    ]);
    const other = await otherEmployer.get<ProposalsAwaiting>(
      '/api/match-proposals/awaiting-answer',
    );
    expect(other.body.total).toBe(0);
    for (const who of [caseManager, candidate, coordinator]) {
      expect((await who.get('/api/match-proposals/awaiting-answer')).status).toBe(403);
    }
  });

  it('lets only the vacancy’s employer answer, once, with a reason when it does not fit', async () => {
    expect((await caseManager.post(answerUrl(proposal.id), { answer: 'invite' })).status).toBe(403);
    expect((await otherEmployer.post(answerUrl(proposal.id), { answer: 'invite' })).status).toBe(
      404,
    );
    expect((await candidate.post(answerUrl(proposal.id), { answer: 'invite' })).status).toBe(404);
    const noReason = await employer.post<{ error: { field?: string } }>(answerUrl(proposal.id), {
      answer: 'no_fit',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
    const badAnswer = await employer.post<{ error: { field?: string } }>(answerUrl(proposal.id), {
      answer: 'maybe',
    });
    expect(badAnswer.status).toBe(400);
    expect(badAnswer.body.error.field).toBe('answer');

    const invited = await employer.post<VacancyProposal>(answerUrl(proposal.id), {
      answer: 'invite',
    });
    expect(invited.status).toBe(200);
    expect(invited.body.answer).toMatchObject({ answer: 'invite', reason: null });
    const again = await employer.post(answerUrl(proposal.id), {
      answer: 'no_fit',
      reason: 'skills',
    });
    expect(again.status).toBe(409);

    // The case team sees the answer with her proposals; the home count drops.
    const mine = await caseManager.get<MatchProposal[]>(
      `/api/persons/${sandra.id}/match-proposals`,
    );
    expect(mine.body[0]?.answer?.answer).toBe('invite');
    const awaiting = await employer.get<ProposalsAwaiting>('/api/match-proposals/awaiting-answer');
    expect(awaiting.body.total).toBe(0);
  });

  it('lets only her case team withdraw it', async () => {
    expect((await candidate.post(withdrawUrl(proposal.id), {})).status).toBe(403);
    for (const who of [otherCaseManager, employer, coordinator, admin]) {
      expect((await who.post(withdrawUrl(proposal.id), {})).status).toBe(404);
    }
    const unknown = await caseManager.post(withdrawUrl(crypto.randomUUID()), {});
    expect(unknown.status).toBe(404);
    const badReason = await caseManager.post<{ error: { field?: string } }>(
      withdrawUrl(proposal.id),
      { reason: 'because' },
    );
    expect(badReason.status).toBe(400);
    expect(badReason.body.error.field).toBe('reason');
    expect(await employerSees()).toHaveLength(1);
  });

  it('withdraws once: the employer no longer sees it, the case team sees when and why', async () => {
    const res = await caseManager.post<MatchProposal>(withdrawUrl(proposal.id), {
      reason: 'candidate_found_work',
    });
    expect(res.status).toBe(200);
    expect(res.body.withdrawal).toEqual({
      withdrawnAt: t.clock.now().toISOString(),
      reason: 'candidate_found_work',
    });
    const again = await caseManager.post(withdrawUrl(proposal.id), {});
    expect(again.status).toBe(409);

    expect(await employerSees()).toEqual([]);
    const candidates = await employer.get<VacancyCandidates>(
      `/api/vacancies/${vacancyId}/candidates?limit=100`,
    );
    expect(candidates.body.candidates.every((c) => c.proposedAt === null)).toBe(true);
    // Answering a withdrawn proposal is too late.
    expect(
      (await employer.post(answerUrl(proposal.id), { answer: 'no_fit', reason: 'skills' })).status,
    ).toBe(409);

    const mine = await caseManager.get<MatchProposal[]>(
      `/api/persons/${sandra.id}/match-proposals`,
    );
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]?.withdrawal?.reason).toBe('candidate_found_work');
    const logged = await t.db
      .select()
      .from(events)
      .where(and(eq(events.type, 'match.withdrawn'), eq(events.subjectId, sandra.id)));
    expect(logged).toHaveLength(1);
    expect(logged[0]?.data).toMatchObject({
      proposalId: proposal.id,
      vacancyId,
      reason: 'candidate_found_work',
    });
  });

  it('may propose her again after a withdrawal, without a reason this time', async () => {
    t.clock.advance(minute);
    const res = await caseManager.post<MatchProposal>(`/api/persons/${sandra.id}/match-proposals`, {
      vacancyId,
    });
    expect(res.status).toBe(201);
    expect(res.body.id).not.toBe(proposal.id);
    expect((await employerSees()).map((p) => p.id)).toEqual([res.body.id]);
    t.clock.advance(minute);
    const withdrawn = await caseManager.post<MatchProposal>(withdrawUrl(res.body.id));
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.withdrawal?.reason).toBeNull();
    expect(await employerSees()).toEqual([]);
  });

  it('keeps the dashboard working with the new event types', async () => {
    const proposed = await t.db
      .select({ id: events.id })
      .from(events)
      .where(
        and(
          eq(events.subjectId, sandra.id),
          inArray(events.type, ['match.proposed', 'match.withdrawn', 'match.answered']),
        ),
      );
    expect(proposed).toHaveLength(5);
    for (const who of [coordinator, caseManager, employer]) {
      expect((await who.get('/api/dashboard')).status).toBe(200);
    }
  });
});
