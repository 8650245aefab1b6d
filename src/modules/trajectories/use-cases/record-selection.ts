import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { selections } from '../activity-schema.ts';
import { employerRef } from '../catalogue-refs.ts';
import type { SelectionBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { blankToNull, requireOpen } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** The result of a selection (tests, interview) at a hiring employer. */
export async function recordSelection(
  db: Db,
  actor: Actor,
  id: string,
  input: SelectionBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    requireOpen(row);
    const employer = await employerRef(tx, row.regionId, input);
    const selectionId = randomUUID();
    await tx.insert(selections).values({
      id: selectionId,
      trajectoryId: row.id,
      regionId: row.regionId,
      employerId: employer.employerId,
      employerName: employer.employerName,
      vacancyId: employer.vacancyId,
      result: input.result,
      decidedOn: input.decidedOn,
      note: blankToNull(input.note),
      recordedByUserId: actor.userId,
      recordedAt: now,
    });
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'selection.decided',
      {
        selectionId,
        employerId: employer.employerId,
        vacancyId: employer.vacancyId,
        result: input.result,
      },
      now,
    );
    return { createdId: selectionId };
  });
}
