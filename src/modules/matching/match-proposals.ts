import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { events } from '../events/schema.ts';
import type { MatchProposal } from './contracts.ts';

/**
 * A proposal of a person to a hiring employer lives in the event log only (type
 * `match.proposed`, subject the person): data holds ids, the score and the readiness at that
 * moment, never names — so erasing a person's data leaves the log whole.
 */
export const MATCH_PROPOSED = 'match.proposed';

export interface MatchProposedData {
  vacancyId: string;
  employerId: string;
  trajectoryId: string | null;
  score: number;
  readiness: MatchProposal['readiness'];
}

/** The person's proposals, oldest first; optionally only those for one vacancy. */
export async function proposalsOf(
  db: Db,
  personId: string,
  vacancyId?: string,
): Promise<MatchProposal[]> {
  const rows = await db
    .select({ data: events.data, occurredAt: events.occurredAt })
    .from(events)
    .where(
      and(
        eq(events.subjectType, 'person'),
        eq(events.subjectId, personId),
        eq(events.type, MATCH_PROPOSED),
        vacancyId === undefined ? undefined : sql`${events.data}->>'vacancyId' = ${vacancyId}`,
      ),
    )
    .orderBy(asc(events.occurredAt));
  return rows.map(({ data, occurredAt }) => {
    const d = data as unknown as MatchProposedData;
    return {
      personId,
      vacancyId: d.vacancyId,
      employerId: d.employerId,
      trajectoryId: d.trajectoryId,
      score: d.score,
      readiness: d.readiness,
      proposedAt: occurredAt.toISOString(),
    };
  });
}

/** When each person was proposed for a vacancy (newest proposal per person). */
export async function proposedForVacancy(db: Db, vacancyId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ personId: events.subjectId, occurredAt: events.occurredAt })
    .from(events)
    .where(
      and(
        eq(events.type, MATCH_PROPOSED),
        eq(events.subjectType, 'person'),
        sql`${events.data}->>'vacancyId' = ${vacancyId}`,
      ),
    )
    .orderBy(asc(events.occurredAt));
  return new Map(rows.map((r) => [r.personId, r.occurredAt.toISOString()]));
}
