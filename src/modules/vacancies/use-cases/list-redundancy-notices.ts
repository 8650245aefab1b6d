import { and, desc, eq, gt, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { noticeForReading } from '../notice-access.ts';
import type { ListNoticesQuery, Notice } from '../redundancy-contracts.ts';
import { noticeListScope } from '../redundancy-policies.ts';
import { noticeView, noticeViews } from '../redundancy-presenters.ts';
import { redundancyNotices } from '../schema.ts';

/**
 * Case managers and coordinators list every notice of their region (newest first; `since`
 * gives what is new for their home page); employers their own; administrators all.
 */
export async function listRedundancyNotices(
  db: Db,
  actor: Actor,
  query: ListNoticesQuery,
): Promise<Notice[]> {
  const scope = noticeListScope(actor);
  if (!scope) throw forbidden('Your role does not see redundancy notices');
  const where: SQL[] = [];
  if (scope.kind === 'region') where.push(eq(redundancyNotices.regionId, scope.regionId));
  if (scope.kind === 'employer') where.push(eq(redundancyNotices.employerId, scope.employerId));
  if (query.since) where.push(gt(redundancyNotices.createdAt, new Date(query.since)));
  if (query.status) where.push(eq(redundancyNotices.status, query.status));
  const rows = await db
    .select()
    .from(redundancyNotices)
    .where(and(...where))
    .orderBy(desc(redundancyNotices.createdAt), redundancyNotices.id)
    .limit(500);
  return noticeViews(db, rows);
}

export async function getRedundancyNotice(db: Db, actor: Actor, id: string): Promise<Notice> {
  return noticeView(db, await noticeForReading(db, actor, id));
}
