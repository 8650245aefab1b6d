import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { recordTrajectoryEvent } from './event-types.ts';
import { trajectoryOutcomes, type TrajectoryRow } from './schema.ts';
import type { EmploymentContract, OutcomeKind, PlacementRoute } from './vocabularies.ts';

export interface OutcomeFacts {
  outcome: OutcomeKind;
  sector: string | null;
  route: PlacementRoute | null;
  placementId: string | null;
  employerId: string | null;
  contractType: EmploymentContract | null;
  monthlyIncomeBefore: number | null;
  monthlyIncomeAfter: number | null;
  hoursBefore: number | null;
  hoursAfter: number | null;
  note: string | null;
}

/** Whether a new sector is the old one; unknown (null) when either is unknown. */
export const sameSector = (oldSector: string | null, sector: string | null): boolean | null =>
  oldSector === null || sector === null ? null : oldSector === sector;

/** Stores an outcome and records trajectory.outcome_recorded (the newest outcome counts). */
export async function writeOutcome(
  tx: Db,
  actor: Actor | null,
  row: TrajectoryRow,
  facts: OutcomeFacts,
  now: Date,
): Promise<void> {
  const same = sameSector(row.oldSector, facts.sector);
  await tx.insert(trajectoryOutcomes).values({
    id: randomUUID(),
    trajectoryId: row.id,
    regionId: row.regionId,
    outcome: facts.outcome,
    sector: facts.sector,
    sameSectorAsBefore: same,
    route: facts.route,
    placementId: facts.placementId,
    employerId: facts.employerId,
    note: facts.note,
    recordedByUserId: actor?.userId ?? null,
    recordedAt: now,
  });
  const { note: _note, ...data } = facts;
  await recordTrajectoryEvent(
    tx,
    actor,
    row,
    'trajectory.outcome_recorded',
    { ...data, sameSectorAsBefore: same },
    now,
  );
}
