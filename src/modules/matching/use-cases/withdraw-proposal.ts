import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, forbidden, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { recordEvent } from '../../events/record-event.ts';
import { personForReading } from '../../people/person-access.ts';
import { persons } from '../../people/schema.ts';
import type { MatchProposal, WithdrawProposalBody } from '../contracts.ts';
import { vacancyLookups } from '../lookups.ts';
import {
  MATCH_WITHDRAWN,
  presentProposal,
  proposalById,
  type MatchWithdrawnData,
} from '../match-proposals.ts';
import { mayWithdrawProposal } from '../policies.ts';

/**
 * A case manager of the person takes a proposal back, with an optional reason (a code). Once:
 * a second withdrawal is a conflict. From then on the employer no longer sees the proposal, and
 * the person may be proposed for that vacancy again. Records `match.withdrawn` on the person.
 */
export async function withdrawProposal(
  db: Db,
  actor: Actor,
  personId: string,
  proposalId: string,
  body: WithdrawProposalBody | undefined,
  now: Date,
): Promise<MatchProposal> {
  const person = await personForReading(db, actor, personId);
  if (!mayWithdrawProposal(actor, person)) {
    throw forbidden('Only the case team withdraws a proposal to an employer');
  }
  const withdrawn = await db.transaction(async (tx) => {
    // Serialises changes to this person's proposals, so two withdrawals cannot both pass.
    await tx
      .select({ id: persons.id })
      .from(persons)
      .where(eq(persons.id, person.id))
      .for('update');
    const proposal = await proposalById(tx, proposalId);
    if (!proposal || proposal.personId !== person.id) throw notFound('Proposal');
    if (proposal.withdrawal) {
      throw conflict('proposalId: this proposal was already withdrawn', 'proposalId');
    }
    const data: MatchWithdrawnData = {
      proposalId: proposal.id,
      vacancyId: proposal.vacancyId,
      employerId: proposal.employerId,
      trajectoryId: proposal.trajectoryId,
      reason: body?.reason ?? null,
    };
    await recordEvent(tx, {
      regionId: person.regionId,
      type: MATCH_WITHDRAWN,
      actorUserId: actor.userId,
      subjectType: 'person',
      subjectId: person.id,
      data: { ...data },
      occurredAt: now,
    });
    return {
      ...proposal,
      withdrawal: { at: now, byUserId: actor.userId, reason: data.reason },
    };
  });
  const L = await vacancyLookups(db, [withdrawn.vacancyId]);
  return presentProposal(withdrawn, L.vacancy(withdrawn.vacancyId));
}
