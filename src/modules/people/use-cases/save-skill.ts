import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { AppError, invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Passport, SaveSkillBody } from '../contracts.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { passportAfterChange } from '../passport-view.ts';
import { personEducation, personSkills } from '../schema.ts';
import { decideSkill, skillStateOf } from '../skill-evidence.ts';
import { requireSkill } from '../taxonomy-lookups.ts';

/** Whether an education entry of the person proves a skill: a certificate or a finished diploma. */
async function provesSkill(tx: Db, personId: string, entryId: string): Promise<boolean> {
  const [entry] = await tx
    .select()
    .from(personEducation)
    .where(and(eq(personEducation.id, entryId), eq(personEducation.personId, personId)));
  return !!entry && (entry.kind === 'certificate' || entry.completed === 'completed');
}

/**
 * Adds a skill to the passport or changes it (level 1–4, evidence, source, note). Also how a
 * person takes over a suggestion from their work history (source and evidence work_history).
 */
export async function saveSkill(
  db: Db,
  actor: Actor,
  personId: string,
  skillId: number,
  input: SaveSkillBody,
  now: Date,
): Promise<Passport> {
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, personId);
    const skill = await requireSkill(tx, skillId, 'skillId');
    const certificateEntryId = input.certificateEntryId;
    if (certificateEntryId && !(await provesSkill(tx, personId, certificateEntryId))) {
      throw invalidInput(
        'certificateEntryId',
        'certificateEntryId: not a certificate or completed education of this passport',
      );
    }
    const [current] = await tx
      .select()
      .from(personSkills)
      .where(and(eq(personSkills.personId, personId), eq(personSkills.skillId, skillId)));
    const decision = decideSkill(
      actor,
      current ? skillStateOf(current) : null,
      { ...input, hasCertificateEntry: certificateEntryId !== undefined },
      now,
    );
    if (!decision.ok) throw new AppError('forbidden', decision.message, decision.field);
    const values = { ...decision.skill, updatedAt: now };
    await tx
      .insert(personSkills)
      .values({ personId, skillId, ...values })
      .onConflictDoUpdate({ target: [personSkills.personId, personSkills.skillId], set: values });
    await recordPersonEvent(tx, actor, person, 'person.skill_saved', {
      skillId,
      skillUri: skill.uri,
      level: values.level,
      evidence: values.evidence,
      source: values.source,
      previous: current ? { level: current.level, evidence: current.evidence } : null,
      ...(certificateEntryId ? { certificateEntryId } : {}),
    });
    return passportAfterChange(tx, actor, person, now);
  });
}
