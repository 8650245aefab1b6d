import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { noticeForReading } from '../notice-access.ts';
import type { Enrolment } from '../redundancy-contracts.ts';
import { mayViewEnrolments } from '../redundancy-policies.ts';
import { enrolmentViews } from '../redundancy-presenters.ts';
import { redundancyEnrolments } from '../schema.ts';

/** The invited employees of a notice, for their employer (never the codes: those are hashed). */
export async function listEnrolments(db: Db, actor: Actor, noticeId: string): Promise<Enrolment[]> {
  const notice = await noticeForReading(db, actor, noticeId);
  if (!mayViewEnrolments(actor, notice)) {
    throw forbidden('Who was invited stays with the employer until each person consents');
  }
  const rows = await db
    .select()
    .from(redundancyEnrolments)
    .where(eq(redundancyEnrolments.noticeId, noticeId))
    .orderBy(asc(redundancyEnrolments.invitedAt), asc(redundancyEnrolments.name));
  return enrolmentViews(db, rows);
}
