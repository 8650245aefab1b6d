import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';

import { recordTrajectoryEvent } from '../event-types.ts';
import { fundingLines } from '../placement-schema.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';
import type { FundingSource } from '../vocabularies.ts';

/** Takes a funding line out of the totals (it stays in the history, marked removed). */
export async function removeFundingLine(
  db: Db,
  actor: Actor,
  id: string,
  fundingLineId: string,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const [line] = await tx
      .select()
      .from(fundingLines)
      .where(and(eq(fundingLines.id, fundingLineId), eq(fundingLines.trajectoryId, row.id)));
    if (!line) throw notFound('Funding line');
    if (line.removedAt) throw conflict('the funding line is removed already');
    await tx.update(fundingLines).set({ removedAt: now }).where(eq(fundingLines.id, fundingLineId));
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'funding.removed',
      { fundingLineId, source: line.source as FundingSource, amountCents: line.amountCents },
      now,
    );
  });
}
