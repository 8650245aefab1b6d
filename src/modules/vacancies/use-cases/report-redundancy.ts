import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { AppError, forbidden, invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { hasKind, owningOrganisation } from '../acting-organisation.ts';
import { recordNoticeEvent } from '../notice-access.ts';
import type { CreateNoticeBody, Notice } from '../redundancy-contracts.ts';
import { mayReportRedundancy } from '../redundancy-policies.ts';
import { noticeView } from '../redundancy-presenters.ts';
import { redundancyNotices } from '../schema.ts';
import { requireOccupations } from '../taxonomy-refs.ts';

/** A social plan's funds only make sense with a social plan. */
export function checkSocialPlan(socialPlan: boolean, funds: readonly string[]): void {
  if (!socialPlan && funds.length > 0) {
    throw invalidInput(
      'socialPlanFunds',
      'socialPlanFunds: only with a social plan (socialPlan true)',
    );
  }
}

/**
 * Rapid response: a releasing employer reports threatened redundancy early. The notice is
 * visible at once to the region's case managers and coordinators (GET ?since=).
 */
export async function reportRedundancy(
  db: Db,
  actor: Actor | null,
  input: CreateNoticeBody,
  now: Date,
): Promise<Notice> {
  return db.transaction(async (tx) => {
    const org = await owningOrganisation(tx, actor, input.employerId, 'employerId');
    if (actor && actor.role !== 'admin') {
      if (!mayReportRedundancy(actor, org)) {
        throw forbidden('Only releasing employers report redundancy');
      }
    } else if (!hasKind(org, ['releasing_employer'])) {
      throw invalidInput('employerId', 'employerId: is not an active releasing employer');
    }
    checkSocialPlan(input.socialPlan, input.socialPlanFunds);
    await requireOccupations(tx, input.occupationIds, 'occupationIds');
    const [row] = await tx
      .insert(redundancyNotices)
      .values({
        id: randomUUID(),
        regionId: org.regionId,
        employerId: org.id,
        expectedDate: input.expectedDate,
        peopleCount: input.peopleCount,
        occupationIds: [...new Set(input.occupationIds)],
        reason: input.reason,
        socialPlan: input.socialPlan,
        socialPlanFunds: [...new Set(input.socialPlanFunds)],
        contactName: input.contactName ?? null,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
        status: 'open',
        createdByUserId: actor?.userId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new AppError('internal', 'insert returned no row');
    await recordNoticeEvent(
      tx,
      actor,
      row,
      'redundancy_notice.reported',
      {
        employerId: row.employerId,
        expectedDate: row.expectedDate,
        peopleCount: row.peopleCount,
        occupationIds: row.occupationIds,
        socialPlan: row.socialPlan,
        socialPlanFunds: row.socialPlanFunds,
      },
      now,
    );
    return noticeView(tx, row);
  });
}
