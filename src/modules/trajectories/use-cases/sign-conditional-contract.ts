import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { conditionalContracts } from '../activity-schema.ts';
import { employerRef } from '../catalogue-refs.ts';
import type { ConditionalContractBody } from '../contracts.ts';
import { recordTrajectoryEvent } from '../event-types.ts';
import { requireOpen } from '../trajectory-access.ts';
import { changeTrajectory, type TrajectoryChanged } from '../trajectory-change.ts';

/** A conditional contract (job guarantee): employer, vacancy, dissolving condition, deadline. */
export async function signConditionalContract(
  db: Db,
  actor: Actor,
  id: string,
  input: ConditionalContractBody,
  now: Date,
): Promise<TrajectoryChanged> {
  return changeTrajectory(db, actor, id, now, async (tx, { row }) => {
    requireOpen(row);
    if (input.deadline <= input.signedOn) {
      throw invalidInput('deadline', 'deadline: must be after the signing date');
    }
    const employer = await employerRef(tx, row.regionId, input);
    const contractId = randomUUID();
    await tx.insert(conditionalContracts).values({
      id: contractId,
      trajectoryId: row.id,
      regionId: row.regionId,
      employerId: employer.employerId,
      employerName: employer.employerName,
      vacancyId: employer.vacancyId,
      dissolvingCondition: input.dissolvingCondition,
      deadline: input.deadline,
      signedOn: input.signedOn,
      status: 'signed',
      createdByUserId: actor.userId,
      createdAt: now,
    });
    await recordTrajectoryEvent(
      tx,
      actor,
      row,
      'conditional_contract.signed',
      {
        contractId,
        employerId: employer.employerId,
        vacancyId: employer.vacancyId,
        signedOn: input.signedOn,
        deadline: input.deadline,
      },
      now,
    );
    return { createdId: contractId };
  });
}
