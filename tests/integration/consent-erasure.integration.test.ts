import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db/migrate.ts';
import type { Db } from '../../src/db/database.ts';
import type { ErasureResult, RetentionResult } from '../../src/modules/consent/contracts.ts';
import { startRetentionJob } from '../../src/modules/consent/retention-job.ts';
import { runRetention } from '../../src/modules/consent/use-cases/run-retention.ts';
import { events } from '../../src/modules/events/schema.ts';
import type { Passport } from '../../src/modules/people/contracts.ts';
import { loadPassportTestTaxonomy } from '../../src/modules/people/passport-test-taxonomy.ts';
import { persons } from '../../src/modules/people/schema.ts';
import type { TrajectoryView } from '../../src/modules/trajectories/contracts.ts';
import { trajectories, trajectoryIntakes } from '../../src/modules/trajectories/schema.ts';
import { redundancyEnrolments, redundancyNotices } from '../../src/modules/vacancies/schema.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

/**
 * Where a value still is: every text, varchar, json(b) and array column of every table (cast to
 * text), and the year columns, for the given texts (case-insensitive) and the birth year (as a
 * number of its own, not part of an id or a longer number).
 */
async function whereIs(db: Db, texts: string[], birthYear: number): Promise<string[]> {
  const columns = rows<{ table_name: string; column_name: string; data_type: string }>(
    await db.execute(sql`
      select c.table_name, c.column_name, c.data_type
      from information_schema.columns c
      join information_schema.tables t
        on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by c.table_name, c.ordinal_position`),
  );
  const found: string[] = [];
  const year = String(birthYear);
  for (const c of columns) {
    const col = sql.raw(`"${c.column_name}"`);
    const table = sql.raw(`"${c.table_name}"`);
    const textual = [
      'text',
      'character varying',
      'json',
      'jsonb',
      'ARRAY',
      'USER-DEFINED',
    ].includes(c.data_type);
    if (textual) {
      for (const needle of texts) {
        const hit = rows<{ n: number }>(
          await db.execute(
            sql`select count(*)::int as n from ${table} where ${col}::text ilike ${`%${needle}%`}`,
          ),
        )[0];
        if (hit && hit.n > 0) found.push(`${c.table_name}.${c.column_name} ∋ ${needle}`);
      }
      const pattern = `(?<![0-9A-Za-z-])${year}(?![0-9A-Za-z-])`;
      const hit = rows<{ n: number }>(
        await db.execute(
          sql`select count(*)::int as n from ${table} where ${col}::text ~ ${pattern}`,
        ),
      )[0];
      if (hit && hit.n > 0) found.push(`${c.table_name}.${c.column_name} ∋ ${year}`);
    } else if (['smallint', 'integer'].includes(c.data_type) && c.column_name.includes('year')) {
      const hit = rows<{ n: number }>(
        await db.execute(sql`select count(*)::int as n from ${table} where ${col} = ${birthYear}`),
      )[0];
      if (hit && hit.n > 0) found.push(`${c.table_name}.${c.column_name} = ${year}`);
    }
  }
  return found;
}

describe('erasure', () => {
  let t: TestApp;
  const clients: Record<string, ApiClient> = {};
  const as = (who: string): ApiClient => clients[who] as ApiClient;
  let personId = '';
  let trajectoryId = '';
  const needles = ['Wilhelmina', 'Zwanenburg', 'w.zwanenburg@example.test'];
  const birthYear = 1961;

  beforeAll(async () => {
    t = await testApp();
    const skillId = (await loadPassportTestTaxonomy(t.db)).skillId['tr.customer'] ?? -1;
    const region = await aRegion(t.db);
    const uwv = await anOrganisation(t.db, {
      regionId: region.id,
      kinds: ['public_employment_service'],
    });
    const caterer = await anOrganisation(t.db, {
      regionId: region.id,
      kinds: ['releasing_employer'],
      sector: 'hospitality',
    });
    const care = await anOrganisation(t.db, { regionId: region.id, kinds: ['hiring_employer'] });
    const accounts = {
      cm: { role: 'case_manager', organisationId: uwv.id },
      employer: { role: 'employer', organisationId: care.id },
      admin: { role: 'admin' },
      candidate: {
        role: 'candidate',
        name: 'Wilhelmina Zwanenburg',
        email: 'w.zwanenburg@example.test',
      },
    } as const;
    for (const [who, u] of Object.entries(accounts)) {
      const user = await aUser(t.db, { regionId: region.id, ...u });
      const c = t.client();
      expect((await c.login(user.email, TEST_PASSWORD)).status).toBe(200);
      clients[who] = c;
    }
    const person = await as('candidate').post<Passport>('/api/persons', {
      givenName: 'Wilhelmina',
      familyName: 'Zwanenburg',
      email: 'w.zwanenburg@example.test',
      phone: '06 12345678',
      postcode: '5341 AB',
      city: 'Oss',
      birthYear,
      summary: 'Wilhelmina Zwanenburg kookt al dertig jaar',
      caseOrganisationId: uwv.id,
    });
    expect(person.status).toBe(201);
    personId = person.body.id;
    const p = `/api/persons/${personId}`;
    await as('candidate').post(`${p}/work-history`, {
      jobTitle: 'Kok',
      employerName: 'Eetcafé Zwanenburg',
      sector: 'hospitality',
      startYear: 1985,
      endYear: null,
      description: 'Kookte in het café van familie Zwanenburg',
      monthlySalary: 2300,
      hoursPerWeek: 32,
    });
    await as('candidate').post(`${p}/education`, {
      kind: 'certificate',
      name: 'SVH Meesterkok (Zwanenburg)',
      year: 1990,
      completed: 'completed',
    });
    await as('candidate').request('PUT', `${p}/skills/${skillId}`, {
      level: 3,
      note: 'Wilhelmina zorgde voor de gasten',
    });
    await as('candidate').request('PUT', `${p}/wishes`, { sectors: ['care'] });
    const noticeId = randomUUID();
    await t.db.insert(redundancyNotices).values({
      id: noticeId,
      regionId: region.id,
      employerId: caterer.id,
      expectedDate: '2021-01-01',
      peopleCount: 12,
      reason: 'Covid-19',
    });
    await t.db.insert(redundancyEnrolments).values({
      id: randomUUID(),
      regionId: region.id,
      noticeId,
      name: 'Wilhelmina Zwanenburg',
      email: 'w.zwanenburg@example.test',
      functionTitle: 'Kok (Zwanenburg-locatie)',
      inviteCodeHash: randomUUID(),
      status: 'accepted',
      personId,
    });
    const started = await as('cm').post<TrajectoryView>('/api/trajectories', {
      personId,
      source: 'redundancy_notice',
      releasingEmployerId: caterer.id,
    });
    trajectoryId = started.body.id;
    const u = (path: string) => `/api/trajectories/${trajectoryId}${path}`;
    const say = 'Wilhelmina Zwanenburg';
    const steps: [string, string, unknown][] = [
      [
        'PUT',
        '/intake',
        {
          situation: `${say}, weduwe`,
          motivation: say,
          wishes: say,
          obstacles: ['health', 'debts'],
          obstacleNote: `${say} heeft schulden`,
          digitalSkills: 'basic',
        },
      ],
      ['POST', '/triage', { group: 3, reason: `${say} heeft maatwerk nodig` }],
      ['POST', '/steps', { step: 2, reason: 'plan_agreed', note: say }],
      [
        'POST',
        '/goals',
        {
          title: `${say} loopt mee`,
          description: say,
          dueOn: '2030-01-01',
          agreedWith: ['candidate'],
        },
      ],
      [
        'POST',
        '/appointments',
        {
          kind: 'coaching',
          startsAt: '2030-01-01T10:00:00Z',
          title: say,
          location: `Bij ${say} thuis`,
        },
      ],
      ['POST', '/referrals', { offerKind: 'other', title: `Beschut werk voor ${say}`, note: say }],
      ['POST', '/steps', { step: 3, reason: 'ready_for_matching', note: say }],
      [
        'POST',
        '/shadowings',
        { employerId: care.id, startDate: '2030-01-02', endDate: '2030-01-03' },
      ],
      [
        'POST',
        '/selections',
        { employerId: care.id, result: 'selected', decidedOn: '2030-01-10', note: say },
      ],
      [
        'POST',
        '/conditional-contracts',
        {
          employerId: care.id,
          dissolvingCondition: `${say} haalt diploma`,
          deadline: '2030-09-01',
          signedOn: '2030-01-15',
        },
      ],
      ['POST', '/trainings', { name: 'Helpende zorg', startDate: '2030-02-01', note: say }],
      [
        'POST',
        '/funding',
        { source: 'own_contribution', amount: 100, paysFor: 'training', description: say },
      ],
      ['POST', '/steps', { step: 6, reason: 'placed', note: say }],
      [
        'POST',
        '/placements',
        {
          route: 'after_training',
          employerId: care.id,
          jobTitle: `Helpende (${say})`,
          startDate: '2030-03-01',
          hoursPerWeek: 24,
          monthlySalary: 2100,
        },
      ],
    ];
    for (const [method, path, body] of steps) {
      const res = await as('cm').request<TrajectoryView>(method as 'POST', u(path), body);
      expect(res.status, `${method} ${path} ${JSON.stringify(res.body)}`).toBeLessThan(300);
    }
    const view = (await as('cm').get<TrajectoryView>(u(''))).body;
    const shadowingId = view.shadowings[0]?.id ?? '';
    await as('cm').post(u(`/shadowings/${shadowingId}/outcome`), {
      fit: 'yes',
      feedbackCandidate: say,
      feedbackEmployer: say,
    });
    const checkId = view.placements[0]?.checks[0]?.id ?? '';
    await as('cm').post(u(`/checks/${checkId}`), { atWork: true, note: say });
    const consent = await as('candidate').post(`${p}/consents`, {
      purpose: 'passport_to_hiring_employer',
      recipientOrganisationId: care.id,
    });
    expect(consent.status).toBe(201);
    expect((await as('employer').get(`/api/employer/persons/${personId}`)).status).toBe(200);
    await as('candidate').get(`${p}/data-export`);
  });
  afterAll(() => t.close());

  it('finds the person’s data all over the database before erasure (the scan works)', async () => {
    const found = await whereIs(t.db, needles, birthYear);
    for (const place of [
      'persons.given_name ∋ Wilhelmina',
      'persons.email ∋ w.zwanenburg@example.test',
      'persons.birth_year = 1961',
      'users.name ∋ Zwanenburg',
      'person_work_history.description ∋ Zwanenburg',
      'person_skills.note ∋ Wilhelmina',
      'redundancy_enrolments.email ∋ w.zwanenburg@example.test',
      'trajectory_intakes.obstacle_note ∋ Wilhelmina',
      'plan_goals.title ∋ Wilhelmina',
      'shadowings.feedback_employer ∋ Zwanenburg',
      'referrals.title ∋ Wilhelmina',
      'placements.job_title ∋ Wilhelmina',
      'placement_checks.note ∋ Wilhelmina',
      'funding_lines.description ∋ Wilhelmina',
    ]) {
      expect(found).toContain(place);
    }
  });

  it('refuses erasure to the case team (403) and to employers (404)', async () => {
    expect((await as('cm').post(`/api/persons/${personId}/erase`)).status).toBe(403);
    expect((await as('employer').post(`/api/persons/${personId}/erase`)).status).toBe(404);
  });

  it('leaves no name, e-mail or birth year in any table after the candidate erases', async () => {
    const res = await as('candidate').post<ErasureResult>(`/api/persons/${personId}/erase`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ personId, trajectories: 1, accountDeactivated: true });
    expect(await whereIs(t.db, needles, birthYear)).toEqual([]);
  });

  it('keeps what the statistics count: the trajectory, its codes and the event log', async () => {
    const [trajectory] = await t.db
      .select()
      .from(trajectories)
      .where(eq(trajectories.id, trajectoryId));
    expect(trajectory).toMatchObject({
      status: 'active',
      step: 6,
      triageGroup: 3,
      source: 'redundancy_notice',
    });
    expect(trajectory?.personalDataRemovedAt).not.toBeNull();
    const [intake] = await t.db
      .select()
      .from(trajectoryIntakes)
      .where(eq(trajectoryIntakes.trajectoryId, trajectoryId));
    expect(intake).toMatchObject({ obstacles: [], obstacleNote: null, digitalSkills: 'basic' });
    const [person] = await t.db.select().from(persons).where(eq(persons.id, personId));
    expect(person).toMatchObject({ givenName: null, birthYear: null, userId: null });
    expect(person?.erasedAt).not.toBeNull();
    const types = (
      await t.db
        .select({ type: events.type })
        .from(events)
        .where(eq(events.subjectId, trajectoryId))
    ).map((e) => e.type);
    expect(types).toContain('placement.registered');
    expect(types).toContain('trajectory.outcome_recorded');
  });

  it('ends the session and the account, and the person is gone for everyone', async () => {
    expect((await as('candidate').get('/api/persons/me')).status).toBe(401);
    const relogin = await t.client().login('w.zwanenburg@example.test', TEST_PASSWORD);
    expect(relogin.status).toBe(401);
    expect((await as('employer').get(`/api/employer/persons/${personId}`)).status).toBe(404);
    expect((await as('cm').get(`/api/trajectories/${trajectoryId}`)).status).toBe(404);
    expect((await as('admin').post(`/api/persons/${personId}/erase`)).status).toBe(404);
  });
});

describe('the retention job', () => {
  let t: TestApp;
  let cm: ApiClient;
  let candidate: ApiClient;
  const made: Record<string, { personId: string; trajectoryId: string }> = {};

  /** A person with a trajectory started and closed on the given dates (the clock moves). */
  async function closedTrajectory(
    key: string,
    by: ApiClient,
    startedOn: string,
    closedOn: string,
    caseOrganisationId: string,
  ) {
    t.clock.set(new Date(`${startedOn}T09:00:00Z`));
    const person = await by.post<Passport>('/api/persons', {
      givenName: `Persoon ${key}`,
      familyName: 'Bewaartermijn',
      ...(by === candidate ? { caseOrganisationId } : {}),
    });
    const trajectory =
      by === candidate
        ? await candidate.post<{ id: string }>(`/api/persons/${person.body.id}/trajectory`)
        : await cm.post<TrajectoryView>('/api/trajectories', {
            personId: person.body.id,
            source: 'uwv',
          });
    const id = trajectory.body.id;
    await cm.request('PUT', `/api/trajectories/${id}/intake`, {
      obstacleNote: `Notitie ${key}`,
      obstacles: ['language'],
    });
    t.clock.set(new Date(`${closedOn}T09:00:00Z`));
    const closed = await cm.post(`/api/trajectories/${id}/close`, {
      reason: 'moved_out_of_region',
      note: `Verhuisd ${key}`,
    });
    expect(closed.status).toBe(200);
    made[key] = { personId: person.body.id, trajectoryId: id };
  }

  beforeAll(async () => {
    t = await testApp();
    const region = await aRegion(t.db);
    const uwv = await anOrganisation(t.db, {
      regionId: region.id,
      kinds: ['public_employment_service'],
    });
    const cmUser = await aUser(t.db, {
      regionId: region.id,
      role: 'case_manager',
      organisationId: uwv.id,
    });
    const candidateUser = await aUser(t.db, { regionId: region.id, role: 'candidate' });
    cm = t.client();
    await cm.login(cmUser.email, TEST_PASSWORD);
    candidate = t.client();
    await candidate.login(candidateUser.email, TEST_PASSWORD);
    await closedTrajectory('old', cm, '2018-09-01', '2019-03-01', uwv.id);
    await closedTrajectory('recent', cm, '2019-09-01', '2020-03-01', uwv.id);
    // A candidate who still signs in keeps their passport; only the trajectory's texts go.
    await closedTrajectory('active-account', candidate, '2018-09-01', '2019-03-01', uwv.id);
  });
  afterAll(() => t.close());

  const personRow = async (key: string) =>
    (
      await t.db
        .select()
        .from(persons)
        .where(eq(persons.id, made[key]?.personId ?? ''))
    )[0];
  const intakeRow = async (key: string) =>
    (
      await t.db
        .select()
        .from(trajectoryIntakes)
        .where(eq(trajectoryIntakes.trajectoryId, made[key]?.trajectoryId ?? ''))
    )[0];

  it('counts in a dry run and changes nothing', async () => {
    const result = await runRetention(t.db, {
      months: 24,
      dryRun: true,
      now: new Date('2021-06-01T00:00:00Z'),
    });
    expect(result).toMatchObject({
      dryRun: true,
      trajectoriesScrubbed: 2,
      personsErased: 1,
      cutoff: '2019-06-01T00:00:00.000Z',
    });
    expect((await personRow('old'))?.givenName).toBe('Persoon old');
    expect((await intakeRow('old'))?.obstacleNote).toBe('Notitie old');
  });

  it('removes the personal data of trajectories closed longer than the period', async () => {
    const result = await runRetention(t.db, {
      months: 24,
      dryRun: false,
      now: new Date('2021-06-01T00:00:00Z'),
    });
    expect(result).toMatchObject({ trajectoriesScrubbed: 2, personsErased: 1 });
    expect(await personRow('old')).toMatchObject({ givenName: null, familyName: null });
    expect((await personRow('old'))?.erasedAt).not.toBeNull();
    expect(await intakeRow('old')).toMatchObject({ obstacleNote: null, obstacles: [] });
    expect((await personRow('active-account'))?.givenName).toBe('Persoon active-account');
    expect((await intakeRow('active-account'))?.obstacleNote).toBeNull();
    expect((await personRow('recent'))?.givenName).toBe('Persoon recent');
    expect((await intakeRow('recent'))?.obstacleNote).toBe('Notitie recent');
    const [closed] = await t.db
      .select()
      .from(trajectories)
      .where(eq(trajectories.id, made.old?.trajectoryId ?? ''));
    expect(closed).toMatchObject({
      status: 'closed',
      closureReason: 'moved_out_of_region',
      closureNote: null,
    });
    const again = await runRetention(t.db, {
      months: 24,
      dryRun: false,
      now: new Date('2021-06-01T00:00:00Z'),
    });
    expect(again).toMatchObject({ trajectoriesScrubbed: 0, personsErased: 0 });
  });

  it('runs as a timed job in the server, and on demand', async () => {
    const results: RetentionResult[] = [];
    const job = startRetentionJob({
      db: t.db,
      clock: { now: () => new Date('2021-06-01T00:00:00Z') },
      firstRunAfterMs: 5,
      intervalMs: 60_000,
      onResult: (r) => results.push(r),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(results).toEqual([expect.objectContaining({ months: 24, trajectoriesScrubbed: 0 })]);
    expect(await job.runNow()).toMatchObject({ dryRun: false, personsErased: 0 });
    job.stop();
  });

  it('takes the recent one a year later, with a shorter configured period too', async () => {
    const result = await runRetention(t.db, {
      months: 12,
      dryRun: false,
      now: new Date('2021-06-01T00:00:00Z'),
    });
    expect(result).toMatchObject({ trajectoriesScrubbed: 1, personsErased: 1 });
    expect((await personRow('recent'))?.givenName).toBeNull();
  });
});
