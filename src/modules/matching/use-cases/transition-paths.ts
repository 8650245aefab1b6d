import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { occupations } from '../../taxonomy/schema.ts';
import type { TransitionPaths } from '../contracts.ts';
import { lookups, trainingsTeaching } from '../lookups.ts';
import { matchingIndex, orIfUnknown } from '../matching-index.ts';
import { mayReadTransitionPaths } from '../policies.ts';
import { presentPlan } from '../presenters.ts';

/**
 * From one occupation to the others that are closest: the share of the target's essential skills
 * the source covers and what is missing, each missing skill with the published trainings of the
 * actor's region that teach it.
 */
export async function transitionPathsFrom(
  db: Db,
  actor: Actor,
  fromOccupationId: number,
  limit: number,
): Promise<TransitionPaths> {
  if (!mayReadTransitionPaths(actor)) throw forbidden('Transition paths are for staff');
  const [from] = await db
    .select({ id: occupations.id })
    .from(occupations)
    .where(eq(occupations.id, fromOccupationId));
  if (!from) throw notFound('Occupation');
  const paths = await matchingIndex(db, actor.regionId).use((engine) =>
    orIfUnknown(() => engine.transitionPaths(String(from.id), limit), []),
  );
  const missingIds = paths.flatMap((p) => p.missing.map((m) => m.skillId));
  const [L, teaching] = await Promise.all([
    lookups(db, {
      skillIds: missingIds,
      trainingIds: paths.flatMap((p) => p.trainingPlan.trainingIds),
      occupationIds: [from.id, ...paths.map((p) => Number(p.toOccupationId))],
      vacancyIds: [],
    }),
    trainingsTeaching(db, actor.regionId, missingIds),
  ]);
  const fromRef = L.occupation(from.id);
  if (!fromRef) throw notFound('Occupation');
  return {
    from: fromRef,
    paths: paths.flatMap((p) => {
      const to = L.occupation(Number(p.toOccupationId));
      if (!to) return [];
      return [
        {
          to,
          essentialCoverage: p.essentialCoverage,
          exactShare: p.exactShare,
          missing: p.missing.map((m) => ({
            skill: L.skill(m.skillId),
            trainable: m.trainable,
            trainings: teaching.get(m.skillId) ?? [],
          })),
          trainingPlan: presentPlan(p.trainingPlan, L),
        },
      ];
    }),
  };
}
