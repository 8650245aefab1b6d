import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, forbidden, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { hasConsent } from '../../consent/consent-check.ts';
import { events } from '../../events/schema.ts';
import { personForReading } from '../../people/person-access.ts';
import { persons } from '../../people/schema.ts';
import { trajectories } from '../../trajectories/schema.ts';
import { mayViewVacancy } from '../../vacancies/policies.ts';
import { vacancies } from '../../vacancies/schema.ts';
import type { MatchProposal, ProposeMatchBody } from '../contracts.ts';
import { vacancyLookups } from '../lookups.ts';
import {
  MATCH_PROPOSED,
  presentProposal,
  proposalsOf,
  type MatchProposedData,
} from '../match-proposals.ts';
import { matchingIndex, orIfUnknown } from '../matching-index.ts';
import { mayProposeMatch } from '../policies.ts';

/** A trajectory still running (not dropped out, not closed). */
const running = ['registered', 'intake', 'active'];

/**
 * A case manager proposes a person on their caseload to the employer of an open vacancy. Only
 * when the person's consent lets that employer see the passport (otherwise the employer would
 * learn who it is without consent); once per person and vacancy, again only after a withdrawal.
 * Records `match.proposed` on the person, with the running trajectory's id so the chain can count
 * it; the event's id is the proposal's id.
 */
export async function proposeMatch(
  db: Db,
  actor: Actor,
  personId: string,
  body: ProposeMatchBody,
  now: Date,
): Promise<MatchProposal> {
  const person = await personForReading(db, actor, personId);
  if (!mayProposeMatch(actor, person)) {
    throw forbidden('Only the case team proposes a candidate to an employer');
  }
  const [vacancy] = await db.select().from(vacancies).where(eq(vacancies.id, body.vacancyId));
  if (!vacancy || vacancy.regionId !== person.regionId || !mayViewVacancy(actor, vacancy)) {
    throw notFound('Vacancy');
  }
  if (vacancy.status !== 'open') {
    throw conflict('vacancyId: the vacancy is no longer open', 'vacancyId');
  }
  if (!(await hasConsent(db, person.id, 'passport_to_hiring_employer', vacancy.employerId, now))) {
    throw conflict(
      'vacancyId: the candidate has not consented to share the passport with this employer',
      'vacancyId',
    );
  }
  // The engine is asked outside the transaction: it may read the database itself.
  const explanation = await matchingIndex(db, person.regionId).use((engine) =>
    orIfUnknown(() => engine.explain(person.id, vacancy.id), null),
  );
  const L = await vacancyLookups(db, [vacancy.id]);
  return db.transaction(async (tx) => {
    // One proposal at a time per person: concurrent requests wait here, then see each other's.
    await tx
      .select({ id: persons.id })
      .from(persons)
      .where(eq(persons.id, person.id))
      .for('update');
    const earlier = await proposalsOf(tx, person.id, vacancy.id);
    if (earlier.some((p) => !p.withdrawal)) {
      throw conflict('vacancyId: already proposed to this employer for this vacancy', 'vacancyId');
    }
    const [trajectory] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(and(eq(trajectories.personId, person.id), inArray(trajectories.status, running)))
      .orderBy(desc(trajectories.startedAt))
      .limit(1);
    const data: MatchProposedData = {
      vacancyId: vacancy.id,
      employerId: vacancy.employerId,
      trajectoryId: trajectory?.id ?? null,
      score: explanation?.score ?? 0,
      readiness: explanation?.readiness ?? 'not-now',
    };
    // Written directly (not recordEvent) because the proposal's id is the event's id.
    const id = randomUUID();
    await tx.insert(events).values({
      id,
      regionId: person.regionId,
      type: MATCH_PROPOSED,
      actorUserId: actor.userId,
      subjectType: 'person',
      subjectId: person.id,
      data: { ...data },
      occurredAt: now,
    });
    return presentProposal(
      {
        ...data,
        id,
        personId: person.id,
        regionId: person.regionId,
        proposedAt: now,
        proposedByUserId: actor.userId,
        withdrawal: null,
        answer: null,
      },
      L.vacancy(vacancy.id),
    );
  });
}

/**
 * A person's proposals to employers, oldest first, withdrawn ones too (with when and why): for
 * those who may read the passport (404 otherwise).
 */
export async function listMatchProposals(
  db: Db,
  actor: Actor,
  personId: string,
): Promise<MatchProposal[]> {
  const person = await personForReading(db, actor, personId);
  const list = await proposalsOf(db, person.id);
  const L = await vacancyLookups(
    db,
    list.map((p) => p.vacancyId),
  );
  return list.map((p) => presentProposal(p, L.vacancy(p.vacancyId)));
}
