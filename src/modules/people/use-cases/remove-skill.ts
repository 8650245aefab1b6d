import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { skills } from '../../taxonomy/schema.ts';
import type { Passport } from '../contracts.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { passportAfterChange } from '../passport-view.ts';
import { personSkills } from '../schema.ts';

export async function removeSkill(
  db: Db,
  actor: Actor,
  personId: string,
  skillId: number,
  now: Date,
): Promise<Passport> {
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, personId);
    const [removed] = await tx
      .delete(personSkills)
      .where(and(eq(personSkills.personId, personId), eq(personSkills.skillId, skillId)))
      .returning();
    if (!removed) throw notFound('Skill in this passport');
    const [skill] = await tx.select({ uri: skills.uri }).from(skills).where(eq(skills.id, skillId));
    await recordPersonEvent(tx, actor, person, 'person.skill_removed', {
      skillId,
      skillUri: skill?.uri ?? null,
      previous: { level: removed.level, evidence: removed.evidence },
    });
    return passportAfterChange(tx, actor, person, now);
  });
}
