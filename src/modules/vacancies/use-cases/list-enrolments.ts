import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { withSharing } from '../enrolment-sharing.ts';
import { noticeForReading } from '../notice-access.ts';
import type { Enrolment } from '../redundancy-contracts.ts';
import { mayViewEnrolments } from '../redundancy-policies.ts';
import { enrolmentViews } from '../redundancy-presenters.ts';
import { redundancyEnrolments } from '../schema.ts';

/**
 * The invited employees of a notice, for their employer (never the codes: those are hashed),
 * each with what their consent allows the employer to see now.
 */
export async function listEnrolments(
  db: Db,
  actor: Actor,
  noticeId: string,
  now: Date,
): Promise<Enrolment[]> {
  const notice = await noticeForReading(db, actor, noticeId);
  if (!mayViewEnrolments(actor, notice)) {
    throw forbidden('Who was invited stays with the employer until each person consents');
  }
  // One transaction: the reads under consent and their access-log rows land together.
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(redundancyEnrolments)
      .where(eq(redundancyEnrolments.noticeId, noticeId))
      .orderBy(asc(redundancyEnrolments.invitedAt), asc(redundancyEnrolments.name));
    return withSharing(tx, actor, notice, rows, await enrolmentViews(tx, rows, now), now);
  });
}
