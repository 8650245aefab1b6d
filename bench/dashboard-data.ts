import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/database.ts';
import { regions } from '../src/modules/organisations/schema.ts';

/**
 * A synthetic region for the dashboard bench: N trajectories with ≈20 events each (the chain,
 * appointments and goals the dashboard does not read, matching activity, placements with 6- and
 * 12-month checks, dropouts and re-entries, funding), inserted in bulk into `events`.
 */

function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sectors = [
  'hospitality',
  'retail',
  'office',
  'care',
  'technology',
  'ict',
  'education',
  'logistics',
];
const sources = ['redundancy_notice', 'self', 'uwv', 'municipality', 'union', 'employer'];
const reasons = ['private_circumstances', 'never_started', 'health', 'not_motivated', 'no_contact'];
const funding = ['training_fund', 'uwv', 'municipality', 'releasing_employer', 'stap_budget'];

interface Row {
  id: string;
  type: string;
  s: string;
  t: string;
  d: Record<string, unknown>;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

function trajectoryEvents(r: () => number, orgs: string[]): Row[] {
  const id = randomUUID();
  const out: Row[] = [];
  let now = Date.parse('2022-01-01T09:00:00Z') + Math.floor(r() * 3 * 365) * DAY;
  const add = (type: string, d: Record<string, unknown>, days = 0) => {
    now += days * DAY;
    out.push({ id: randomUUID(), type, s: id, t: iso(now), d });
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const oldSector = pick(sectors.slice(0, 3));
  add('trajectory.started', {
    personId: randomUUID(),
    source: pick(sources),
    via: 'case_manager',
    status: 'intake',
    caseOrganisationId: pick(orgs),
    releasingEmployerId: pick(orgs),
    oldSector,
  });
  add(
    'trajectory.intake_recorded',
    { changed: ['situation'], digitalSkills: 'basic', status: 'intake' },
    3,
  );
  add('trajectory.triaged', { group: 1 + Math.floor(r() * 3), previousGroup: null }, 4);
  add('trajectory.step_entered', { step: 1, fromStep: null, via: 'triage', reason: null });
  add(
    'plan.goal_added',
    { goalId: randomUUID(), dueOn: day(now + 90 * DAY), agreedWith: ['candidate'] },
    2,
  );
  add(
    'appointment.scheduled',
    { appointmentId: randomUUID(), kind: 'coaching', startsAt: iso(now) },
    1,
  );
  add('funding.added', {
    fundingLineId: randomUUID(),
    source: pick(funding),
    amountCents: 50_000 + Math.floor(r() * 400_000),
    paysFor: 'training',
  });
  if (r() < 0.12) {
    add('trajectory.dropped_out', { step: 1, from: 'active', reason: pick(reasons) }, 20);
    if (r() < 0.3) {
      add('trajectory.reentered', { step: 1, status: 'active', daysAway: 30 }, 30);
      add('trajectory.step_entered', { step: 1, fromStep: null, via: 'reentry', reason: null });
    } else return out;
  }
  add(
    'trajectory.step_entered',
    { step: 2, fromStep: 1, via: 'transition', reason: 'plan_agreed' },
    14,
  );
  add(
    'plan.goal_evaluated',
    { goalId: randomUUID(), progress: 'on_track', adjusted: false, nextEvaluationOn: null },
    20,
  );
  add(
    'appointment.scheduled',
    { appointmentId: randomUUID(), kind: 'evaluation', startsAt: iso(now) },
    1,
  );
  add(
    'trajectory.step_entered',
    { step: 3, fromStep: 2, via: 'transition', reason: 'ready_for_matching' },
    10,
  );
  add('referral.proposed', { referralId: randomUUID(), offerKind: 'service', offerId: null }, 2);
  add(
    'shadowing.planned',
    {
      shadowingId: randomUUID(),
      employerId: pick(orgs),
      vacancyId: null,
      slotId: null,
      startDate: day(now),
      endDate: day(now),
      days: 1,
    },
    5,
  );
  add(
    'shadowing.completed',
    { shadowingId: randomUUID(), employerId: null, fit: pick(['yes', 'yes', 'doubt', 'no']) },
    3,
  );
  if (r() < 0.25) return out; // still in mediation
  const afterTraining = r() < 0.4;
  if (afterTraining) {
    add(
      'trajectory.step_entered',
      { step: 5, fromStep: 3, via: 'transition', reason: 'training_needed' },
      7,
    );
    add('training.started', {
      enrolmentId: randomUUID(),
      trainingId: null,
      providerId: null,
      startDate: day(now),
      expectedEndDate: null,
    });
    add(
      'training.completed',
      { enrolmentId: randomUUID(), finishedOn: day(now + 60 * DAY), certificate: true },
      60,
    );
  }
  const sector = pick(sectors);
  const placementId = randomUUID();
  const start = now + 14 * DAY;
  add(
    'trajectory.step_entered',
    { step: 6, fromStep: afterTraining ? 5 : 3, via: 'transition', reason: 'placed' },
    7,
  );
  add('placement.registered', {
    placementId,
    outcome: 'new_job',
    route: afterTraining ? 'after_training' : 'direct',
    employerId: pick(orgs),
    vacancyId: null,
    sector,
    sameSectorAsBefore: sector === oldSector,
    startDate: day(start),
    hoursPerWeek: 32,
    monthlySalary: 2200 + Math.floor(r() * 1200),
    contractType: 'fixed_term',
    monthlyIncomeBefore: 2300,
    aftercareMonths: [3, 6],
  });
  add('trajectory.outcome_recorded', {
    outcome: 'new_job',
    sector,
    sameSectorAsBefore: sector === oldSector,
    route: null,
    placementId,
    employerId: null,
    contractType: null,
    monthlyIncomeBefore: null,
    monthlyIncomeAfter: null,
    hoursBefore: null,
    hoursAfter: null,
  });
  add(
    'placement.checked',
    {
      placementId,
      checkId: randomUUID(),
      months: 6,
      measuresOutcome: true,
      dueOn: day(start),
      atWork: r() < 0.85,
      sameEmployer: true,
    },
    180,
  );
  add(
    'placement.checked',
    {
      placementId,
      checkId: randomUUID(),
      months: 12,
      measuresOutcome: true,
      dueOn: day(start),
      atWork: r() < 0.2 ? null : r() < 0.8,
      sameEmployer: r() < 0.7,
    },
    180,
  );
  return out;
}

/** Creates the region and its events; returns the region id and the number of events. */
export async function buildDashboardRegion(
  db: Db,
  trajectories: number,
): Promise<{ regionId: string; events: number }> {
  const regionId = randomUUID();
  await db
    .insert(regions)
    .values({ id: regionId, code: `bench-${regionId.slice(0, 8)}`, name: 'Bench' });
  const orgs = Array.from({ length: 40 }, () => randomUUID());
  const r = prng(7);
  let batch: Row[] = [];
  let events = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await db.execute(sql`
      insert into events (id, region_id, type, actor_user_id, subject_type, subject_id, data, occurred_at)
      select (x->>'id')::uuid, ${regionId}::uuid, x->>'type', null, 'trajectory', x->>'s', x->'d',
             (x->>'t')::timestamptz
      from jsonb_array_elements(${JSON.stringify(batch)}::jsonb) as x`);
    events += batch.length;
    batch = [];
  };
  for (let i = 0; i < trajectories; i++) {
    batch.push(...trajectoryEvents(r, orgs));
    if (batch.length >= 10_000) await flush();
  }
  await flush();
  return { regionId, events };
}

/** The same synthetic events in memory, without a database (for profiling the computation). */
export function trajectoryEventsForProfile(trajectories: number) {
  const orgs = Array.from({ length: 40 }, () => randomUUID());
  const r = prng(7);
  const out: {
    type: string;
    subjectId: string;
    occurredAt: number;
    data: Record<string, unknown>;
  }[] = [];
  for (let i = 0; i < trajectories; i++) {
    for (const e of trajectoryEvents(r, orgs)) {
      out.push({ type: e.type, subjectId: e.s, occurredAt: Date.parse(e.t), data: e.d });
    }
  }
  return out;
}
