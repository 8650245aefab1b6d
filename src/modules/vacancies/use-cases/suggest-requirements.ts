import type { Db } from '../../../db/database.ts';
import type { Requirement } from '../contracts.ts';
import { presentRequirement } from '../presenters.ts';
import { requireOccupation, requirementsFromOccupation, skillRefs } from '../taxonomy-refs.ts';

/**
 * What `fromOccupation` would fill in, for the form to show before saving: the occupation's
 * essential and optional skills as requirements. Reference data, open to every signed-in user.
 */
export async function suggestRequirements(db: Db, occupationId: number): Promise<Requirement[]> {
  await requireOccupation(db, occupationId, 'occupationId');
  const suggested = await requirementsFromOccupation(db, occupationId);
  const skills = await skillRefs(
    db,
    suggested.map((r) => r.skillId),
  );
  return suggested.flatMap((r) => {
    const skill = skills.get(r.skillId);
    return skill ? [presentRequirement({ vacancyId: '', ...r }, skill)] : [];
  });
}
