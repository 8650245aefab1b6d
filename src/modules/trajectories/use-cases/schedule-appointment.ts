import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { AppointmentBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { appointments } from '../plan-schema.ts';
import { blankToNull, requireOpen } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** An appointment with the candidate; 'Mijn traject' lists the coming ones. */
export async function scheduleAppointment(
  db: Db,
  actor: Actor,
  id: string,
  input: AppointmentBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    requireOpen(row);
    const appointmentId = randomUUID();
    const startsAt = new Date(input.startsAt);
    await tx.insert(appointments).values({
      id: appointmentId,
      trajectoryId: row.id,
      regionId: row.regionId,
      kind: input.kind,
      startsAt,
      title: blankToNull(input.title),
      location: blankToNull(input.location),
      createdByUserId: actor.userId,
      createdAt: now,
    });
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'appointment.scheduled',
      { appointmentId, kind: input.kind, startsAt: startsAt.toISOString() },
      now,
    );
    return { createdId: appointmentId };
  });
}
