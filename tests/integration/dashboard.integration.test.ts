import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoRegion } from '../../src/demo/demo-region.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import type { Actor } from '../../src/modules/auth/actor.ts';
import { users } from '../../src/modules/auth/schema.ts';
import { consentGrants } from '../../src/modules/consent/schema.ts';
import type { Dashboard } from '../../src/modules/dashboard/contracts.ts';
import { scopedFacts } from '../../src/modules/dashboard/use-cases/get-dashboard.ts';
import { regions } from '../../src/modules/organisations/schema.ts';
import { placements } from '../../src/modules/trajectories/placement-schema.ts';
import { trajectories } from '../../src/modules/trajectories/schema.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { serverUrl } from '../helpers/database-url.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';
import { freshPostgresDatabase } from '../helpers/test-database.ts';

const exec = promisify(execFile);

const headline = (d: Dashboard) =>
  Object.fromEntries(
    d.tables.find((t) => t.id === 'headline')?.rows.map((r) => [r.key, r.cells.current]) ?? [],
  );

describe('the dashboard on the demo region (the catering pilot on 1 April 2021)', () => {
  let t: TestApp;
  let regionId = '';
  const signedIn = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, DEMO_PASSWORD)).status).toBe(200);
    return c;
  };
  const actorOf = async (email: string): Promise<Actor> => {
    const [u] = await t.db.select().from(users).where(eq(users.email, email));
    if (!u) throw new Error(email);
    return {
      userId: u.id,
      role: u.role as Actor['role'],
      regionId: u.regionId,
      organisationId: u.organisationId,
    };
  };

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.db, new Date('2021-04-01T09:00:00Z'));
    const [region] = await t.db.select().from(regions).where(eq(regions.code, demoRegion.code));
    regionId = region?.id ?? '';
  }, 300_000);
  afterAll(() => t.close());

  it('shows the coordinator the pilot figures, with cells under 5 as "< 5"', async () => {
    const c = await signedIn('regie@overstap.demo');
    const res = await c.get<Dashboard>('/api/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.scope).toMatchObject({ kind: 'region', regionId });
    expect(headline(res.body)).toMatchObject({
      started: 30,
      stopped: 5,
      continued: 25,
      in_progress: 9,
      placed: 12,
      in_work_and_training: '< 5',
      in_training: '< 5',
      to_work_or_training: 16,
      placed_other_sector: 13,
      durable_12m: '< 5',
      outflow_rate: 0.64,
    });
    const twelve = res.body.tables
      .find((x) => x.id === 'durability')
      ?.rows.find((r) => r.key === 'months_12')?.cells;
    // The pilot measured nobody at 12 months: unknown, not "not at work".
    expect(twelve).toMatchObject({ unknown: 14, at_work: '< 5', not_at_work: '< 5' });
    // No count anywhere in the answer is a number below 5.
    for (const table of res.body.tables) {
      for (const row of table.rows) {
        for (const col of table.columns.filter((x) => (row.kind ?? x.kind) === 'count')) {
          const v = row.cells[col.key];
          if (typeof v === 'number')
            expect(v, `${table.id}/${row.key}/${col.key}`).toBeGreaterThanOrEqual(5);
        }
      }
    }
  });

  it('compares with the previous period and filters by releasing employer and triage group', async () => {
    const c = await signedIn('regie@overstap.demo');
    const res = await c.get<Dashboard>('/api/dashboard?from=2020-10-01&to=2021-04-01&compare=true');
    expect(res.status).toBe(200);
    expect(res.body.period).toMatchObject({ from: '2020-10-01', to: '2021-04-01' });
    expect(res.body.period.previousTo).toBe('2020-09-30');
    const rows = res.body.tables.find((x) => x.id === 'headline')?.rows ?? [];
    expect(rows.find((r) => r.key === 'started')?.cells).toHaveProperty('previous');
    const bad = await c.get('/api/dashboard?compare=true');
    expect(bad.status).toBe(400);
    const other = await c.get('/api/dashboard?regionId=00000000-0000-4000-8000-000000000000');
    expect(other.status).toBe(404);
    const tri = await c.get<Dashboard>('/api/dashboard?triageGroup=1');
    expect(headline(tri.body).started).toBe('< 5');
    const employer = await actorOf('werkgever@overstap.demo');
    const released = await t.db
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(eq(trajectories.releasingEmployerId, employer.organisationId ?? ''));
    expect(released.length).toBeGreaterThanOrEqual(5);
    const byEmployer = await c.get<Dashboard>(
      `/api/dashboard?releasingEmployerId=${employer.organisationId ?? ''}`,
    );
    expect(headline(byEmployer.body).started).toBe(released.length);
    const care = await c.get<Dashboard>('/api/dashboard?hiringSector=care');
    expect(headline(care.body).stopped).toBe('< 5');
  });

  it('gives a case manager the figures of their own caseload only', async () => {
    const actor = await actorOf('casemanager.oss@overstap.demo');
    const { facts } = await scopedFacts(t.db, actor, {}, t.clock.now());
    const caseload = await t.db
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(eq(trajectories.caseOrganisationId, actor.organisationId ?? ''));
    expect(facts.map((f) => f.id).sort()).toEqual(caseload.map((x) => x.id).sort());
    expect(facts.length).toBeLessThan(30);
    const c = await signedIn('casemanager.oss@overstap.demo');
    const res = await c.get<Dashboard>('/api/dashboard');
    expect(res.body.scope.kind).toBe('caseload');
    const started = headline(res.body).started;
    expect(started).toBe(caseload.length < 5 ? '< 5' : caseload.length);
  });

  it('gives an employer figures only about people it released or hired, within consent', async () => {
    const actor = await actorOf('werkgever@overstap.demo');
    const now = t.clock.now();
    const released = await t.db
      .select({ id: trajectories.id, personId: trajectories.personId })
      .from(trajectories)
      .where(eq(trajectories.releasingEmployerId, actor.organisationId ?? ''));
    const grants = await t.db
      .select()
      .from(consentGrants)
      .where(
        and(
          eq(consentGrants.purpose, 'progress_to_releasing_employer'),
          eq(consentGrants.recipientOrganisationId, actor.organisationId ?? ''),
          isNull(consentGrants.withdrawnAt),
        ),
      );
    const consented = new Set(grants.map((g) => g.personId));
    const expected = released.filter((r) => consented.has(r.personId)).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    const { facts } = await scopedFacts(t.db, actor, {}, now);
    expect(facts.map((f) => f.id).sort()).toEqual(expected.sort());

    // A withdrawal takes effect at once: that person leaves every figure.
    const first = grants[0];
    if (!first) throw new Error('no grant');
    await t.db
      .update(consentGrants)
      .set({ withdrawnAt: now })
      .where(eq(consentGrants.id, first.id));
    const after = await scopedFacts(t.db, actor, {}, now);
    expect(after.facts.some((f) => f.personId === first.personId)).toBe(false);
    expect(after.facts).toHaveLength(facts.length - 1);

    // A hiring employer sees the people it hired only with passport consent.
    const care = await actorOf('zorg@overstap.demo');
    const hired = await t.db
      .select({ trajectoryId: placements.trajectoryId })
      .from(placements)
      .where(eq(placements.employerId, care.organisationId ?? ''));
    const hiredFacts = (await scopedFacts(t.db, care, {}, now)).facts;
    const hiredIds = new Set(hired.map((h) => h.trajectoryId));
    expect(hiredFacts.every((f) => hiredIds.has(f.id))).toBe(true);
    const c = await signedIn('werkgever@overstap.demo');
    const res = await c.get<Dashboard>('/api/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.scope.kind).toBe('employer');
    expect(headline(res.body).started).toBe(after.facts.length < 5 ? '< 5' : after.facts.length);
  });

  it('has no dashboard for candidates and providers', async () => {
    for (const email of ['kandidaat@overstap.demo', 'opleider@overstap.demo']) {
      const c = await signedIn(email);
      expect((await c.get('/api/dashboard')).status).toBe(403);
    }
    expect((await t.client().get('/api/dashboard')).status).toBe(401);
  });

  it('follows new events at once (no stale figures after a write)', async () => {
    const c = await signedIn('regie@overstap.demo');
    const before = headline((await c.get<Dashboard>('/api/dashboard')).body);
    const [row] = await t.db
      .select()
      .from(trajectories)
      .where(and(eq(trajectories.regionId, regionId), inArray(trajectories.status, ['active'])))
      .limit(1);
    if (!row) throw new Error('no active trajectory');
    const { recordEvent } = await import('../../src/modules/events/record-event.ts');
    await recordEvent(t.db, {
      regionId,
      type: 'trajectory.dropped_out',
      actorUserId: null,
      subjectType: 'trajectory',
      subjectId: row.id,
      data: { step: row.step, from: 'active', reason: 'health' },
      occurredAt: new Date('2021-04-01T16:00:00Z'),
    });
    const after = headline((await c.get<Dashboard>('/api/dashboard')).body);
    expect(after.stopped).toBe((before.stopped as number) + 1);
    // A new trajectory (only its events are read again, not the whole region).
    await recordEvent(t.db, {
      regionId,
      type: 'trajectory.started',
      actorUserId: null,
      subjectType: 'trajectory',
      subjectId: randomUUID(),
      data: { personId: randomUUID(), source: 'uwv', caseOrganisationId: null },
      occurredAt: new Date('2021-04-01T16:30:00Z'),
    });
    const again = headline((await c.get<Dashboard>('/api/dashboard')).body);
    expect(again.started).toBe((before.started as number) + 1);
    expect(again.stopped).toBe(after.stopped);
  });

  it('sets SMART targets and shows target vs realisation with a status', async () => {
    const c = await signedIn('regie@overstap.demo');
    const created = await c.post<{ id: string }>('/api/dashboard/targets', {
      scopeKind: 'region',
      metric: 'participants',
      targetValue: 25,
      startsOn: '2020-07-01',
      dueOn: '2021-03-31',
    });
    expect(created.status).toBe(201);
    const share = await c.post('/api/dashboard/targets', {
      scopeKind: 'region',
      metric: 'durable_share',
      targetValue: 0.8,
      startsOn: '2020-07-01',
      dueOn: '2022-06-30',
    });
    expect(share.status).toBe(201);
    const bad = await c.post<{ error: { field: string } }>('/api/dashboard/targets', {
      scopeKind: 'region',
      metric: 'outflow_rate',
      targetValue: 64,
      startsOn: '2020-07-01',
      dueOn: '2021-03-31',
    });
    expect(bad.status).toBe(400);
    const res = await c.get<Dashboard>('/api/dashboard');
    expect(res.body.targets).toHaveLength(2);
    expect(res.body.targets[0]).toMatchObject({
      metric: 'participants',
      realised: 30,
      status: 'met',
    });
    expect(res.body.targets[1]).toMatchObject({
      metric: 'durable_share',
      realised: 0,
      status: 'not_met',
    });
    const cm = await signedIn('casemanager@overstap.demo');
    const denied = await cm.post('/api/dashboard/targets', {
      scopeKind: 'region',
      metric: 'participants',
      targetValue: 5,
      startsOn: '2020-07-01',
      dueOn: '2021-03-31',
    });
    expect(denied.status).toBe(403);
  });

  it('exports every table as CSV, suppressed as on screen', async () => {
    const csrf = await t.app.inject({ method: 'GET', url: '/api/auth/csrf' });
    const token = (JSON.parse(csrf.body) as { token: string }).token;
    const jar = () => csrf.cookies.map((k) => `${k.name}=${k.value}`).join('; ');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-csrf-token': token, cookie: jar() },
      payload: { email: 'regie@overstap.demo', password: DEMO_PASSWORD },
    });
    const cookie = [...csrf.cookies, ...login.cookies]
      .map((k) => `${k.name}=${k.value}`)
      .join('; ');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/dashboard/export?format=csv',
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain('# headline');
    expect(res.body).toContain('# transitions');
    expect(res.body).toContain('in_training;< 5');
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/dashboard/export?format=xlsx',
      headers: { cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('overstap report kpis --json on the demo region', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const fn of cleanup) await fn();
  });

  it('prints the pilot figures (unsuppressed; --suppress hides cells under 5)', async () => {
    // The CLI opens the database like the other commands: DATA_DIR (PGlite) or DATABASE_URL.
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
    if (serverUrl) {
      const fresh = await freshPostgresDatabase(serverUrl);
      cleanup.push(fresh.drop);
      env.DATABASE_URL = fresh.url;
    } else {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'overstap-kpis-'));
      cleanup.push(() => rm(dir, { recursive: true, force: true }));
      env.DATA_DIR = dir;
      delete env.DATABASE_URL;
    }
    const cli = ['tsx', 'src/cli/main.ts'];
    await exec('npx', [...cli, 'seed-demo', '--json'], { env, timeout: 300_000 });
    const out = await exec('npx', [...cli, 'report', 'kpis', '--json', '--to', '2021-04-01'], {
      env,
    });
    expect(JSON.parse(out.stdout)).toMatchObject({
      started: 30,
      stopped: 5,
      in_progress: 9,
      placed: 12,
      in_work_and_training: 2,
      in_training: 2,
      placed_other_sector: 13,
      durable_12m: 0,
      durable_12m_unknown: 14,
      outflow_rate: 0.64,
    });
    const hidden = await exec('npx', [...cli, 'report', 'kpis', '--json', '--suppress'], { env });
    expect(JSON.parse(hidden.stdout)).toMatchObject({ placed: 12, in_training: '< 5' });
    const before = await exec('npx', [...cli, 'report', 'kpis', '--json', '--to', '2020-06-30'], {
      env,
    });
    expect(JSON.parse(before.stdout)).toMatchObject({ started: 0, outflow_rate: null });
  }, 400_000);
});
