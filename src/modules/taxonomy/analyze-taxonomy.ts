import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';

/**
 * Refresh the planner's statistics after a bulk load of the taxonomy. Without them PostgreSQL
 * (and PGlite, which never auto-analyzes) picks the wrong index and label search takes ~1 s on
 * the full ESCO set instead of ~15 ms.
 */
export async function analyzeTaxonomy(db: Db): Promise<void> {
  await db.execute(
    sql`analyze skills, skill_broader, occupations, occupation_skills, concept_labels, occupation_label_words, occupation_words`,
  );
}
