import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '../../src/modules/events/schema.ts';
import { trainings } from '../../src/modules/offers/schema.ts';
import type { Passport } from '../../src/modules/people/contracts.ts';
import type {
  MyTrajectory,
  TrajectorySummary,
  TrajectoryView,
  WorklistItem,
} from '../../src/modules/trajectories/contracts.ts';
import { trajectoryEventTypes } from '../../src/modules/trajectories/event-types.ts';
import { vacancies } from '../../src/modules/vacancies/schema.ts';
import type { ApiClient, ApiResponse } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

type Err = { error: { code: string; message: string; field?: string } };
const DAY = 86_400_000;

describe('a trajectory through the whole chain', () => {
  let t: TestApp;
  const clients: Record<string, ApiClient> = {};
  const as = (who: string): ApiClient => {
    const c = clients[who];
    if (!c) throw new Error(`no client ${who}`);
    return c;
  };
  const org: Record<string, string> = {};
  let vacancyId = '';
  let trainingId = '';
  let person: Passport;
  let trajectoryId = '';
  const url = (path = '') => `/api/trajectories/${trajectoryId}${path}`;
  const ok = <T>(res: ApiResponse<T>, status = 200): T => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  /** Moves the test clock to a day (09:00 UTC) and returns it as YYYY-MM-DD. */
  const on = (date: string) => {
    t.clock.set(new Date(`${date}T09:00:00Z`));
    return date;
  };

  beforeAll(async () => {
    t = await testApp();
    const region = await aRegion(t.db);
    const make = async (
      key: string,
      kinds: Parameters<typeof anOrganisation>[1]['kinds'],
      sector: Parameters<typeof anOrganisation>[1]['sector'],
    ) => {
      org[key] = (
        await anOrganisation(t.db, { regionId: region.id, name: `Org ${key}`, kinds, sector })
      ).id;
    };
    await make('uwv', ['public_employment_service'], 'public');
    await make('gemeente', ['municipality'], 'public');
    await make('caterer', ['releasing_employer'], 'hospitality');
    await make('care', ['hiring_employer'], 'care');
    await make('school', ['training_provider'], 'education');
    const users = {
      cm: { role: 'case_manager', organisationId: org.uwv },
      otherCm: { role: 'case_manager', organisationId: org.gemeente },
      employer: { role: 'employer', organisationId: org.care },
      coordinator: { role: 'coordinator', organisationId: org.gemeente },
      candidate: { role: 'candidate' },
    } as const;
    for (const [who, u] of Object.entries(users)) {
      const user = await aUser(t.db, { regionId: region.id, ...u });
      const c = t.client();
      expect((await c.login(user.email, TEST_PASSWORD)).status).toBe(200);
      clients[who] = c;
    }
    // Signed in at today's time (the test client drops cookies that expired in real time);
    // the trajectory itself happens in 2020–2022 on the test clock.
    t.clock.set(new Date('2020-09-01T09:00:00Z'));
    vacancyId = randomUUID();
    await t.db.insert(vacancies).values({
      id: vacancyId,
      regionId: region.id,
      employerId: org.care ?? '',
      title: 'Helpende zorg en welzijn',
      conditionalContract: true,
      jobShadowing: true,
    });
    trainingId = randomUUID();
    await t.db.insert(trainings).values({
      id: trainingId,
      regionId: region.id,
      providerId: org.school ?? '',
      name: 'Helpende Zorg & Welzijn (mbo-2, BBL)',
      weeks: 26,
    });
    person = ok(
      await as('candidate').post<Passport>('/api/persons', {
        givenName: 'Yvonne',
        familyName: 'Kraaijeveld',
        caseOrganisationId: org.uwv,
      }),
      201,
    );
    ok(
      await as('candidate').post(`/api/persons/${person.id}/work-history`, {
        jobTitle: 'Kok bedrijfsrestaurant',
        employerName: 'Org caterer',
        sector: 'hospitality',
        startYear: 2006,
        endYear: null,
        hoursPerWeek: 32,
        monthlySalary: 2450,
      }),
    );
  });
  afterAll(() => t.close());

  it('starts by self-registration and waits for the intake; triage and steps wait too', async () => {
    const mine = ok(
      await as('candidate').post<MyTrajectory>(`/api/persons/${person.id}/trajectory`),
      201,
    );
    expect(mine.status).toBe('registered');
    trajectoryId = mine.id;
    const again = await as('candidate').post<Err>(`/api/persons/${person.id}/trajectory`);
    expect(again.status).toBe(409);
    const view = ok(await as('cm').get<TrajectoryView>(url()));
    expect(view).toMatchObject({
      status: 'registered',
      step: null,
      source: 'self',
      oldSector: 'hospitality',
      releasingEmployer: { id: org.caterer },
    });
    const triage = await as('cm').post<Err>(url('/triage'), {
      group: 2,
      reason: 'Snel aan het werk',
    });
    expect(triage.status).toBe(409);
    expect(triage.body.error.message).toContain('intake');
    expect((await as('cm').post<Err>(url('/steps'), { step: 1, reason: 'other' })).status).toBe(
      409,
    );
    const worklist = ok(await as('cm').get<WorklistItem[]>('/api/worklist'));
    expect(worklist.map((i) => i.kind)).toContain('intake_due');
  });

  it('records the intake, triage (with history) and enters step 1', async () => {
    on('2020-09-08');
    let view = ok(
      await as('cm').request<TrajectoryView>('PUT', url('/intake'), {
        situation: 'Werkt 14 jaar als kok; contract loopt af.',
        motivation: 'Wil de zorg in.',
        wishes: 'Overdag werken',
        obstacles: ['care_duties', 'debts'],
        obstacleNote: 'Mantelzorg voor vader; schuldhulp loopt',
        digitalSkills: 'basic',
      }),
    );
    expect(view.status).toBe('intake');
    expect(view.intake).toMatchObject({
      obstaclesVisible: true,
      obstacles: ['care_duties', 'debts'],
    });
    view = ok(
      await as('cm').post<TrajectoryView>(url('/triage'), { group: 2, reason: 'Kan snel matchen' }),
    );
    expect(view).toMatchObject({ status: 'active', step: 1, triageGroup: 2, nextSteps: [2, 3, 6] });
    on('2020-09-15');
    view = ok(
      await as('cm').post<TrajectoryView>(url('/triage'), {
        group: 3,
        reason: 'Schulden vragen eerst maatwerk',
      }),
    );
    expect(view).toMatchObject({ step: 1, triageGroup: 3 });
    expect(view.triageHistory.map((d) => [d.previousGroup, d.group])).toEqual([
      [null, 2],
      [2, 3],
    ]);
    const same = await as('cm').post<Err>(url('/triage'), { group: 3, reason: 'nog eens' });
    expect(same.status).toBe(409);
  });

  it('rejects every step the chain does not allow, naming the allowed ones', async () => {
    for (const step of [1, 4, 5, 7]) {
      const res = await as('cm').post<Err>(url('/steps'), { step, reason: 'other' });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'conflict', field: 'step' });
      expect(res.body.error.message).toContain('from step 1 the chain goes to step 2, 3, 6');
    }
    const bad = await as('cm').post<Err>(url('/steps'), { step: 9, reason: 'other' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('step');
  });

  it('agrees a personal plan in step 2 and evaluates its goals every three months', async () => {
    on('2020-09-22');
    ok(
      await as('cm').post<TrajectoryView>(url('/steps'), {
        step: 2,
        reason: 'plan_agreed',
        note: 'Plan besproken',
      }),
    );
    let view = ok(
      await as('cm').post<TrajectoryView>(url('/goals'), {
        title: 'Meelopen in de zorg',
        dueOn: '2020-12-31',
        agreedWith: ['candidate', 'case_manager'],
      }),
      201,
    );
    const goalId = view.createdId ?? '';
    expect(view.goals[0]).toMatchObject({
      id: goalId,
      nextEvaluationOn: '2020-12-22',
      status: 'open',
    });
    on('2020-12-21');
    const due = ok(await as('cm').get<WorklistItem[]>('/api/worklist?withinDays=7'));
    expect(due.find((i) => i.kind === 'evaluation_due')).toMatchObject({
      subjectId: goalId,
      dueOn: '2020-12-22',
      overdue: false,
    });
    view = ok(
      await as('cm').post<TrajectoryView>(url(`/goals/${goalId}/evaluations`), {
        progress: 'behind',
        note: 'Eerst schulden op orde',
        adjustedDueOn: '2021-02-28',
      }),
    );
    expect(view.goals[0]).toMatchObject({ dueOn: '2021-02-28', nextEvaluationOn: '2021-03-21' });
    expect(view.goals[0]?.evaluations).toHaveLength(1);
  });

  it('goes through matching with job shadowing, selection and a conditional contract', async () => {
    on('2021-01-05');
    ok(
      await as('cm').post<TrajectoryView>(url('/steps'), { step: 3, reason: 'ready_for_matching' }),
    );
    let view = ok(
      await as('cm').post<TrajectoryView>(url('/referrals'), {
        offerKind: 'training',
        offerId: trainingId,
      }),
      201,
    );
    const referralId = view.createdId ?? '';
    expect(view.referrals[0]).toMatchObject({
      title: 'Helpende Zorg & Welzijn (mbo-2, BBL)',
      status: 'proposed',
      nextStatuses: ['accepted', 'stopped'],
    });
    const skip = await as('cm').post<Err>(url(`/referrals/${referralId}/status`), {
      status: 'completed',
    });
    expect(skip.status).toBe(409);
    ok(await as('cm').post(url(`/referrals/${referralId}/status`), { status: 'accepted' }));
    view = ok(
      await as('cm').post<TrajectoryView>(url('/shadowings'), {
        vacancyId,
        startDate: '2021-01-11',
        endDate: '2021-01-13',
      }),
      201,
    );
    const shadowingId = view.createdId ?? '';
    expect(view.shadowings[0]?.employer).toEqual({ id: org.care, name: 'Org care' });
    const tooLong = await as('cm').post<Err>(url('/shadowings'), {
      vacancyId,
      startDate: '2021-01-11',
      endDate: '2021-01-25',
    });
    expect(tooLong.body.error.field).toBe('endDate');
    on('2021-01-14');
    view = ok(
      await as('cm').post<TrajectoryView>(url(`/shadowings/${shadowingId}/outcome`), {
        fit: 'yes',
        feedbackCandidate: 'Voelde me meteen thuis',
        feedbackEmployer: 'Gastvrij, rustig met bewoners',
      }),
    );
    expect(view.shadowings[0]?.fit).toBe('yes');
    ok(await as('cm').post(url('/steps'), { step: 4, reason: 'shadowing_fit' }));
    ok(
      await as('cm').post(url('/selections'), {
        vacancyId,
        result: 'selected',
        decidedOn: '2021-01-20',
      }),
      201,
    );
    view = ok(
      await as('cm').post<TrajectoryView>(url('/conditional-contracts'), {
        vacancyId,
        dissolvingCondition: 'Diploma Helpende Zorg en Welzijn niveau 2 behaald',
        deadline: '2021-08-31',
        signedOn: '2021-01-25',
      }),
      201,
    );
    expect(view.conditionalContracts[0]).toMatchObject({
      status: 'signed',
      employer: { id: org.care },
    });
  });

  it('trains, places with old and new conditions side by side, and plans the aftercare', async () => {
    on('2021-02-01');
    ok(await as('cm').post(url('/steps'), { step: 5, reason: 'training_needed' }));
    let view = ok(
      await as('cm').post<TrajectoryView>(url('/trainings'), {
        trainingId,
        startDate: '2021-02-01',
      }),
      201,
    );
    const enrolmentId = view.createdId ?? '';
    expect(view.trainings[0]).toMatchObject({
      name: 'Helpende Zorg & Welzijn (mbo-2, BBL)',
      expectedEndDate: '2021-08-02',
      provider: { id: org.school },
      status: 'started',
    });
    ok(
      await as('cm').post(url('/funding'), {
        source: 'training_fund',
        amount: 3150,
        paysFor: 'training',
      }),
      201,
    );
    view = ok(
      await as('cm').post<TrajectoryView>(url('/funding'), {
        source: 'releasing_employer',
        amount: 1250.5,
        paysFor: 'coaching',
      }),
      201,
    );
    expect(view.funding).toEqual(
      expect.objectContaining({
        total: 4400.5,
        bySource: { training_fund: 3150, releasing_employer: 1250.5 },
      }),
    );
    on('2021-03-01');
    ok(await as('cm').post(url('/steps'), { step: 6, reason: 'placed' }));
    view = ok(
      await as('cm').post<TrajectoryView>(url('/placements'), {
        outcome: 'work_and_training',
        route: 'after_training',
        vacancyId,
        jobTitle: 'Helpende in opleiding',
        startDate: '2021-03-01',
        hoursPerWeek: 28,
        monthlySalary: 2280,
        contractType: 'conditional',
      }),
      201,
    );
    const placement = view.placements[0];
    expect(placement?.comparison).toMatchObject({
      old: {
        employerName: 'Org caterer',
        sector: 'hospitality',
        monthlySalary: 2450,
        hoursPerWeek: 32,
      },
      new: { employerName: 'Org care', sector: 'care', monthlySalary: 2280, hoursPerWeek: 28 },
      monthlyIncomeGap: -170,
      sectorChanged: true,
    });
    expect(placement?.checks.map((c) => [c.months, c.dueOn, c.measuresOutcome, c.result])).toEqual([
      [3, '2021-06-01', false, 'open'],
      [6, '2021-09-01', true, 'open'],
      [12, '2022-03-01', true, 'open'],
    ]);
    expect(view.outcome).toMatchObject({ outcome: 'work_and_training', sameSectorAsBefore: false });
    on('2021-08-20');
    view = ok(
      await as('cm').post<TrajectoryView>(url(`/trainings/${enrolmentId}/complete`), {
        finishedOn: '2021-08-20',
      }),
    );
    const contractId = view.conditionalContracts[0]?.id ?? '';
    ok(
      await as('cm').post(url(`/conditional-contracts/${contractId}/resolve`), {
        resolution: 'condition_met',
        resolvedOn: '2021-08-20',
      }),
    );
  });

  it('follows up after 3, 6 and 12 months and closes as a durable placement', async () => {
    on('2021-06-02');
    let view = ok(await as('cm').get<TrajectoryView>(url()));
    const checks = view.placements[0]?.checks ?? [];
    const check = (months: number) => checks.find((c) => c.months === months)?.id ?? '';
    const worklist = ok(await as('cm').get<WorklistItem[]>('/api/worklist'));
    expect(worklist.find((i) => i.kind === 'check_in_due')).toMatchObject({
      subjectId: check(3),
      overdue: true,
    });
    ok(await as('cm').post(url('/steps'), { step: 7, reason: 'placed' }));
    ok(await as('cm').post(url(`/checks/${check(3)}`), { atWork: true, sameEmployer: true }));
    const early = await as('cm').post<Err>(url('/close'), { reason: 'durable_placement' });
    expect(early.status).toBe(409);
    on('2021-09-01');
    ok(await as('cm').post(url(`/checks/${check(6)}`), { atWork: true, sameEmployer: true }));
    on('2022-03-01');
    view = ok(
      await as('cm').post<TrajectoryView>(url(`/checks/${check(12)}`), {
        atWork: true,
        sameEmployer: true,
        note: 'Vaste aanstelling per 1 maart',
      }),
    );
    expect(view.placements[0]?.checks.map((c) => c.result)).toEqual([
      'at_work',
      'at_work',
      'at_work',
    ]);
    view = ok(await as('cm').post<TrajectoryView>(url('/close'), { reason: 'durable_placement' }));
    expect(view).toMatchObject({ status: 'closed', step: 7, closureReason: 'durable_placement' });
    expect((await as('cm').post<Err>(url('/steps'), { step: 3, reason: 'other' })).status).toBe(
      409,
    );
  });

  it('left every transition and record in the event log, with time, actor and no free text', async () => {
    const rows = await t.db
      .select()
      .from(events)
      .where(and(eq(events.subjectType, 'trajectory'), eq(events.subjectId, trajectoryId)))
      .orderBy(asc(events.occurredAt));
    const types = rows.map((r) => r.type);
    expect(types.filter((x) => x === 'trajectory.step_entered')).toHaveLength(7);
    expect(
      rows.filter((r) => r.type === 'trajectory.step_entered').map((r) => r.data.step),
    ).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const type of [
      'trajectory.started',
      'trajectory.intake_recorded',
      'trajectory.triaged',
      'plan.goal_added',
      'plan.goal_evaluated',
      'referral.proposed',
      'referral.accepted',
      'shadowing.planned',
      'shadowing.completed',
      'selection.decided',
      'conditional_contract.signed',
      'conditional_contract.condition_met',
      'training.started',
      'training.completed',
      'funding.added',
      'placement.registered',
      'trajectory.outcome_recorded',
      'placement.checked',
      'trajectory.closed',
    ]) {
      expect(types, type).toContain(type);
    }
    expect(types.every((x) => (trajectoryEventTypes as readonly string[]).includes(x))).toBe(true);
    expect(rows.every((r) => r.actorUserId !== null || r.type === 'trajectory.started')).toBe(true);
    expect(rows.find((r) => r.type === 'trajectory.outcome_recorded')?.data).toMatchObject({
      outcome: 'work_and_training',
      sector: 'care',
      sameSectorAsBefore: false,
      route: 'after_training',
      monthlyIncomeBefore: 2450,
      monthlyIncomeAfter: 2280,
    });
    expect(rows.find((r) => r.type === 'shadowing.completed')?.data.fit).toBe('yes');
    const twelve = rows.filter((r) => r.type === 'placement.checked').map((r) => r.data);
    expect(twelve.map((d) => [d.months, d.atWork])).toEqual([
      [3, true],
      [6, true],
      [12, true],
    ]);
    expect(rows.at(-1)?.occurredAt.toISOString()).toBe('2022-03-01T09:00:00.000Z');
    const log = JSON.stringify(rows.map((r) => r.data));
    for (const text of [
      'Mantelzorg',
      'schuld',
      'Kraaijeveld',
      'thuis',
      'Gastvrij',
      'Vaste aanstelling',
      'Diploma',
    ]) {
      expect(log).not.toContain(text);
    }
  });

  it('shows the candidate their plan, appointments and referrals, but not the case notes', async () => {
    const mine = ok(
      await as('candidate').get<MyTrajectory>(`/api/persons/${person.id}/trajectory`),
    );
    expect(mine).toMatchObject({ status: 'closed', step: 7 });
    expect(mine.goals[0]?.title).toBe('Meelopen in de zorg');
    expect(mine.referrals[0]?.status).toBe('accepted');
    expect(JSON.stringify(mine)).not.toContain('Mantelzorg');
    expect(JSON.stringify(mine)).not.toContain('obstacle');
    expect((await as('candidate').get(url())).status).toBe(404);
  });
});

describe('dropout, re-entry and who may see a trajectory', () => {
  let t: TestApp;
  const clients: Record<string, ApiClient> = {};
  const as = (who: string): ApiClient => clients[who] as ApiClient;
  let trajectoryId = '';
  let personId = '';
  let partnerOrg = '';
  const url = (path = '') => `/api/trajectories/${trajectoryId}${path}`;

  beforeAll(async () => {
    t = await testApp();
    const region = await aRegion(t.db);
    const uwv = await anOrganisation(t.db, {
      regionId: region.id,
      kinds: ['public_employment_service'],
    });
    const gemeente = await anOrganisation(t.db, { regionId: region.id, kinds: ['municipality'] });
    partnerOrg = gemeente.id;
    const employer = await anOrganisation(t.db, {
      regionId: region.id,
      kinds: ['hiring_employer', 'releasing_employer'],
    });
    const partnership = await anOrganisation(t.db, {
      regionId: region.id,
      kinds: ['regional_partnership'],
    });
    const users = {
      cm: { role: 'case_manager', organisationId: uwv.id },
      otherCm: { role: 'case_manager', organisationId: gemeente.id },
      employer: { role: 'employer', organisationId: employer.id },
      coordinator: { role: 'coordinator', organisationId: partnership.id },
      admin: { role: 'admin' },
      candidate: { role: 'candidate' },
    } as const;
    for (const [who, u] of Object.entries(users)) {
      const user = await aUser(t.db, { regionId: region.id, ...u });
      const c = t.client();
      expect((await c.login(user.email, TEST_PASSWORD)).status).toBe(200);
      clients[who] = c;
    }
    t.clock.set(new Date('2020-10-01T09:00:00Z'));
    const person = await as('candidate').post<Passport>('/api/persons', {
      givenName: 'Dirk',
      familyName: 'Oostveen',
      caseOrganisationId: uwv.id,
    });
    personId = person.body.id;
    const started = await as('cm').post<TrajectoryView>('/api/trajectories', {
      personId,
      source: 'redundancy_notice',
      oldSector: 'hospitality',
    });
    expect(started.status).toBe(201);
    expect(started.body.status).toBe('intake');
    trajectoryId = started.body.id;
    await as('cm').request('PUT', url('/intake'), {
      situation: 'Ontslag per 1 januari',
      obstacles: ['health'],
      obstacleNote: 'Rugklachten',
    });
  });
  afterAll(() => t.close());

  it('drops out before triage and re-enters at the intake', async () => {
    const out = await as('cm').post<TrajectoryView>(url('/dropout'), { reason: 'never_started' });
    expect(out.body).toMatchObject({ status: 'dropped_out', step: null, droppedOutFrom: 'intake' });
    expect(
      (await as('cm').post<Err>(url('/triage'), { group: 1, reason: 'Zelf aan de slag' })).status,
    ).toBe(409);
    const back = await as('cm').post<TrajectoryView>(url('/reentry'), { step: 2 });
    expect(back.status).toBe(409);
    const again = await as('cm').post<TrajectoryView>(url('/reentry'), {});
    expect(again.body).toMatchObject({ status: 'intake', droppedOutFrom: null });
  });

  it('drops out at a step with a reason from the list and re-enters at that step or earlier', async () => {
    await as('cm').post(url('/triage'), { group: 3, reason: 'Maatwerk' });
    await as('cm').post(url('/steps'), { step: 2, reason: 'plan_agreed' });
    await as('cm').post(url('/steps'), { step: 3, reason: 'ready_for_matching' });
    const bad = await as('cm').post<Err>(url('/dropout'), { reason: 'bored' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('reason');
    t.clock.advance(2 * DAY);
    const out = await as('cm').post<TrajectoryView>(url('/dropout'), {
      reason: 'health',
      note: 'Operatie, drie maanden herstel',
    });
    expect(out.body).toMatchObject({ status: 'dropped_out', step: 3, nextSteps: [] });
    expect((await as('cm').post<Err>(url('/steps'), { step: 4, reason: 'other' })).status).toBe(
      409,
    );
    expect((await as('cm').post<Err>(url('/dropout'), { reason: 'health' })).status).toBe(409);
    expect((await as('cm').post<Err>(url('/reentry'), { step: 4 })).status).toBe(409);
    t.clock.advance(90 * DAY);
    const back = await as('cm').post<TrajectoryView>(url('/reentry'), {
      step: 2,
      note: 'Hersteld',
    });
    expect(back.body).toMatchObject({ status: 'active', step: 2 });
    const rows = await t.db
      .select()
      .from(events)
      .where(
        and(
          eq(events.subjectId, trajectoryId),
          inArray(events.type, [
            'trajectory.dropped_out',
            'trajectory.reentered',
            'trajectory.step_entered',
          ]),
        ),
      )
      .orderBy(asc(events.occurredAt));
    expect(rows.map((r) => [r.type, r.data.step ?? null])).toEqual([
      ['trajectory.dropped_out', null],
      ['trajectory.reentered', null],
      ['trajectory.step_entered', 1],
      ['trajectory.step_entered', 2],
      ['trajectory.step_entered', 3],
      ['trajectory.dropped_out', 3],
      ['trajectory.reentered', 2],
      ['trajectory.step_entered', 2],
    ]);
    expect(rows.at(-2)?.data).toMatchObject({ daysAway: 90 });
    expect(
      rows.find((r) => r.data.step === 3 && r.type === 'trajectory.dropped_out')?.data.reason,
    ).toBe('health');
    const transitions = back.body.transitions.map((x) => [
      x.action,
      x.toStatus,
      x.toStep,
      x.reasonCode,
    ]);
    expect(transitions).toContainEqual(['drop_out', 'dropped_out', 3, 'health']);
    expect(back.body.transitions.find((x) => x.reasonCode === 'health')?.note).toBe(
      'Operatie, drie maanden herstel',
    );
  });

  it('answers 404 to a case manager of another organisation, employers, coordinators, admins', async () => {
    for (const who of ['otherCm', 'employer', 'coordinator', 'admin']) {
      expect((await as(who).get<Err>(url())).status, who).toBe(404);
      const change = await as(who).post<Err>(url('/steps'), { step: 3, reason: 'other' });
      expect(change.status, who).toBe(404);
    }
    const list = await as('otherCm').get<TrajectorySummary[]>('/api/trajectories');
    expect(list.body.map((x) => x.id)).not.toContain(trajectoryId);
    const own = await as('cm').get<TrajectorySummary[]>('/api/trajectories?status=active');
    expect(own.body.map((x) => x.id)).toEqual([trajectoryId]);
    expect((await as('employer').get('/api/worklist')).status).toBe(403);
  });

  it('lets a partner with case consent read — obstacles included — but not change it', async () => {
    const granted = await as('candidate').post(`/api/persons/${personId}/consents`, {
      purpose: 'case_to_partner',
      recipientOrganisationId: partnerOrg,
    });
    expect(granted.status).toBe(201);
    const read = await as('otherCm').get<TrajectoryView>(url());
    expect(read.status).toBe(200);
    expect(read.body.access).toBe('partner');
    expect(read.body.intake?.obstacles).toEqual(['health']);
    const change = await as('otherCm').post<Err>(url('/steps'), { step: 3, reason: 'other' });
    expect(change.status).toBe(403);
    const log = await as('candidate').get<{ what: string }[]>(
      `/api/persons/${personId}/access-log`,
    );
    expect(log.body.map((e) => e.what)).toEqual(['case']);
  });

  it('hides the obstacles from employers entirely (they get no trajectory at all)', async () => {
    const res = await as('employer').get(`/api/employer/persons/${personId}`);
    expect(JSON.stringify(res.body)).not.toContain('Rugklachten');
    expect(JSON.stringify(res.body)).not.toContain('health');
  });

  it('lists candidates without activity for 30 days on the worklist', async () => {
    t.clock.advance(31 * DAY);
    const list = await as('cm').get<WorklistItem[]>('/api/worklist');
    expect(list.body.find((i) => i.kind === 'inactive')).toMatchObject({
      trajectoryId,
      personId,
      givenName: 'Dirk',
      detail: '31 days without activity',
    });
  });
});
