import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { skills } from '../../taxonomy/schema.ts';
import type { ConfirmSkillBody, Passport } from '../contracts.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { passportAfterChange } from '../passport-view.ts';
import { mayConfirmSkills } from '../policies.ts';
import { personSkills } from '../schema.ts';
import { confirmedSkill, skillStateOf } from '../skill-evidence.ts';

/** A case manager confirms a skill of the passport (coach_verified, signed with who and when). */
export async function confirmSkill(
  db: Db,
  actor: Actor,
  personId: string,
  skillId: number,
  input: ConfirmSkillBody,
  now: Date,
): Promise<Passport> {
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, personId);
    if (!mayConfirmSkills(actor, person)) throw forbidden('Only a case manager confirms skills');
    const ofPerson = and(eq(personSkills.personId, personId), eq(personSkills.skillId, skillId));
    const [current] = await tx.select().from(personSkills).where(ofPerson);
    if (!current) throw notFound('Skill in this passport');
    const next = confirmedSkill(actor, skillStateOf(current), input.level, now);
    await tx
      .update(personSkills)
      .set({ ...next, updatedAt: now })
      .where(ofPerson);
    const [skill] = await tx.select({ uri: skills.uri }).from(skills).where(eq(skills.id, skillId));
    await recordPersonEvent(tx, actor, person, 'person.skill_confirmed', {
      skillId,
      skillUri: skill?.uri ?? null,
      level: next.level,
      evidence: next.evidence,
      previous: { level: current.level, evidence: current.evidence },
    });
    return passportAfterChange(tx, actor, person, now);
  });
}
