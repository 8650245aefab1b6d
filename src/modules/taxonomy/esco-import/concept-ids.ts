import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { rows } from '../../../db/migrate.ts';

export type ConceptWhat = 'skill' | 'skill group' | 'occupation' | 'ISCO group';

/**
 * URI → database key of every concept, loaded once and kept current as files are imported.
 * Relation files resolve URIs here instead of querying per row, and an unchanged concept (which
 * an upsert does not return) still has its id. A failed file aborts the whole import, so ids
 * of a rolled-back transaction are never used.
 */
export class ConceptIds {
  readonly skills = new Map<string, number>();
  readonly occupations = new Map<string, number>();
  /** ISCO group URI → ISCO code (the key of isco_groups). */
  readonly iscoGroups = new Map<string, string>();
  /** Concepts read but deliberately not imported (e.g. not released), with the reason. */
  private readonly notImported = new Map<string, string>();

  static async load(db: Db): Promise<ConceptIds> {
    const ids = new ConceptIds();
    const skills = await db.execute(sql`select uri, id from skills`);
    for (const r of rows<{ uri: string; id: number }>(skills)) ids.skills.set(r.uri, r.id);
    const occupations = await db.execute(sql`select uri, id from occupations`);
    for (const r of rows<{ uri: string; id: number }>(occupations)) {
      ids.occupations.set(r.uri, r.id);
    }
    const isco = await db.execute(sql`select uri, code from isco_groups where uri is not null`);
    for (const r of rows<{ uri: string; code: string }>(isco)) ids.iscoGroups.set(r.uri, r.code);
    return ids;
  }

  markNotImported(uri: string, reason: string): void {
    this.notImported.set(uri, reason);
  }

  /** Why a relation cannot use this concept, for the rejection. */
  unknown(what: ConceptWhat, uri: string): string {
    const why = this.notImported.get(uri);
    return why === undefined
      ? `unknown ${what} ${uri} (in no imported file and not in the database)`
      : `${what} ${uri} was not imported (${why})`;
  }
}
