import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';

import { recordTrajectoryEvent } from '../event-types.ts';
import { appointments } from '../plan-schema.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** Cancels an appointment; it stays in the history as cancelled. */
export async function cancelAppointment(
  db: Db,
  actor: Actor,
  id: string,
  appointmentId: string,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const [appointment] = await tx
      .select()
      .from(appointments)
      .where(and(eq(appointments.id, appointmentId), eq(appointments.trajectoryId, row.id)));
    if (!appointment) throw notFound('Appointment');
    if (appointment.cancelledAt) throw conflict('the appointment is cancelled already');
    await tx
      .update(appointments)
      .set({ cancelledAt: now })
      .where(eq(appointments.id, appointmentId));
    await recordTrajectoryEvent(tx, actor, row, 'appointment.cancelled', { appointmentId }, now);
  });
}
