import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { hasConsent } from '../../consent/consent-check.ts';
import { personForReading } from '../../people/person-access.ts';
import type { Opportunities } from '../contracts.ts';
import { lookups, stillOpen } from '../lookups.ts';
import { matchingIndex, orIfUnknown } from '../matching-index.ts';
import { idsOfExplanation, presentExplanation, presentPlan } from '../presenters.ts';

/** Head-room asked of the engine, so vacancies closed a moment ago can be dropped. */
const SPARE = 5;

/**
 * A person's best vacancies (with the full explanation: matched skills, learnable gaps with the
 * trainings that close them, blocking skills) and opportunity occupations. Who: those who may
 * read the passport; anyone else gets 404.
 */
export async function personOpportunities(
  db: Db,
  actor: Actor,
  personId: string,
  limit: number,
  now: Date,
): Promise<Opportunities> {
  const person = await personForReading(db, actor, personId);
  const { pairs, occupations } = await matchingIndex(db, person.regionId).use((engine) => ({
    pairs: orIfUnknown(
      () => engine.topVacanciesForCandidate(person.id, limit + SPARE, { explain: true }),
      [],
    ),
    occupations: orIfUnknown(() => engine.opportunityOccupations(person.id, limit), []),
  }));
  const open = await stillOpen(
    db,
    pairs.map((p) => p.vacancyId),
  );
  const explained = pairs
    .filter((p) => open.has(p.vacancyId))
    .slice(0, limit)
    .flatMap((p) => (p.explanation ? [p.explanation] : []));
  const ids = explained.map(idsOfExplanation);
  const L = await lookups(db, {
    skillIds: [
      ...ids.flatMap((i) => i.skillIds),
      ...occupations.flatMap((o) => o.missingEssentialSkillIds),
    ],
    trainingIds: [
      ...ids.flatMap((i) => i.trainingIds),
      ...occupations.flatMap((o) => o.trainingPlan.trainingIds),
    ],
    occupationIds: occupations.map((o) => Number(o.occupationId)),
    vacancyIds: explained.map((e) => e.vacancyId),
  });
  const shared = await sharedWith(
    db,
    person.id,
    explained.flatMap((e) => L.vacancy(e.vacancyId)?.employerId ?? []),
    now,
  );
  return {
    personId: person.id,
    vacancies: explained.flatMap((e) => {
      const vacancy = L.vacancy(e.vacancyId);
      if (!vacancy) return [];
      const explanation = presentExplanation(e, L, { hideCandidateSide: false });
      return [{ vacancy, explanation, profileShared: shared.has(vacancy.employerId) }];
    }),
    occupations: occupations.flatMap((o) => {
      const occupation = L.occupation(Number(o.occupationId));
      if (!occupation) return [];
      return [
        {
          occupation,
          score: o.score,
          essentialCoverage: o.essentialCoverage,
          optionalCoverage: o.optionalCoverage,
          readiness: o.readiness,
          trainingWeeks: o.trainingWeeks,
          openPositions: o.openPositions,
          shortage: o.shortage,
          missingEssential: o.missingEssentialSkillIds.map((s) => L.skill(s)),
          trainingPlan: presentPlan(o.trainingPlan, L),
        },
      ];
    }),
  };
}

/** The employers among `employerIds` whom the person's consent lets see the passport now. */
async function sharedWith(
  db: Db,
  personId: string,
  employerIds: readonly string[],
  now: Date,
): Promise<Set<string>> {
  const unique = [...new Set(employerIds)];
  const allowed = await Promise.all(
    unique.map((id) => hasConsent(db, personId, 'passport_to_hiring_employer', id, now)),
  );
  return new Set(unique.filter((_, i) => allowed[i]));
}
