import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { conflict, forbidden, notFound } from '../../shared/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordEvent } from '../events/record-event.ts';
import { mayManageNotice, mayViewNotice } from './redundancy-policies.ts';
import { redundancyNotices } from './schema.ts';

export type NoticeRow = typeof redundancyNotices.$inferSelect;

/** The notice, if the actor may see it; otherwise 404, as if it did not exist. */
export async function noticeForReading(db: Db, actor: Actor, id: string): Promise<NoticeRow> {
  const [row] = await db.select().from(redundancyNotices).where(eq(redundancyNotices.id, id));
  if (!row || !mayViewNotice(actor, row)) throw notFound('Redundancy notice');
  return row;
}

/** The notice, locked, if the actor may change it (404 if they may not see it, else 403). */
export async function noticeForManaging(tx: Db, actor: Actor, id: string): Promise<NoticeRow> {
  const [row] = await tx
    .select()
    .from(redundancyNotices)
    .where(eq(redundancyNotices.id, id))
    .for('update');
  if (!row || !mayViewNotice(actor, row)) throw notFound('Redundancy notice');
  if (!mayManageNotice(actor, row)) throw forbidden('Only the employer changes its notice');
  return row;
}

export function requireOpenNotice(row: NoticeRow): void {
  if (row.status !== 'open') {
    throw conflict('status: the notice is closed; reopen it to invite employees', 'status');
  }
}

/** Events on a notice carry counts and codes, never the names of the people concerned. */
export async function recordNoticeEvent(
  tx: Db,
  actor: Actor | null,
  notice: Pick<NoticeRow, 'id' | 'regionId'>,
  type: `redundancy_notice.${string}`,
  data: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await recordEvent(tx, {
    regionId: notice.regionId,
    type,
    actorUserId: actor?.userId ?? null,
    subjectType: 'redundancy_notice',
    subjectId: notice.id,
    data,
    occurredAt: now,
  });
}
