import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { ImportPlan } from './passport-import-plan.ts';
import {
  personEducation,
  personSkills,
  personWishes,
  personWorkHistory,
  persons,
  type PersonRow,
} from './schema.ts';

export interface WrittenCounts {
  workHistory: number;
  education: number;
  skills: number;
  wishes: boolean;
}

/**
 * Makes the passport content of `person` exactly what the plan says: personal data, work
 * history, education, skills and wishes are replaced; the person's identity (pseudonym, account,
 * case organisation) stays. Call it inside the import's transaction.
 */
export async function replacePassportContent(
  tx: Db,
  person: PersonRow,
  plan: ImportPlan,
  now: Date,
): Promise<{ before: WrittenCounts; after: WrittenCounts }> {
  const personId = person.id;
  const removedWork = await tx
    .delete(personWorkHistory)
    .where(eq(personWorkHistory.personId, personId))
    .returning({ id: personWorkHistory.id });
  const removedEducation = await tx
    .delete(personEducation)
    .where(eq(personEducation.personId, personId))
    .returning({ id: personEducation.id });
  const removedSkills = await tx
    .delete(personSkills)
    .where(eq(personSkills.personId, personId))
    .returning({ id: personSkills.skillId });
  const removedWishes = await tx
    .delete(personWishes)
    .where(eq(personWishes.personId, personId))
    .returning({ id: personWishes.personId });

  await tx
    .update(persons)
    .set({ ...plan.personal, updatedAt: now })
    .where(eq(persons.id, personId));
  if (plan.workHistory.length > 0) {
    await tx
      .insert(personWorkHistory)
      .values(plan.workHistory.map((w) => ({ ...w, id: randomUUID(), personId })));
  }
  if (plan.education.length > 0) {
    await tx
      .insert(personEducation)
      .values(plan.education.map((e) => ({ ...e, id: randomUUID(), personId })));
  }
  if (plan.skills.length > 0) {
    await tx
      .insert(personSkills)
      .values(
        plan.skills.map((s) => ({ ...s, personId, confirmedByUserId: null, updatedAt: now })),
      );
  }
  if (plan.wishes)
    await tx.insert(personWishes).values({ ...plan.wishes, personId, updatedAt: now });
  return {
    before: {
      workHistory: removedWork.length,
      education: removedEducation.length,
      skills: removedSkills.length,
      wishes: removedWishes.length > 0,
    },
    after: {
      workHistory: plan.workHistory.length,
      education: plan.education.length,
      skills: plan.skills.length,
      wishes: plan.wishes !== null,
    },
  };
}
