import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { events } from '../events/schema.ts';
import { persons } from '../people/schema.ts';
import type {
  MatchProposal,
  NoFitReason,
  ProposalAnswer,
  ProposalAnswerView,
  VacancyRef,
  WithdrawalReason,
} from './contracts.ts';

/**
 * A proposal of a person to a hiring employer lives in the event log only. Three event types,
 * all with subject_type 'person' and subject_id the person, data holding ids and codes, never
 * names or free text — so erasing a person's data leaves the log whole:
 * - `match.proposed`  {vacancyId, employerId, trajectoryId|null, score, readiness}: a case
 *   manager proposes the person; the event's id is the proposal's id
 * - `match.withdrawn` {proposalId, vacancyId, employerId, trajectoryId|null, reason|null}: the
 *   case manager takes it back (reason: contracts.ts withdrawalReasons); at most once
 * - `match.answered`  {proposalId, vacancyId, employerId, trajectoryId|null, answer, reason|null}:
 *   the employer invites the candidate for an interview (invite) or says it does not fit
 *   (no_fit, with a reason from noFitReasons); at most once
 * A proposal is active until withdrawn; after a withdrawal the person may be proposed again.
 * The dashboard counts `match.proposed` only (proposals made, withdrawn or not).
 */
export const MATCH_PROPOSED = 'match.proposed';
export const MATCH_WITHDRAWN = 'match.withdrawn';
export const MATCH_ANSWERED = 'match.answered';

export interface MatchProposedData {
  vacancyId: string;
  employerId: string;
  trajectoryId: string | null;
  score: number;
  readiness: MatchProposal['readiness'];
}

interface FollowUp {
  proposalId: string;
  vacancyId: string;
  employerId: string;
  trajectoryId: string | null;
}
export interface MatchWithdrawnData extends FollowUp {
  reason: WithdrawalReason | null;
}
export interface MatchAnsweredData extends FollowUp {
  answer: ProposalAnswer;
  reason: NoFitReason | null;
}

/** One proposal with what happened to it since, folded from its events. */
export interface ProposalState extends MatchProposedData {
  id: string;
  personId: string;
  regionId: string;
  proposedAt: Date;
  proposedByUserId: string | null;
  withdrawal: { at: Date; byUserId: string | null; reason: WithdrawalReason | null } | null;
  answer: {
    at: Date;
    byUserId: string | null;
    answer: ProposalAnswer;
    reason: NoFitReason | null;
  } | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Proposals whose `match.proposed` event meets `where`, oldest first, with their follow-ups. */
async function foldProposals(db: Db, where: SQL | undefined): Promise<ProposalState[]> {
  const proposed = await db
    .select({
      id: events.id,
      regionId: events.regionId,
      personId: events.subjectId,
      actorUserId: events.actorUserId,
      data: events.data,
      occurredAt: events.occurredAt,
    })
    .from(events)
    .where(and(eq(events.type, MATCH_PROPOSED), eq(events.subjectType, 'person'), where))
    .orderBy(asc(events.occurredAt), asc(events.id));
  if (proposed.length === 0) return [];
  const followUps = await db
    .select({
      type: events.type,
      actorUserId: events.actorUserId,
      data: events.data,
      occurredAt: events.occurredAt,
    })
    .from(events)
    .where(
      and(
        eq(events.subjectType, 'person'),
        inArray(events.subjectId, [...new Set(proposed.map((p) => p.personId))]),
        inArray(events.type, [MATCH_WITHDRAWN, MATCH_ANSWERED]),
      ),
    )
    .orderBy(asc(events.occurredAt), asc(events.id));
  const states = new Map<string, ProposalState>(
    proposed.map((p) => {
      const d = p.data as unknown as MatchProposedData;
      return [
        p.id,
        {
          id: p.id,
          personId: p.personId,
          regionId: p.regionId,
          vacancyId: d.vacancyId,
          employerId: d.employerId,
          trajectoryId: d.trajectoryId,
          score: d.score,
          readiness: d.readiness,
          proposedAt: p.occurredAt,
          proposedByUserId: p.actorUserId,
          withdrawal: null,
          answer: null,
        },
      ];
    }),
  );
  for (const f of followUps) {
    const state = states.get(str(f.data.proposalId) ?? '');
    if (!state) continue;
    if (f.type === MATCH_WITHDRAWN && !state.withdrawal) {
      const d = f.data as unknown as MatchWithdrawnData;
      state.withdrawal = { at: f.occurredAt, byUserId: f.actorUserId, reason: d.reason ?? null };
    } else if (f.type === MATCH_ANSWERED && !state.answer) {
      const d = f.data as unknown as MatchAnsweredData;
      state.answer = {
        at: f.occurredAt,
        byUserId: f.actorUserId,
        answer: d.answer,
        reason: d.reason ?? null,
      };
    }
  }
  return [...states.values()];
}

const forVacancy = (vacancyId: string) => sql`${events.data}->>'vacancyId' = ${vacancyId}`;

/** The person's proposals, oldest first; optionally only those for one vacancy. */
export function proposalsOf(db: Db, personId: string, vacancyId?: string) {
  return foldProposals(
    db,
    and(
      eq(events.subjectId, personId),
      vacancyId === undefined ? undefined : forVacancy(vacancyId),
    ),
  );
}

/** One proposal by its id (the id of its `match.proposed` event). */
export async function proposalById(db: Db, proposalId: string): Promise<ProposalState | null> {
  const [found] = await foldProposals(db, eq(events.id, proposalId));
  return found ?? null;
}

/**
 * The proposals of a vacancy that are still active (not withdrawn), of persons not erased,
 * oldest first.
 */
export async function activeProposalsForVacancy(
  db: Db,
  regionId: string,
  vacancyId: string,
): Promise<ProposalState[]> {
  const all = await foldProposals(db, and(eq(events.regionId, regionId), forVacancy(vacancyId)));
  return withoutErased(
    db,
    all.filter((p) => !p.withdrawal),
  );
}

/** The active proposals to one employer (all its vacancies), of persons not erased. */
export async function activeProposalsForEmployer(
  db: Db,
  regionId: string,
  employerId: string,
): Promise<ProposalState[]> {
  const all = await foldProposals(
    db,
    and(eq(events.regionId, regionId), sql`${events.data}->>'employerId' = ${employerId}`),
  );
  return withoutErased(
    db,
    all.filter((p) => !p.withdrawal),
  );
}

async function withoutErased(db: Db, list: ProposalState[]): Promise<ProposalState[]> {
  if (list.length === 0) return list;
  const live = await db
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(inArray(persons.id, [...new Set(list.map((p) => p.personId))]), isNull(persons.erasedAt)),
    );
  const ids = new Set(live.map((r) => r.id));
  return list.filter((p) => ids.has(p.personId));
}

/** When each person was proposed for a vacancy, for the active proposals only. */
export async function proposedForVacancy(
  db: Db,
  regionId: string,
  vacancyId: string,
): Promise<Map<string, string>> {
  const active = await activeProposalsForVacancy(db, regionId, vacancyId);
  return new Map(active.map((p) => [p.personId, p.proposedAt.toISOString()]));
}

export const presentAnswer = (p: ProposalState): ProposalAnswerView | null =>
  p.answer && {
    answer: p.answer.answer,
    reason: p.answer.reason,
    answeredAt: p.answer.at.toISOString(),
  };

/** A proposal as the person's case team (and the candidate) see it. */
export function presentProposal(p: ProposalState, vacancy: VacancyRef | null): MatchProposal {
  return {
    id: p.id,
    personId: p.personId,
    vacancyId: p.vacancyId,
    vacancyTitle: vacancy?.title ?? null,
    employerId: p.employerId,
    employerName: vacancy?.employerName ?? null,
    trajectoryId: p.trajectoryId,
    score: p.score,
    readiness: p.readiness,
    proposedAt: p.proposedAt.toISOString(),
    withdrawal: p.withdrawal && {
      withdrawnAt: p.withdrawal.at.toISOString(),
      reason: p.withdrawal.reason,
    },
    answer: presentAnswer(p),
  };
}
