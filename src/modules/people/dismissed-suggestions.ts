import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { events } from '../events/schema.ts';

/**
 * A suggestion the person turned down stays turned down. There is no table for that: the
 * dismissal is an event like every other change, and the event log is where it is read from.
 */
export const SUGGESTION_DISMISSED = 'person.skill_suggestion_dismissed';

export async function dismissedSkillIds(db: Db, personId: string): Promise<Set<number>> {
  const rows = await db
    .select({ data: events.data })
    .from(events)
    .where(
      and(
        eq(events.subjectType, 'person'),
        eq(events.subjectId, personId),
        eq(events.type, SUGGESTION_DISMISSED),
      ),
    );
  return new Set(rows.flatMap((r) => (typeof r.data.skillId === 'number' ? [r.data.skillId] : [])));
}
