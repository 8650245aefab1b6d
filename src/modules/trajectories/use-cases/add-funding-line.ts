import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { conflict } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { FundingBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { fundingLines } from '../placement-schema.ts';
import { blankToNull } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** A funding line: who pays (source), how much, and what for. */
export async function addFundingLine(
  db: Db,
  actor: Actor,
  id: string,
  input: FundingBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    if (row.status === 'closed') throw conflict('the trajectory is closed');
    const fundingLineId = randomUUID();
    const amountCents = Math.round(input.amount * 100);
    await tx.insert(fundingLines).values({
      id: fundingLineId,
      trajectoryId: row.id,
      regionId: row.regionId,
      source: input.source,
      amountCents,
      paysFor: input.paysFor,
      description: blankToNull(input.description),
      createdByUserId: actor.userId,
      createdAt: now,
    });
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'funding.added',
      { fundingLineId, source: input.source, amountCents, paysFor: input.paysFor },
      now,
    );
    return { createdId: fundingLineId };
  });
}
