import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, forbidden, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { recordEvent } from '../../events/record-event.ts';
import { persons } from '../../people/schema.ts';
import { vacancies } from '../../vacancies/schema.ts';
import type { AnswerProposalBody, VacancyProposal } from '../contracts.ts';
import { MATCH_ANSWERED, proposalById, type MatchAnsweredData } from '../match-proposals.ts';
import { mayAnswerProposal } from '../policies.ts';
import { presentVacancyProposals, vacancyForProposals } from './vacancy-proposals.ts';

/**
 * The vacancy's employer answers a proposal: invite the candidate for an interview, or "does not
 * fit" with a reason (a code). Once, and not after the case manager withdrew it. The case team
 * sees the answer with the person's proposals. Records `match.answered` on the person.
 */
export async function answerProposal(
  db: Db,
  actor: Actor,
  vacancyId: string,
  proposalId: string,
  body: AnswerProposalBody,
  now: Date,
): Promise<VacancyProposal> {
  const vacancy = await vacancyForProposals(db, actor, vacancyId);
  if (!mayAnswerProposal(actor, vacancy)) {
    throw forbidden('Only the vacancy’s employer answers a proposal');
  }
  const answered = await db.transaction(async (tx) => {
    // Serialises answers to this vacancy's proposals, so two answers cannot both pass.
    await tx
      .select({ id: vacancies.id })
      .from(vacancies)
      .where(eq(vacancies.id, vacancy.id))
      .for('update');
    const proposal = await proposalById(tx, proposalId);
    if (!proposal || proposal.vacancyId !== vacancy.id) throw notFound('Proposal');
    if (proposal.withdrawal) {
      throw conflict('proposalId: the case manager has withdrawn this proposal', 'proposalId');
    }
    if (proposal.answer) {
      throw conflict('proposalId: this proposal has already been answered', 'proposalId');
    }
    // An erased person's proposals are gone for the employer.
    const [person] = await tx
      .select({ erasedAt: persons.erasedAt })
      .from(persons)
      .where(eq(persons.id, proposal.personId));
    if (!person || person.erasedAt) throw notFound('Proposal');
    const data: MatchAnsweredData = {
      proposalId: proposal.id,
      vacancyId: vacancy.id,
      employerId: vacancy.employerId,
      trajectoryId: proposal.trajectoryId,
      answer: body.answer,
      reason: body.answer === 'no_fit' ? (body.reason ?? null) : null,
    };
    await recordEvent(tx, {
      regionId: proposal.regionId,
      type: MATCH_ANSWERED,
      actorUserId: actor.userId,
      subjectType: 'person',
      subjectId: proposal.personId,
      data: { ...data },
      occurredAt: now,
    });
    return {
      ...proposal,
      answer: { at: now, byUserId: actor.userId, answer: data.answer, reason: data.reason },
    };
  });
  const [presented] = await presentVacancyProposals(db, actor, [answered], now);
  if (!presented) throw notFound('Proposal');
  return presented;
}
