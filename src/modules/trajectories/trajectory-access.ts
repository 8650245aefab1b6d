import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError, conflict, forbidden, notFound } from '../../shared/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { logRead } from '../consent/access-log.ts';
import { findConsent } from '../consent/consent-check.ts';
import { persons } from '../people/schema.ts';
import { applyChainAction, chainStateOf, type ChainAction, type ChainState } from './chain.ts';
import {
  isCaseTeam,
  isOwnTrajectory,
  mayAskCaseConsent,
  type TrajectoryAccess,
  type TrajectoryRef,
} from './policies.ts';
import { trajectories, trajectoryTransitions, type TrajectoryRow } from './schema.ts';

export interface TrajectoryPerson {
  id: string;
  regionId: string;
  userId: string | null;
  pseudonym: string;
  givenName: string | null;
  familyName: string | null;
}

export interface LoadedTrajectory {
  row: TrajectoryRow;
  person: TrajectoryPerson;
  access: TrajectoryAccess;
}

const personColumns = {
  id: persons.id,
  regionId: persons.regionId,
  userId: persons.userId,
  pseudonym: persons.pseudonym,
  givenName: persons.givenName,
  familyName: persons.familyName,
  erasedAt: persons.erasedAt,
};

async function load(
  db: Db,
  id: string,
  lock: boolean,
): Promise<{ row: TrajectoryRow; person: TrajectoryPerson } | null> {
  const query = db.select().from(trajectories).where(eq(trajectories.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return null;
  const [person] = await db.select(personColumns).from(persons).where(eq(persons.id, row.personId));
  if (!person || person.erasedAt) return null;
  const { erasedAt: _erased, ...rest } = person;
  return { row, person: rest };
}

export const refOf = (row: TrajectoryRow, person: TrajectoryPerson): TrajectoryRef => ({
  regionId: row.regionId,
  caseOrganisationId: row.caseOrganisationId,
  personUserId: person.userId,
});

/** The case-consent grant that lets a partner's staff member read this trajectory, if any. */
async function partnerGrant(
  db: Db,
  actor: Actor,
  ref: TrajectoryRef,
  personId: string,
  now: Date,
): Promise<string | null> {
  if (!mayAskCaseConsent(actor, ref) || !actor.organisationId) return null;
  const grant = await findConsent(db, personId, 'case_to_partner', actor.organisationId, now);
  return grant?.id ?? null;
}

/**
 * The trajectory as the actor may read it: the case team, or a partner organisation's staff
 * under case consent (that read is logged for the candidate). Anyone else gets 404.
 */
export async function trajectoryForReading(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<LoadedTrajectory> {
  const found = await load(db, id, false);
  if (!found) throw notFound('Trajectory');
  const ref = refOf(found.row, found.person);
  if (isCaseTeam(actor, ref)) return { ...found, access: 'case_team' };
  const grantId = await partnerGrant(db, actor, ref, found.person.id, now);
  if (!grantId) throw notFound('Trajectory');
  await logRead(db, { reader: actor, person: found.person, what: 'case', consentId: grantId, now });
  return { ...found, access: 'partner' };
}

/**
 * The trajectory, locked for this transaction, if the actor is its case team. Those who may
 * read it (a consented partner, the candidate) get 403; anyone else 404.
 */
export async function trajectoryForManaging(
  tx: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<LoadedTrajectory> {
  const found = await load(tx, id, true);
  if (!found) throw notFound('Trajectory');
  const ref = refOf(found.row, found.person);
  if (isCaseTeam(actor, ref)) return { ...found, access: 'case_team' };
  if (isOwnTrajectory(actor, ref) || (await partnerGrant(tx, actor, ref, found.person.id, now))) {
    throw forbidden('Only the case team changes a trajectory');
  }
  throw notFound('Trajectory');
}

/** Asks the chain; an illegal move is a 409 naming why. */
export function requireChain(row: TrajectoryRow, action: ChainAction) {
  const result = applyChainAction(chainStateOf(row), action);
  if (!result.ok) {
    const field = result.message.startsWith('step:') ? 'step' : undefined;
    throw conflict(result.message, field);
  }
  return result;
}

/** Only a trajectory in progress (registered, intake, active) takes new records. */
export function requireOpen(row: TrajectoryRow): void {
  if (row.status === 'closed' || row.status === 'dropped_out') {
    throw conflict(`the trajectory is ${row.status.replace('_', ' ')}; re-enter it first`);
  }
}

/** Marks activity on the trajectory (the worklist's "no activity for 30 days" reads it). */
export async function touchTrajectory(
  tx: Db,
  id: string,
  now: Date,
  changes: Partial<typeof trajectories.$inferInsert> = {},
): Promise<TrajectoryRow> {
  const [row] = await tx
    .update(trajectories)
    .set({ ...changes, updatedAt: now, lastActivityAt: now })
    .where(eq(trajectories.id, id))
    .returning();
  if (!row) throw new AppError('internal', 'trajectory vanished');
  return row;
}

export interface TransitionRecord {
  action: 'start' | 'record_intake' | 'triage' | 'enter_step' | 'drop_out' | 'reenter' | 'close';
  from: ChainState | null;
  to: ChainState;
  reasonCode: string | null;
  note: string | null;
}

/** One row of the chain's history, with the note that stays out of the event log. */
export async function recordTransition(
  tx: Db,
  actor: Actor | null,
  row: Pick<TrajectoryRow, 'id' | 'regionId'>,
  t: TransitionRecord,
  now: Date,
): Promise<void> {
  await tx.insert(trajectoryTransitions).values({
    id: randomUUID(),
    trajectoryId: row.id,
    regionId: row.regionId,
    action: t.action,
    fromStatus: t.from?.status ?? null,
    fromStep: t.from?.step ?? null,
    toStatus: t.to.status,
    toStep: t.to.step,
    reasonCode: t.reasonCode,
    note: t.note,
    actorUserId: actor?.userId ?? null,
    occurredAt: now,
  });
}

/** Empty texts from forms are "not given". */
export const blankToNull = (s: string | null | undefined): string | null =>
  s === undefined || s === null || s.trim() === '' ? null : s;
