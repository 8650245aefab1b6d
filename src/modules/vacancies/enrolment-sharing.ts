import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { logRead } from '../consent/access-log.ts';
import { findConsent } from '../consent/consent-check.ts';
import { organisations } from '../organisations/schema.ts';
import { trajectories, trajectoryOutcomes } from '../trajectories/schema.ts';
import type { NoticeRow } from './notice-access.ts';
import type { Enrolment } from './redundancy-contracts.ts';
import type { EnrolmentRow } from './redundancy-presenters.ts';

/** The person's trajectory of which `employerId` is the releasing employer (open first). */
async function progressFor(db: Db, personId: string, employerId: string) {
  const [t] = await db
    .select()
    .from(trajectories)
    .where(
      and(eq(trajectories.personId, personId), eq(trajectories.releasingEmployerId, employerId)),
    )
    .orderBy(sql`(${trajectories.status} = 'closed')`, desc(trajectories.startedAt))
    .limit(1);
  if (!t) return null;
  const [outcome] = await db
    .select({ outcome: trajectoryOutcomes.outcome })
    .from(trajectoryOutcomes)
    .where(eq(trajectoryOutcomes.trajectoryId, t.id))
    .orderBy(desc(trajectoryOutcomes.recordedAt))
    .limit(1);
  return { status: t.status, step: t.step, outcome: outcome?.outcome ?? null };
}

/**
 * What each person's consent lets their employer see, decided at the moment of reading: with
 * progress consent the step and status of their trajectory (the read is logged for the person),
 * with passport consent (employers that also hire) the way to their passport. Without consent
 * the row says only that they accepted; the notice shows the counts.
 */
export async function withSharing(
  tx: Db,
  actor: Actor,
  notice: NoticeRow,
  rows: readonly EnrolmentRow[],
  views: Enrolment[],
  now: Date,
): Promise<Enrolment[]> {
  // Only the employer's own staff read through consent; administrators see no personal data.
  if (actor.role !== 'employer' || actor.organisationId !== notice.employerId) return views;
  const [employer] = await tx
    .select({ kinds: organisations.kinds })
    .from(organisations)
    .where(eq(organisations.id, notice.employerId));
  const hires = employer?.kinds.includes('hiring_employer') ?? false;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: Enrolment[] = [];
  for (const view of views) {
    const row = byId.get(view.id);
    if (!row || row.status !== 'accepted' || !row.personId) {
      out.push(view);
      continue;
    }
    const person = { id: row.personId, regionId: row.regionId };
    const progressGrant = await findConsent(
      tx,
      person.id,
      'progress_to_releasing_employer',
      notice.employerId,
      now,
    );
    const passportGrant = hires
      ? await findConsent(tx, person.id, 'passport_to_hiring_employer', notice.employerId, now)
      : null;
    const progress = progressGrant ? await progressFor(tx, person.id, notice.employerId) : null;
    if (progressGrant && progress) {
      await logRead(tx, {
        reader: actor,
        person,
        what: 'progress',
        consentId: progressGrant.id,
        now,
      });
    }
    out.push({
      ...view,
      sharing: { progress: progressGrant !== null, passport: passportGrant !== null },
      progress,
      personId: passportGrant ? person.id : null,
    });
  }
  return out;
}
