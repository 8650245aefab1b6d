import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { SkillSuggestion } from '../contracts.ts';
import { SUGGESTION_DISMISSED } from '../dismissed-suggestions.ts';
import { personForEditing, recordPersonEvent } from '../person-access.ts';
import { requireSkill } from '../taxonomy-lookups.ts';
import { suggestSkills } from './suggest-skills.ts';

/** The person turns a suggested skill down; it is not suggested again. Answers what is left. */
export async function dismissSkillSuggestion(
  db: Db,
  actor: Actor,
  personId: string,
  skillId: number,
): Promise<SkillSuggestion[]> {
  return db.transaction(async (tx) => {
    const person = await personForEditing(tx, actor, personId);
    const skill = await requireSkill(tx, skillId, 'skillId');
    await recordPersonEvent(tx, actor, person, SUGGESTION_DISMISSED, {
      skillId,
      skillUri: skill.uri,
    });
    return suggestSkills(tx, actor, personId);
  });
}
