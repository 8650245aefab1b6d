import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { users } from '../../auth/schema.ts';
import { events } from '../../events/schema.ts';
import type { HistoryEntry } from '../contracts.ts';
import { mayViewVacancyHistory } from '../policies.ts';
import { vacancyForReading } from '../vacancy-access.ts';

/** The life of a vacancy from the event log, oldest first: posted, changed, paused, filled… */
export async function vacancyHistory(db: Db, actor: Actor, id: string): Promise<HistoryEntry[]> {
  const vacancy = await vacancyForReading(db, actor, id);
  if (!mayViewVacancyHistory(actor, vacancy)) throw forbidden('Candidates do not see the history');
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
    .where(and(eq(events.subjectType, 'vacancy'), eq(events.subjectId, id)))
    .orderBy(asc(events.occurredAt), asc(events.type));
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
