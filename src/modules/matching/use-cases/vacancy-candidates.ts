import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { vacancies } from '../../vacancies/schema.ts';
import { candidateRefs } from '../candidate-refs.ts';
import type { VacancyCandidates } from '../contracts.ts';
import { lookups } from '../lookups.ts';
import { proposedForVacancy } from '../match-proposals.ts';
import { matchingIndex, orIfUnknown } from '../matching-index.ts';
import { mayListCandidates } from '../policies.ts';
import { idsOfExplanation, presentExplanation } from '../presenters.ts';

/**
 * The best candidates for a vacancy with their explanation. Employers see a pseudonym (and the
 * skills the explanation names) unless the candidate's consent lets them see the passport; case
 * managers see names of their own caseload only. A vacancy that is not open has no candidates.
 */
export async function vacancyCandidates(
  db: Db,
  actor: Actor,
  vacancyId: string,
  limit: number,
  now: Date,
): Promise<VacancyCandidates> {
  const [vacancy] = await db.select().from(vacancies).where(eq(vacancies.id, vacancyId));
  if (!vacancy || !mayListCandidates(actor, vacancy)) throw notFound('Vacancy');
  const pairs =
    vacancy.status === 'open'
      ? await matchingIndex(db, vacancy.regionId).use((engine) =>
          orIfUnknown(
            () => engine.topCandidatesForVacancy(vacancy.id, limit, { explain: true }),
            [],
          ),
        )
      : [];
  const explained = pairs.flatMap((p) => (p.explanation ? [p.explanation] : []));
  const ids = explained.map(idsOfExplanation);
  const [L, refs, proposed] = await Promise.all([
    lookups(db, {
      skillIds: ids.flatMap((i) => i.skillIds),
      trainingIds: ids.flatMap((i) => i.trainingIds),
      occupationIds: [],
      vacancyIds: [vacancy.id],
    }),
    candidateRefs(
      db,
      actor,
      explained.map((e) => e.candidateId),
      { hiringEmployerConsent: true, now },
    ),
    proposedForVacancy(db, vacancy.regionId, vacancy.id),
  ]);
  const ref = L.vacancy(vacancy.id);
  if (!ref) throw notFound('Vacancy');
  return {
    vacancy: ref,
    candidates: explained.flatMap((e) => {
      const candidate = refs.get(e.candidateId);
      if (!candidate) return [];
      const hideCandidateSide = candidate.pseudonymous;
      return [
        {
          candidate,
          explanation: presentExplanation(e, L, { hideCandidateSide }),
          proposedAt: proposed.get(candidate.personId) ?? null,
        },
      ];
    }),
  };
}
