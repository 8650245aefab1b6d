import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../shared/errors.ts';
import { requireSkills } from '../vacancies/taxonomy-refs.ts';
import type { TaughtSkillInput } from './contracts.ts';
import { trainingSkills } from './schema.ts';

/** A training has start dates or a continuous intake, and a published one teaches something. */
export function checkTraining(t: {
  continuousIntake: boolean;
  startDates: readonly string[];
  status: string;
  skills: readonly TaughtSkillInput[];
}): void {
  if (!t.continuousIntake && t.startDates.length === 0) {
    throw invalidInput(
      'startDates',
      'startDates: give at least one start date, or set continuousIntake',
    );
  }
  if (t.status === 'published' && t.skills.length === 0) {
    throw invalidInput('skills', 'skills: a published training teaches at least one skill');
  }
}

export const sortedDates = (dates: readonly string[]) => [...new Set(dates)].sort();

/** Replaces the skills a training teaches (checked against the taxonomy, naming the entry). */
export async function writeTaughtSkills(
  tx: Db,
  trainingId: string,
  skills: readonly TaughtSkillInput[],
): Promise<void> {
  await requireSkills(tx, skills, 'skills');
  await tx.delete(trainingSkills).where(eq(trainingSkills.trainingId, trainingId));
  if (skills.length === 0) return;
  await tx
    .insert(trainingSkills)
    .values(skills.map((s) => ({ trainingId, skillId: s.skillId, level: s.level })));
}
