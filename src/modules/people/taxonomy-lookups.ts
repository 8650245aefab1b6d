import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../shared/errors.ts';
import { occupations, skills, type SkillRow } from '../taxonomy/schema.ts';
import type { ImportLookups } from './passport-import-plan.ts';

/** Fails naming `field` unless the occupation exists in the taxonomy. */
export async function requireOccupation(db: Db, id: number, field: string): Promise<void> {
  const [row] = await db
    .select({ id: occupations.id })
    .from(occupations)
    .where(eq(occupations.id, id));
  if (!row) throw invalidInput(field, `${field}: no occupation ${id} in the taxonomy`);
}

/** Fails naming `field` unless every occupation exists. */
export async function requireOccupations(
  db: Db,
  ids: readonly number[],
  field: string,
): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: occupations.id })
    .from(occupations)
    .where(inArray(occupations.id, [...ids]));
  const known = new Set(found.map((o) => o.id));
  const index = ids.findIndex((id) => !known.has(id));
  if (index >= 0) {
    throw invalidInput(
      `${field}.${index}`,
      `${field}.${index}: no occupation ${ids[index]} in the taxonomy`,
    );
  }
}

/** A skill of the taxonomy (not a skill group), or a failure naming `field`. */
export async function requireSkill(db: Db, id: number, field: string): Promise<SkillRow> {
  const [row] = await db
    .select()
    .from(skills)
    .where(and(eq(skills.id, id), eq(skills.kind, 'skill')));
  if (!row) throw invalidInput(field, `${field}: no skill ${id} in the taxonomy`);
  return row;
}

/** Ids of the URIs this installation knows; unknown URIs are simply absent from the maps. */
export async function lookupUris(
  db: Db,
  uris: { skills: string[]; occupations: string[] },
): Promise<ImportLookups> {
  const skillRows =
    uris.skills.length === 0
      ? []
      : await db
          .select({ id: skills.id, uri: skills.uri })
          .from(skills)
          .where(and(inArray(skills.uri, uris.skills), eq(skills.kind, 'skill')));
  const occupationRows =
    uris.occupations.length === 0
      ? []
      : await db
          .select({ id: occupations.id, uri: occupations.uri })
          .from(occupations)
          .where(inArray(occupations.uri, uris.occupations));
  return {
    skillIdByUri: new Map(skillRows.map((r) => [r.uri, r.id])),
    occupationIdByUri: new Map(occupationRows.map((r) => [r.uri, r.id])),
  };
}
