import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { persons } from '../../people/schema.ts';
import { vacancies } from '../../vacancies/schema.ts';
import { candidateRefs } from '../candidate-refs.ts';
import type { MatchExplanationView } from '../contracts.ts';
import { lookups } from '../lookups.ts';
import { matchingIndex, orIfUnknown } from '../matching-index.ts';
import { mayExplainMatch } from '../policies.ts';
import { idsOfExplanation, presentExplanation } from '../presenters.ts';

/**
 * One pair explained: score, coverage, matched skills, learnable and blocking gaps, the training
 * plan and the wish or condition that excludes it. Who: those who may read the passport (for a
 * vacancy they can see), and those who may list the vacancy's candidates (pseudonymous for
 * employers without consent). Anyone else, or a person or vacancy of another region: 404.
 */
export async function explainMatch(
  db: Db,
  actor: Actor,
  personId: string,
  vacancyId: string,
  now: Date,
): Promise<MatchExplanationView> {
  const [[person], [vacancy]] = await Promise.all([
    db
      .select()
      .from(persons)
      .where(and(eq(persons.id, personId), isNull(persons.erasedAt))),
    db.select().from(vacancies).where(eq(vacancies.id, vacancyId)),
  ]);
  if (!person || !vacancy || !mayExplainMatch(actor, person, vacancy)) throw notFound('Match');
  if (vacancy.status !== 'open') {
    throw conflict(
      `vacancyId: the vacancy is ${vacancy.status}; only open vacancies are matched`,
      'vacancyId',
    );
  }
  const e = await matchingIndex(db, vacancy.regionId).use((engine) =>
    orIfUnknown(() => engine.explain(person.id, vacancy.id), null),
  );
  if (!e) throw notFound('Match');
  const ids = idsOfExplanation(e);
  const [L, refs] = await Promise.all([
    lookups(db, { ...ids, occupationIds: [], vacancyIds: [vacancy.id] }),
    candidateRefs(db, actor, [person.id], { hiringEmployerConsent: true, now }),
  ]);
  const candidate = refs.get(person.id);
  const ref = L.vacancy(vacancy.id);
  if (!candidate || !ref) throw notFound('Match');
  return {
    candidate,
    vacancy: ref,
    explanation: presentExplanation(e, L, { hideCandidateSide: candidate.pseudonymous }),
  };
}
