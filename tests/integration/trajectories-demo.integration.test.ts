import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoTrajectories } from '../../src/demo/trajectories/index.ts';
import {
  DEMO_PASSWORD,
  demoOrganisations,
  demoRegion,
  demoUsers,
} from '../../src/demo/demo-region.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { createUser } from '../../src/modules/auth/use-cases/create-user.ts';
import type { EmployerPersonView } from '../../src/modules/consent/contracts.ts';
import { events } from '../../src/modules/events/schema.ts';
import { regions } from '../../src/modules/organisations/schema.ts';
import { createOrganisation } from '../../src/modules/organisations/use-cases/create-organisation.ts';
import type {
  MyTrajectory,
  TrajectorySummary,
  TrajectoryView,
} from '../../src/modules/trajectories/contracts.ts';
import { tallyOutcomes } from '../../src/modules/trajectories/outcome-tally.ts';
import { trajectories } from '../../src/modules/trajectories/schema.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

const pilotEnd = new Date('2021-04-01T23:59:59Z');

async function trajectoryEvents(t: TestApp, regionId: string) {
  return t.db
    .select()
    .from(events)
    .where(and(eq(events.regionId, regionId), eq(events.subjectType, 'trajectory')))
    .orderBy(asc(events.occurredAt));
}

/** The pilot's figures (shared/seeds/003…, l.463–482, 915–933), as the tally names them. */
const pilotFigures = {
  started: 30,
  startedByYear: { '2020': 27, '2021': 3 },
  left: 5,
  continued: 25,
  newJob: 12,
  selfEmployed: 1,
  permanentContract: 1,
  workAndTraining: 2,
  training: 2,
  inMediation: 9,
  working: 14,
  workingInAnotherSector: 13,
  toWorkOrTraining: 16,
  shareToWorkOrTraining: 0.64,
  twelveMonths: { atWork: 0, notAtWork: 0, unknown: 14 },
};

describe('the demo region reproduces the catering pilot on 1 April 2021', () => {
  let t: TestApp;
  let regionId = '';
  const signedIn = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, DEMO_PASSWORD)).status).toBe(200);
    return c;
  };

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.db, new Date('2021-04-01T09:00:00Z'));
    const [region] = await t.db.select().from(regions).where(eq(regions.code, demoRegion.code));
    regionId = region?.id ?? '';
  });
  afterAll(() => t.close());

  it('counts 30 / 5 left / 12 new job / 2 work + training / 2 training / 9 in mediation / 13 in another sector from the event log', async () => {
    const tally = tallyOutcomes(await trajectoryEvents(t, regionId), pilotEnd);
    expect(tally).toMatchObject(pilotFigures);
    expect(tally.droppedOut + tally.stayedWithEmployer).toBe(5);
    expect(tally.droppedOut).toBeGreaterThan(0);
    expect(tally.stayedWithEmployer).toBeGreaterThan(0);
  });

  it('dates every event between July 2020 and the pilot’s end, through the chain’s own rules', async () => {
    const rows = await trajectoryEvents(t, regionId);
    expect(rows.length).toBeGreaterThan(400);
    for (const e of rows) {
      expect(e.occurredAt.getTime()).toBeGreaterThanOrEqual(Date.parse('2020-07-01T00:00:00Z'));
      expect(e.occurredAt.getTime()).toBeLessThanOrEqual(pilotEnd.getTime());
      expect(e.actorUserId).not.toBeNull();
    }
    const reasons = rows
      .filter((e) => e.type === 'trajectory.dropped_out')
      .map((e) => e.data.reason);
    expect(reasons.sort()).toEqual([
      'never_started',
      'private_circumstances',
      'private_circumstances',
    ]);
    const groups = new Map<string, unknown>();
    for (const e of rows.filter((r) => r.type === 'trajectory.triaged'))
      groups.set(e.subjectId, e.data.group);
    expect([...groups.values()].filter((g) => g === 1)).toHaveLength(1);
    expect(rows.some((e) => e.type === 'shadowing.completed')).toBe(true);
    expect(rows.some((e) => e.type === 'conditional_contract.signed')).toBe(true);
    expect(rows.some((e) => e.type === 'funding.added')).toBe(true);
    // The pilot followed nobody for 12 months: recorded as unknown, not as "not at work".
    const twelve = rows.filter((e) => e.type === 'placement.checked' && e.data.months === 12);
    expect(twelve).toHaveLength(14);
    expect(twelve.every((e) => e.data.atWork === null)).toBe(true);
  });

  it('shows the case managers their caseload: one with an application for sheltered work', async () => {
    const all: TrajectoryView[] = [];
    for (const email of ['casemanager@overstap.demo', 'casemanager.oss@overstap.demo']) {
      const c = await signedIn(email);
      const list = await c.get<TrajectorySummary[]>('/api/trajectories?limit=100');
      for (const s of list.body)
        all.push((await c.get<TrajectoryView>(`/api/trajectories/${s.id}`)).body);
    }
    expect(all).toHaveLength(30);
    const sheltered = all.filter((v) => v.referrals.some((r) => r.title.includes('beschut werk')));
    expect(sheltered).toHaveLength(1);
    expect(sheltered[0]).toMatchObject({ status: 'active', outcome: null });
    const placed = all.flatMap((v) => v.placements);
    expect(placed).toHaveLength(14);
    expect(placed.every((p) => p.checks.find((c) => c.months === 12)?.result === 'unknown')).toBe(
      true,
    );
    expect(placed.filter((p) => p.comparison.monthlyIncomeGap !== null).length).toBeGreaterThan(10);
  });

  it('gives Sandra de Vries (kandidaat@) her own trajectory in ‘Mijn traject’', async () => {
    const sandra = await signedIn('kandidaat@overstap.demo');
    const me = await sandra.get<{ id: string }>('/api/persons/me');
    const mine = await sandra.get<MyTrajectory>(`/api/persons/${me.body.id}/trajectory`);
    expect(mine.status).toBe(200);
    expect(mine.body.outcome?.outcome).toBe('work_and_training');
    expect(mine.body.goals.length).toBeGreaterThan(1);
    expect(mine.body.trainings[0]?.status).toBe('started');
  });

  it('lets the releasing employer (werkgever@) follow progress of those who consented', async () => {
    const wim = await signedIn('werkgever@overstap.demo');
    const rows = await t.db.select().from(trajectories).where(eq(trajectories.regionId, regionId));
    const views: EmployerPersonView[] = [];
    for (const row of rows) {
      const res = await wim.get<EmployerPersonView>(`/api/employer/persons/${row.personId}`);
      if (res.status === 200) views.push(res.body);
    }
    expect(views.length).toBeGreaterThan(3);
    expect(views.every((v) => v.access.progress && v.personal === null)).toBe(true);
  });
});

describe('the demo trajectories on a region without participants', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('makes stand-ins and still reproduces the pilot', async () => {
    t = await testApp();
    const regionId = randomUUID();
    await t.db
      .insert(regions)
      .values({ id: regionId, code: `demo-${regionId}`, name: 'Lege demo' });
    for (const org of demoOrganisations) {
      await createOrganisation(t.db, null, { ...org, regionId });
    }
    const orgs = await t.db.query.organisations.findMany({
      where: (o, { eq: is }) => is(o.regionId, regionId),
    });
    for (const user of demoUsers.filter((u) => u.role === 'case_manager')) {
      const org = demoOrganisations.find((o) => o.key === user.organisationKey);
      await createUser(
        t.db,
        null,
        {
          name: user.name,
          email: `${regionId}-${user.email}`,
          role: user.role,
          password: DEMO_PASSWORD,
          regionId,
          organisationId: orgs.find((o) => o.name === org?.name)?.id ?? null,
          locale: 'nl',
        },
        new Date(),
      );
    }
    expect(await seedDemoTrajectories(t.db, regionId, new Date('2021-04-01T09:00:00Z'))).toBe(30);
    expect(tallyOutcomes(await trajectoryEvents(t, regionId), pilotEnd)).toMatchObject(
      pilotFigures,
    );
  });
});
