import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { conditionalContracts } from '../activity-schema.ts';
import type { ContractResolutionBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { blankToNull } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** The dissolving condition met (the job is there) or the contract dissolved. */
export async function resolveConditionalContract(
  db: Db,
  actor: Actor,
  id: string,
  contractId: string,
  input: ContractResolutionBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    const [contract] = await tx
      .select()
      .from(conditionalContracts)
      .where(
        and(eq(conditionalContracts.id, contractId), eq(conditionalContracts.trajectoryId, row.id)),
      );
    if (!contract) throw notFound('Conditional contract');
    if (contract.status !== 'signed') throw conflict(`the contract is ${contract.status} already`);
    await tx
      .update(conditionalContracts)
      .set({
        status: input.resolution,
        resolvedOn: input.resolvedOn,
        resolutionNote: blankToNull(input.note),
      })
      .where(eq(conditionalContracts.id, contractId));
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      `conditional_contract.${input.resolution}`,
      { contractId, resolvedOn: input.resolvedOn },
      now,
    );
  });
}
