import { randomUUID } from 'node:crypto';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError, conflict, invalidInput, notFound } from '../../shared/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { organisations } from '../organisations/schema.ts';
import { personWorkHistory, persons } from '../people/schema.ts';
import type { ChainState } from './chain.ts';
import type { StartTrajectoryBody } from './contracts.ts';
import { recordTrajectoryEvent } from './event-types.ts';
import { mayStartTrajectory } from './policies.ts';
import { trajectories, type TrajectoryRow } from './schema.ts';
import { recordTransition, type TrajectoryPerson } from './trajectory-access.ts';

/** The job being left: the current job of the passport (no end year), longest hours first. */
export async function currentJob(db: Db, personId: string) {
  const jobs = await db
    .select()
    .from(personWorkHistory)
    .where(and(eq(personWorkHistory.personId, personId), isNull(personWorkHistory.endYear)));
  return jobs.sort((a, b) => (b.hoursPerWeek ?? 0) - (a.hoursPerWeek ?? 0))[0] ?? null;
}

async function releasingEmployerOf(
  tx: Db,
  regionId: string,
  input: StartTrajectoryBody,
  person: { currentEmployerId: string | null },
  currentEmployerName: string | null,
): Promise<string | null> {
  if (input.releasingEmployerId !== undefined) {
    if (input.releasingEmployerId === null) return null;
    const [org] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, input.releasingEmployerId));
    if (!org || org.regionId !== regionId || !org.kinds.includes('releasing_employer')) {
      throw invalidInput(
        'releasingEmployerId',
        'releasingEmployerId: not a releasing employer of this region',
      );
    }
    return org.id;
  }
  if (person.currentEmployerId) return person.currentEmployerId;
  if (!currentEmployerName) return null;
  // A passport names its employer in words; a releasing employer of the region by that name is it.
  const [byName] = await tx
    .select({ id: organisations.id, kinds: organisations.kinds })
    .from(organisations)
    .where(and(eq(organisations.regionId, regionId), eq(organisations.name, currentEmployerName)));
  return byName?.kinds.includes('releasing_employer') ? byName.id : null;
}

/**
 * Opens a trajectory for a person, inside the caller's transaction: a case manager's starts at
 * the intake, a candidate's self-registration waits for one. One open trajectory per person.
 */
export async function openTrajectory(
  tx: Db,
  actor: Actor,
  input: StartTrajectoryBody,
  now: Date,
): Promise<{ row: TrajectoryRow; person: TrajectoryPerson }> {
  const [person] = await tx
    .select()
    .from(persons)
    .where(and(eq(persons.id, input.personId), isNull(persons.erasedAt)))
    .for('update');
  if (!person || !mayStartTrajectory(actor, person)) {
    if (person && actor.role === 'candidate' && person.userId === actor.userId) {
      throw invalidInput('personId', 'personId: choose a case organisation in your passport first');
    }
    throw notFound('Person');
  }
  const caseOrganisationId = person.caseOrganisationId;
  if (!caseOrganisationId) throw invalidInput('personId', 'personId: the person has no case team');
  const [open] = await tx
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(and(eq(trajectories.personId, person.id), ne(trajectories.status, 'closed')));
  if (open) throw conflict('personId: this person has a trajectory in progress', 'personId');
  const job = await currentJob(tx, person.id);
  const releasingEmployerId = await releasingEmployerOf(
    tx,
    person.regionId,
    input,
    person,
    job?.employerName ?? null,
  );
  // The sector is the industry being left: the releasing employer's, else the job's own.
  const [employer] = releasingEmployerId
    ? await tx
        .select({ sector: organisations.sector })
        .from(organisations)
        .where(eq(organisations.id, releasingEmployerId))
    : [];
  const oldSector =
    input.oldSector !== undefined ? input.oldSector : (employer?.sector ?? job?.sector ?? null);
  const state: ChainState = {
    status: actor.role === 'candidate' ? 'registered' : 'intake',
    step: null,
    droppedOutFrom: null,
  };
  const [row] = await tx
    .insert(trajectories)
    .values({
      id: randomUUID(),
      regionId: person.regionId,
      personId: person.id,
      caseOrganisationId,
      caseManagerUserId: actor.role === 'case_manager' ? actor.userId : null,
      releasingEmployerId,
      source: input.source,
      oldSector,
      status: state.status,
      step: null,
      droppedOutFrom: null,
      triageGroup: null,
      startedAt: now,
      lastActivityAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new AppError('internal', 'insert returned no row');
  await recordTransition(
    tx,
    actor,
    row,
    { action: 'start', from: null, to: state, reasonCode: input.source, note: null },
    now,
  );
  await recordTrajectoryEvent(
    tx,
    actor,
    row,
    'trajectory.started',
    {
      personId: person.id,
      source: input.source,
      via: actor.role === 'candidate' ? 'self_registration' : 'case_manager',
      status: state.status,
      caseOrganisationId,
      releasingEmployerId,
      oldSector: row.oldSector,
    },
    now,
  );
  return {
    row,
    person: {
      id: person.id,
      regionId: person.regionId,
      userId: person.userId,
      pseudonym: person.pseudonym,
      givenName: person.givenName,
      familyName: person.familyName,
    },
  };
}
