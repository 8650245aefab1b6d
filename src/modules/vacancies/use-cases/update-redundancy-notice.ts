import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { noticeForManaging, recordNoticeEvent, type NoticeRow } from '../notice-access.ts';
import type { Notice, UpdateNoticeBody } from '../redundancy-contracts.ts';
import { noticeView } from '../redundancy-presenters.ts';
import { redundancyNotices } from '../schema.ts';
import { requireOccupations } from '../taxonomy-refs.ts';
import { checkSocialPlan } from './report-redundancy.ts';

/** The employer corrects its notice (date, numbers, functions, social plan) or closes it. */
export async function updateRedundancyNotice(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateNoticeBody,
  now: Date,
): Promise<Notice> {
  return db.transaction(async (tx) => {
    const current = await noticeForManaging(tx, actor, id);
    const socialPlan = input.socialPlan ?? current.socialPlan;
    const funds =
      input.socialPlan === false ? [] : (input.socialPlanFunds ?? current.socialPlanFunds);
    checkSocialPlan(socialPlan, funds);
    if (input.occupationIds) await requireOccupations(tx, input.occupationIds, 'occupationIds');
    const [row] = await tx
      .update(redundancyNotices)
      .set({
        ...input,
        ...(input.occupationIds ? { occupationIds: [...new Set(input.occupationIds)] } : {}),
        socialPlanFunds: [...new Set(funds)],
        updatedAt: now,
      })
      .where(eq(redundancyNotices.id, id))
      .returning();
    if (!row) throw notFound('Redundancy notice');
    const type =
      input.status && input.status !== current.status
        ? input.status === 'closed'
          ? 'redundancy_notice.closed'
          : 'redundancy_notice.reopened'
        : 'redundancy_notice.updated';
    // Only what really changed goes into the history (field names: contact details are personal).
    const changed = Object.keys(input).filter(
      (key) =>
        JSON.stringify(current[key as keyof NoticeRow]) !==
        JSON.stringify(row[key as keyof NoticeRow]),
    );
    await recordNoticeEvent(tx, actor, row, type, { changed }, now);
    return noticeView(tx, row);
  });
}
