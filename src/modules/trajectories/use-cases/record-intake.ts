import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { chainStateOf } from '../chain.ts';
import type { IntakeBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { trajectoryIntakes, type IntakeRow } from '../schema.ts';
import { blankToNull, recordTransition, requireChain } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';
import type { DigitalSkills } from '../vocabularies.ts';

type IntakeFields = Pick<
  IntakeRow,
  'situation' | 'motivation' | 'wishes' | 'obstacles' | 'obstacleNote' | 'digitalSkills'
>;

function fieldsOf(input: IntakeBody): Partial<IntakeFields> {
  const out: Partial<IntakeFields> = {};
  if (input.situation !== undefined) out.situation = blankToNull(input.situation);
  if (input.motivation !== undefined) out.motivation = blankToNull(input.motivation);
  if (input.wishes !== undefined) out.wishes = blankToNull(input.wishes);
  if (input.obstacles !== undefined) out.obstacles = [...new Set(input.obstacles)].sort();
  if (input.obstacleNote !== undefined) out.obstacleNote = blankToNull(input.obstacleNote);
  if (input.digitalSkills !== undefined) out.digitalSkills = input.digitalSkills;
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Records (or completes) the intake. A self-registration moves from registered to intake; the
 * event names the changed fields only, never their content (obstacles are special data).
 */
export async function recordIntake(
  db: Db,
  actor: Actor,
  id: string,
  input: IntakeBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const result = requireChain(row, { kind: 'record_intake' });
    const fields = fieldsOf(input);
    const [existing] = await tx
      .select()
      .from(trajectoryIntakes)
      .where(eq(trajectoryIntakes.trajectoryId, row.id));
    const changed = Object.keys(fields).filter(
      (k) => !existing || !same(existing[k as keyof IntakeFields], fields[k as keyof IntakeFields]),
    );
    if (existing) {
      await tx
        .update(trajectoryIntakes)
        .set({ ...fields, updatedAt: now })
        .where(eq(trajectoryIntakes.trajectoryId, row.id));
    } else {
      await tx.insert(trajectoryIntakes).values({
        trajectoryId: row.id,
        regionId: row.regionId,
        ...fields,
        recordedByUserId: actor.userId,
        recordedAt: now,
        updatedAt: now,
      });
    }
    if (row.status !== result.next.status) {
      await recordTransition(
        tx,
        actor,
        row,
        {
          action: 'record_intake',
          from: chainStateOf(row),
          to: result.next,
          reasonCode: null,
          note: null,
        },
        now,
      );
    }
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'trajectory.intake_recorded',
      {
        changed,
        digitalSkills: (fields.digitalSkills ??
          existing?.digitalSkills ??
          null) as DigitalSkills | null,
        status: result.next.status,
      },
      now,
    );
    return {
      changes: {
        status: result.next.status,
        caseManagerUserId: row.caseManagerUserId ?? actor.userId,
      },
    };
  });
}
