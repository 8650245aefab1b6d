import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, invalidInput, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { EndPlacementBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { placements } from '../placement-schema.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** The job ended (not renewed, dismissed, resigned…); back to matching is its own transition. */
export async function endPlacement(
  db: Db,
  actor: Actor,
  id: string,
  placementId: string,
  input: EndPlacementBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const [placement] = await tx
      .select()
      .from(placements)
      .where(and(eq(placements.id, placementId), eq(placements.trajectoryId, row.id)));
    if (!placement) throw notFound('Placement');
    if (placement.endedOn) throw conflict('the placement has ended already');
    if (input.endedOn < placement.startDate) {
      throw invalidInput('endedOn', 'endedOn: must not be before the start');
    }
    await tx
      .update(placements)
      .set({ endedOn: input.endedOn, endReason: input.reason })
      .where(eq(placements.id, placementId));
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'placement.ended',
      { placementId, endedOn: input.endedOn, reason: input.reason },
      now,
    );
  });
}
