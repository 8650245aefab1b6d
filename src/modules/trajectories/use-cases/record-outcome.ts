import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { OutcomeBody } from '../contracts.ts';
import { writeOutcome } from '../outcome-writer.ts';
import { blankToNull, requireOpen } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/**
 * Records where the person ends up without a placement record: in training towards a new job,
 * kept by (or back at) the releasing employer, or work registered elsewhere. A placement records
 * its own outcome (register-placement.ts).
 */
export async function recordOutcome(
  db: Db,
  actor: Actor,
  id: string,
  input: OutcomeBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    requireOpen(row);
    const stayed = input.outcome === 'stayed_with_employer';
    await writeOutcome(
      tx,
      actor,
      row,
      {
        outcome: input.outcome,
        sector: input.sector ?? (stayed ? row.oldSector : null),
        route: input.route ?? null,
        placementId: null,
        employerId: stayed ? row.releasingEmployerId : null,
        contractType: null,
        monthlyIncomeBefore: null,
        monthlyIncomeAfter: null,
        hoursBefore: null,
        hoursAfter: null,
        note: blankToNull(input.note),
      },
      now,
    );
  });
}
