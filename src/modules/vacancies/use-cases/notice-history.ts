import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { users } from '../../auth/schema.ts';
import { events } from '../../events/schema.ts';
import { noticeForReading } from '../notice-access.ts';
import type { NoticeHistoryEntry } from '../redundancy-contracts.ts';

/**
 * The life of a notice from the event log, oldest first: reported, corrected (which fields),
 * employees invited (how many), closed, reopened. Whoever may read the notice may read this.
 */
export async function noticeHistory(
  db: Db,
  actor: Actor,
  id: string,
): Promise<NoticeHistoryEntry[]> {
  await noticeForReading(db, actor, id);
  const rows = await db
    .select({
      id: events.id,
      type: events.type,
      occurredAt: events.occurredAt,
      data: events.data,
      actorName: users.name,
      actorRole: users.role,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorUserId))
    .where(and(eq(events.subjectType, 'redundancy_notice'), eq(events.subjectId, id)))
    .orderBy(
      asc(events.occurredAt),
      sql`(${events.type} <> 'redundancy_notice.reported')`,
      asc(events.id),
    );
  return rows.map((r) => {
    const data = r.data as { changed?: unknown; count?: unknown };
    return {
      id: r.id,
      type: r.type,
      occurredAt: r.occurredAt.toISOString(),
      actor: r.actorName && r.actorRole ? { name: r.actorName, role: r.actorRole } : null,
      changed: Array.isArray(data.changed) ? data.changed.map(String) : [],
      count: typeof data.count === 'number' ? data.count : null,
    };
  });
}
