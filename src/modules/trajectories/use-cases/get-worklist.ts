import { and, eq, gt, inArray, isNull, lt, lte, ne } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { consentGrants } from '../../consent/schema.ts';
import { persons } from '../../people/schema.ts';
import type { WorklistItem, WorklistQuery } from '../contracts.ts';
import { placementChecks, placements } from '../placement-schema.ts';
import { planGoals } from '../plan-schema.ts';
import { mayViewWorklist } from '../policies.ts';
import { addDays, toDateString } from '../schedule.ts';
import { trajectories } from '../schema.ts';

const DAY_MS = 86_400_000;
/** Candidates without any activity for this long show up in the worklist. */
export const INACTIVE_AFTER_DAYS = 30;
/** Consents that lapse within this many days show up, so they can be renewed in time. */
export const CONSENT_NOTICE_DAYS = 30;

const personColumns = {
  personId: persons.id,
  pseudonym: persons.pseudonym,
  givenName: persons.givenName,
  familyName: persons.familyName,
};

interface PersonCols {
  personId: string;
  pseudonym: string;
  givenName: string | null;
  familyName: string | null;
}

const inProgress = ['registered', 'intake', 'active'];

/**
 * A case manager's worklist for their organisation's caseload: intakes waiting, goal evaluations
 * and aftercare check-ins due (within `withinDays` or overdue), consents about to lapse, and
 * candidates without activity for 30 days. Soonest first.
 */
export async function getWorklist(
  db: Db,
  actor: Actor,
  query: WorklistQuery,
  now: Date,
): Promise<WorklistItem[]> {
  if (!mayViewWorklist(actor) || !actor.organisationId) {
    throw forbidden('The worklist is a case manager’s');
  }
  const today = toDateString(now);
  const horizon = addDays(today, query.withinDays);
  const ours = and(
    eq(trajectories.caseOrganisationId, actor.organisationId),
    eq(trajectories.regionId, actor.regionId),
    isNull(persons.erasedAt),
  );
  const items: WorklistItem[] = [];
  const push = (
    kind: WorklistItem['kind'],
    r: PersonCols,
    trajectoryId: string | null,
    dueOn: string,
    subjectId: string | null,
    detail: string,
  ) => {
    const { personId, pseudonym, givenName, familyName } = r;
    items.push({
      kind,
      trajectoryId,
      personId,
      pseudonym,
      givenName,
      familyName,
      dueOn,
      overdue: dueOn < today,
      subjectId,
      detail,
    });
  };

  const intakes = await db
    .select({ ...personColumns, id: trajectories.id, startedAt: trajectories.startedAt })
    .from(trajectories)
    .innerJoin(persons, eq(persons.id, trajectories.personId))
    .where(and(ours, eq(trajectories.status, 'registered')));
  for (const r of intakes) push('intake_due', r, r.id, toDateString(r.startedAt), null, 'intake');

  const goals = await db
    .select({
      ...personColumns,
      id: trajectories.id,
      goalId: planGoals.id,
      due: planGoals.nextEvaluationOn,
      title: planGoals.title,
    })
    .from(planGoals)
    .innerJoin(trajectories, eq(trajectories.id, planGoals.trajectoryId))
    .innerJoin(persons, eq(persons.id, trajectories.personId))
    .where(
      and(
        ours,
        inArray(trajectories.status, inProgress),
        eq(planGoals.status, 'open'),
        lte(planGoals.nextEvaluationOn, horizon),
      ),
    );
  for (const r of goals)
    push('evaluation_due', r, r.id, r.due ?? today, r.goalId, r.title ?? 'goal');

  const checks = await db
    .select({
      ...personColumns,
      id: trajectories.id,
      checkId: placementChecks.id,
      due: placementChecks.dueOn,
      months: placementChecks.months,
    })
    .from(placementChecks)
    .innerJoin(placements, eq(placements.id, placementChecks.placementId))
    .innerJoin(trajectories, eq(trajectories.id, placementChecks.trajectoryId))
    .innerJoin(persons, eq(persons.id, trajectories.personId))
    .where(
      and(
        ours,
        // A closed trajectory asks nothing more of its case manager.
        ne(trajectories.status, 'closed'),
        isNull(trajectories.personalDataRemovedAt),
        isNull(placementChecks.recordedAt),
        isNull(placements.endedOn),
        lte(placementChecks.dueOn, horizon),
      ),
    );
  for (const r of checks) push('check_in_due', r, r.id, r.due, r.checkId, `${r.months} months`);

  const consents = await db
    .select({
      ...personColumns,
      consentId: consentGrants.id,
      purpose: consentGrants.purpose,
      expiresAt: consentGrants.expiresAt,
    })
    .from(consentGrants)
    .innerJoin(persons, eq(persons.id, consentGrants.personId))
    .where(
      and(
        eq(persons.caseOrganisationId, actor.organisationId),
        eq(persons.regionId, actor.regionId),
        isNull(persons.erasedAt),
        isNull(consentGrants.withdrawnAt),
        gt(consentGrants.expiresAt, now),
        lte(consentGrants.expiresAt, new Date(now.getTime() + CONSENT_NOTICE_DAYS * DAY_MS)),
      ),
    );
  const openByPerson = new Map(
    (
      await db
        .select({ personId: trajectories.personId, id: trajectories.id })
        .from(trajectories)
        .innerJoin(persons, eq(persons.id, trajectories.personId))
        .where(and(ours, ne(trajectories.status, 'closed')))
    ).map((r) => [r.personId, r.id]),
  );
  for (const r of consents) {
    const due = toDateString(r.expiresAt ?? now);
    push('consent_expiring', r, openByPerson.get(r.personId) ?? null, due, r.consentId, r.purpose);
  }

  const quiet = await db
    .select({ ...personColumns, id: trajectories.id, last: trajectories.lastActivityAt })
    .from(trajectories)
    .innerJoin(persons, eq(persons.id, trajectories.personId))
    .where(
      and(
        ours,
        inArray(trajectories.status, inProgress),
        lt(trajectories.lastActivityAt, new Date(now.getTime() - INACTIVE_AFTER_DAYS * DAY_MS)),
      ),
    );
  for (const r of quiet) {
    const days = Math.floor((now.getTime() - r.last.getTime()) / DAY_MS);
    push('inactive', r, r.id, toDateString(r.last), null, `${days} days without activity`);
  }
  return items.sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      a.kind.localeCompare(b.kind) ||
      a.pseudonym.localeCompare(b.pseudonym),
  );
}
