import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';

/**
 * Refresh the planner's statistics after a bulk load of the taxonomy, so PostgreSQL (and PGlite,
 * which never auto-analyzes) plans the taxonomy's queries (occupation skills, hierarchy, the
 * matching service's reads) on real row counts. Label search itself runs in memory.
 */
export async function analyzeTaxonomy(db: Db): Promise<void> {
  await db.execute(
    sql`analyze skills, skill_broader, occupations, occupation_skills, concept_labels`,
  );
}
