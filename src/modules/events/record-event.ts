import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { events } from './schema.ts';

export interface NewEvent {
  regionId: string;
  type: string;
  actorUserId: string | null;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
  occurredAt?: Date;
}

/** Append one event; call it inside the use case's transaction so fact and event land together. */
export async function recordEvent(db: Db, event: NewEvent): Promise<void> {
  await db.insert(events).values({
    id: randomUUID(),
    regionId: event.regionId,
    type: event.type,
    actorUserId: event.actorUserId,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    data: event.data ?? {},
    ...(event.occurredAt ? { occurredAt: event.occurredAt } : {}),
  });
}
