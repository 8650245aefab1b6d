import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { occupations, occupationSkills, skills } from '../../taxonomy/schema.ts';
import type { SkillSuggestion } from '../contracts.ts';
import { dismissedSkillIds } from '../dismissed-suggestions.ts';
import { personForReading } from '../person-access.ts';
import { personSkills, personWorkHistory } from '../schema.ts';

/**
 * For every job of the work history with an occupation: that occupation's essential skills that
 * the passport does not hold yet and the person has not turned down, each with the jobs it comes
 * from. The person takes one over with PUT …/skills/:skillId (source work_history).
 */
export async function suggestSkills(
  db: Db,
  actor: Actor,
  personId: string,
): Promise<SkillSuggestion[]> {
  await personForReading(db, actor, personId);
  const held = db
    .select({ one: sql`1` })
    .from(personSkills)
    .where(and(eq(personSkills.personId, personId), eq(personSkills.skillId, skills.id)));
  const rows = await db
    .select({
      skill: { id: skills.id, uri: skills.uri, labelNl: skills.labelNl, labelEn: skills.labelEn },
      entryId: personWorkHistory.id,
      jobTitle: personWorkHistory.jobTitle,
      occupation: {
        id: occupations.id,
        uri: occupations.uri,
        labelNl: occupations.labelNl,
        labelEn: occupations.labelEn,
      },
    })
    .from(personWorkHistory)
    .innerJoin(occupations, eq(occupations.id, personWorkHistory.occupationId))
    .innerJoin(
      occupationSkills,
      and(
        eq(occupationSkills.occupationId, occupations.id),
        eq(occupationSkills.relation, 'essential'),
      ),
    )
    .innerJoin(skills, eq(skills.id, occupationSkills.skillId))
    .where(and(eq(personWorkHistory.personId, personId), notExists(held)))
    .orderBy(asc(skills.labelNl), asc(skills.id), asc(personWorkHistory.jobTitle));
  const dismissed = await dismissedSkillIds(db, personId);
  const bySkill = new Map<number, SkillSuggestion>();
  for (const r of rows) {
    if (dismissed.has(r.skill.id)) continue;
    const suggestion = bySkill.get(r.skill.id) ?? { ...r.skill, fromJobs: [] };
    suggestion.fromJobs.push({
      entryId: r.entryId,
      jobTitle: r.jobTitle,
      occupation: r.occupation,
    });
    bySkill.set(r.skill.id, suggestion);
  }
  return [...bySkill.values()];
}
