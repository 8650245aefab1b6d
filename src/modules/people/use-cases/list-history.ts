import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { users } from '../../auth/schema.ts';
import { events } from '../../events/schema.ts';
import type { HistoryEntry } from '../contracts.ts';
import { personForReading } from '../person-access.ts';

/** Every change to the passport, newest first: what, when and by whom (from the event log). */
export async function listHistory(db: Db, actor: Actor, personId: string): Promise<HistoryEntry[]> {
  await personForReading(db, actor, personId);
  const rows = await db
    .select({
      id: events.id,
      type: events.type,
      occurredAt: events.occurredAt,
      data: events.data,
      actorId: users.id,
      actorName: users.name,
      actorRole: users.role,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorUserId))
    .where(and(eq(events.subjectType, 'person'), eq(events.subjectId, personId)))
    .orderBy(desc(events.occurredAt), desc(events.type));
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    occurredAt: r.occurredAt.toISOString(),
    actor:
      r.actorId && r.actorName && r.actorRole
        ? { userId: r.actorId, name: r.actorName, role: r.actorRole }
        : null,
    data: r.data,
  }));
}
