import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consent, ConsentRecipients } from '../../src/modules/consent/contracts.ts';
import type { Passport } from '../../src/modules/people/contracts.ts';
import { persons } from '../../src/modules/people/schema.ts';
import type { MyTrajectory, TrajectoryView } from '../../src/modules/trajectories/contracts.ts';
import type { ApiClient, ApiResponse } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

function ok<T>(res: ApiResponse<T>, status = 200): T {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

/**
 * What the candidate's privacy and 'Mijn traject' pages need from the server: the organisations
 * a consent can go to (candidates cannot list the region's organisations otherwise), and the
 * plan's latest evaluation and the aftercare checks without the case manager's notes.
 */
describe('consent recipients and the candidate’s own trajectory view', () => {
  let t: TestApp;
  const clients: Record<string, ApiClient> = {};
  const as = (who: string): ApiClient => clients[who] as ApiClient;
  const org: Record<string, string> = {};
  let personId = '';

  beforeAll(async () => {
    t = await testApp();
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
    await make('hotel', ['releasing_employer', 'hiring_employer']);
    await anOrganisation(t.db, { regionId: far.id, name: 'Org far', kinds: ['hiring_employer'] });
    const users = {
      cm: { role: 'case_manager', organisationId: org.uwv },
      otherCm: { role: 'case_manager', organisationId: org.gemeente },
      care: { role: 'employer', organisationId: org.care },
      candidate: { role: 'candidate' },
      otherCandidate: { role: 'candidate' },
    } as const;
    for (const [who, u] of Object.entries(users)) {
      const user = await aUser(t.db, { regionId: region.id, ...u });
      const c = t.client();
      expect((await c.login(user.email, TEST_PASSWORD)).status).toBe(200);
      clients[who] = c;
    }
    personId = ok(
      await as('candidate').post<Passport>('/api/persons', {
        givenName: 'Fenna',
        familyName: 'Wouters',
        caseOrganisationId: org.uwv,
      }),
      201,
    ).id;
    await t.db
      .update(persons)
      .set({ currentEmployerId: org.caterer })
      .where(eq(persons.id, personId));
  });
  afterAll(() => t.close());

  const recipientsUrl = () => `/api/persons/${personId}/consent-recipients`;

  it('lists per purpose the organisations of the person’s region that consent may go to', async () => {
    const lists = ok(await as('candidate').get<ConsentRecipients>(recipientsUrl()));
    const names = Object.fromEntries(
      lists.map((l) => [l.purpose, l.recipients.map((r) => r.name)]),
    );
    expect(names).toEqual({
      passport_to_hiring_employer: ['Org care', 'Org hotel'],
      progress_to_releasing_employer: ['Org caterer', 'Org hotel'],
      // The case team (UWV) needs no consent for its own case; employers are no partners.
      case_to_partner: ['Org gemeente'],
    });
    const releasing = lists.find((l) => l.purpose === 'progress_to_releasing_employer');
    expect(releasing?.recipients.find((r) => r.isCurrentEmployer)?.id).toBe(org.caterer);
  });

  it('every listed recipient is accepted by the grant, so the form never offers a dead end', async () => {
    const lists = ok(await as('candidate').get<ConsentRecipients>(recipientsUrl()));
    for (const { purpose, recipients } of lists) {
      for (const r of recipients) {
        ok(
          await as('candidate').post<Consent[]>(`/api/persons/${personId}/consents`, {
            purpose,
            recipientOrganisationId: r.id,
          }),
          201,
        );
      }
    }
    const consents = ok(await as('candidate').get<Consent[]>(`/api/persons/${personId}/consents`));
    expect(consents.filter((c) => c.status === 'in_force')).toHaveLength(5);
  });

  it('is for the candidate and their case team only; others get 404', async () => {
    ok(await as('cm').get(recipientsUrl()));
    for (const who of ['otherCm', 'care', 'otherCandidate']) {
      expect((await as(who).get(recipientsUrl())).status, who).toBe(404);
    }
  });

  it('shows the candidate the latest evaluation of each goal and the aftercare, without notes', async () => {
    const trajectoryId = ok(
      await as('cm').post<TrajectoryView>('/api/trajectories', {
        personId,
        source: 'uwv',
      }),
      201,
    ).id;
    const url = (path: string) => `/api/trajectories/${trajectoryId}${path}`;
    ok(await as('cm').request('PUT', url('/intake'), { situation: 'Werkt in de catering' }));
    ok(await as('cm').post(url('/triage'), { group: 2, reason: 'Korte route' }));
    ok(await as('cm').post(url('/steps'), { step: 2, reason: 'plan_agreed' }));
    const goalId =
      ok(
        await as('cm').post<TrajectoryView>(url('/goals'), {
          title: 'Meelopen in de zorg',
          dueOn: '2099-12-31',
          agreedWith: ['candidate', 'case_manager'],
        }),
        201,
      ).createdId ?? '';
    let mine = ok(await as('candidate').get<MyTrajectory>(`/api/persons/${personId}/trajectory`));
    expect(mine.goals[0]?.latestEvaluation).toBeNull();
    for (const [progress, note] of [
      ['behind', 'Eerst de schulden regelen'],
      ['on_track', 'Gaat nu goed, geheime notitie'],
    ] as const) {
      ok(await as('cm').post(url(`/goals/${goalId}/evaluations`), { progress, note }));
    }
    ok(await as('cm').post(url('/steps'), { step: 6, reason: 'placed' }));
    ok(
      await as('cm').post(url('/placements'), {
        route: 'direct',
        employerId: org.care,
        jobTitle: 'Helpende zorg',
        startDate: '2030-03-01',
        hoursPerWeek: 24,
        monthlySalary: 2300,
        contractType: 'fixed_term',
      }),
      201,
    );
    mine = ok(await as('candidate').get<MyTrajectory>(`/api/persons/${personId}/trajectory`));
    expect(mine.goals[0]?.latestEvaluation).toMatchObject({ progress: 'on_track' });
    expect(mine.placements[0]?.aftercare.map((c) => [c.months, c.dueOn, c.result])).toEqual([
      [3, '2030-06-01', 'open'],
      [6, '2030-09-01', 'open'],
      [12, '2031-03-01', 'open'],
    ]);
    expect(mine.placements[0]?.endedOn).toBeNull();
    const text = JSON.stringify(mine);
    expect(text).not.toContain('geheime notitie');
    expect(text).not.toContain('schulden');
  });
});
