import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { organisationNames } from './acting-organisation.ts';
import type { NoticeRow } from './notice-access.ts';
import type {
  Enrolment,
  Invitation,
  Notice,
  NoticeStatus,
  SocialPlanFund,
} from './redundancy-contracts.ts';
import { redundancyEnrolments } from './schema.ts';
import { occupationRefs, type OccupationRef } from './taxonomy-refs.ts';

export type EnrolmentRow = typeof redundancyEnrolments.$inferSelect;

const conceptRef = (o: OccupationRef) => ({
  id: o.id,
  uri: o.uri,
  labelNl: o.labelNl,
  labelEn: o.labelEn,
});

/** Notices with employer name, occupations and enrolment counts, in a few queries for all. */
export async function noticeViews(db: Db, rows: readonly NoticeRow[]): Promise<Notice[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const names = await organisationNames(
    db,
    rows.map((r) => r.employerId),
  );
  const occupations = await occupationRefs(
    db,
    rows.flatMap((r) => r.occupationIds),
  );
  const counts = await db
    .select({
      noticeId: redundancyEnrolments.noticeId,
      status: redundancyEnrolments.status,
      n: sql<number>`count(*)::int`,
    })
    .from(redundancyEnrolments)
    .where(inArray(redundancyEnrolments.noticeId, ids))
    .groupBy(redundancyEnrolments.noticeId, redundancyEnrolments.status);
  return rows.map((row) => {
    const count = (status: string) =>
      Number(counts.find((c) => c.noticeId === row.id && c.status === status)?.n ?? 0);
    return {
      id: row.id,
      regionId: row.regionId,
      employer: { id: row.employerId, name: names.get(row.employerId) ?? '' },
      expectedDate: row.expectedDate,
      peopleCount: row.peopleCount,
      occupations: row.occupationIds.flatMap((id) => {
        const o = occupations.get(id);
        return o ? [conceptRef(o)] : [];
      }),
      reason: row.reason,
      socialPlan: row.socialPlan,
      socialPlanFunds: row.socialPlanFunds as SocialPlanFund[],
      contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
      status: row.status as NoticeStatus,
      enrolments: {
        invited: count('invited'),
        accepted: count('accepted'),
        declined: count('declined'),
      },
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

export async function noticeView(db: Db, row: NoticeRow): Promise<Notice> {
  const [view] = await noticeViews(db, [row]);
  if (!view) throw new Error('noticeViews returned nothing for one row');
  return view;
}

/**
 * Enrolments as their employer sees them before consent is looked at: sharing nothing. The
 * list use case adds what each person's consent allows (enrolment-sharing.ts).
 */
export async function enrolmentViews(
  db: Db,
  rows: readonly EnrolmentRow[],
  now: Date,
): Promise<Enrolment[]> {
  const occupations = await occupationRefs(
    db,
    rows.flatMap((r) => (r.occupationId === null ? [] : [r.occupationId])),
  );
  return rows.map((r) => {
    const occupation = r.occupationId === null ? undefined : occupations.get(r.occupationId);
    return {
      id: r.id,
      noticeId: r.noticeId,
      name: r.name,
      email: r.email,
      functionTitle: r.functionTitle,
      occupation: occupation ? conceptRef(occupation) : null,
      contractEndDate: r.contractEndDate,
      status: r.status as Enrolment['status'],
      invitedAt: r.invitedAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      expired: r.status === 'invited' && r.expiresAt.getTime() <= now.getTime(),
      respondedAt: r.respondedAt?.toISOString() ?? null,
      sharing: { progress: false, passport: false },
      progress: null,
      personId: null,
    };
  });
}

export const presentInvitation = (enrolment: Enrolment, inviteCode: string): Invitation => ({
  ...enrolment,
  inviteCode,
});
