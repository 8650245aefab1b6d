import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../shared/errors.ts';
import { conceptLabels, occupations, occupationSkills, skills } from '../taxonomy/schema.ts';
import { toSearchText } from '../taxonomy/search-text.ts';
import type { ConceptRef, RequirementInput } from './contracts.ts';

export interface OccupationRef extends ConceptRef {
  sector: string | null;
}

export interface SkillRef extends ConceptRef {
  certificate: boolean;
}

const ref = (r: { id: number; uri: string; labelNl: string | null; labelEn: string | null }) => ({
  id: r.id,
  uri: r.uri,
  labelNl: r.labelNl ?? r.labelEn ?? r.uri,
  labelEn: r.labelEn,
});

export async function occupationRefs(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, OccupationRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select().from(occupations).where(inArray(occupations.id, unique));
  return new Map(rows.map((r) => [r.id, { ...ref(r), sector: r.sector }]));
}

export async function skillRefs(db: Db, ids: readonly number[]): Promise<Map<number, SkillRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select()
    .from(skills)
    .where(and(inArray(skills.id, unique), eq(skills.kind, 'skill')));
  return new Map(rows.map((r) => [r.id, { ...ref(r), certificate: r.certificate }]));
}

/** Fails naming `field` unless the occupation exists in the taxonomy. */
export async function requireOccupation(db: Db, id: number, field: string): Promise<OccupationRef> {
  const found = (await occupationRefs(db, [id])).get(id);
  if (!found) throw invalidInput(field, `${field}: no occupation ${id} in the taxonomy`);
  return found;
}

/** Fails naming `field.i` for the first id that is not an occupation of the taxonomy. */
export async function requireOccupations(
  db: Db,
  ids: readonly number[],
  field: string,
): Promise<void> {
  const known = await occupationRefs(db, ids);
  const index = ids.findIndex((id) => !known.has(id));
  if (index >= 0) {
    throw invalidInput(
      `${field}.${index}`,
      `${field}.${index}: no occupation ${ids[index]} in the taxonomy`,
    );
  }
}

/** Fails naming `field.i.skillId` for the first unknown or repeated skill (groups are not skills). */
export async function requireSkills(
  db: Db,
  list: readonly { skillId: number }[],
  field: string,
): Promise<Map<number, SkillRef>> {
  const known = await skillRefs(
    db,
    list.map((r) => r.skillId),
  );
  const seen = new Set<number>();
  for (const [i, r] of list.entries()) {
    const where = `${field}.${i}.skillId`;
    if (!known.has(r.skillId))
      throw invalidInput(where, `${where}: no skill ${r.skillId} in the taxonomy`);
    if (seen.has(r.skillId))
      throw invalidInput(where, `${where}: skill ${r.skillId} is listed twice`);
    seen.add(r.skillId);
  }
  return known;
}

/**
 * The requirements an occupation suggests: its essential skills as essential (level 2,
 * independent), its optional skills as optional (level 1). Not learnable on the job until the
 * employer says so — the employer knows what it can teach.
 */
export async function requirementsFromOccupation(
  db: Db,
  occupationId: number,
): Promise<RequirementInput[]> {
  const rows = await db
    .select({ skillId: occupationSkills.skillId, relation: occupationSkills.relation })
    .from(occupationSkills)
    .innerJoin(skills, eq(skills.id, occupationSkills.skillId))
    .where(and(eq(occupationSkills.occupationId, occupationId), eq(skills.kind, 'skill')))
    .orderBy(occupationSkills.relation, occupationSkills.skillId);
  return rows.map((r) =>
    r.relation === 'essential'
      ? { skillId: r.skillId, importance: 'essential', learnable: false, minLevel: 2 }
      : { skillId: r.skillId, importance: 'optional', learnable: false, minLevel: 1 },
  );
}

/** Later entries win: an override replaces the suggested requirement of the same skill. */
export function mergeRequirements(
  base: readonly RequirementInput[],
  overrides: readonly RequirementInput[],
): RequirementInput[] {
  const bySkill = new Map(base.map((r) => [r.skillId, r]));
  for (const r of overrides) bySkill.set(r.skillId, r);
  return [...bySkill.values()];
}

export type Resolution = { id: number } | { error: string };

/**
 * Resolves what people put in a spreadsheet cell — a URI, or a label in Dutch or English
 * (preferred or synonym, case and accents ignored) — to concept ids. A label that names two
 * concepts is ambiguous unless exactly one of them has it as preferred label.
 */
export async function resolveConcepts(
  db: Db,
  conceptType: 'skill' | 'occupation',
  tokens: readonly string[],
): Promise<Map<string, Resolution>> {
  const out = new Map<string, Resolution>();
  const unique = [...new Set(tokens.map((t) => t.trim()).filter((t) => t !== ''))];
  if (unique.length === 0) return out;
  const table = conceptType === 'skill' ? skills : occupations;
  const uriTokens = unique.filter((t) => /^(https?:|urn:)/i.test(t));
  const byUri =
    uriTokens.length === 0
      ? []
      : await db
          .select({ id: table.id, uri: table.uri })
          .from(table)
          .where(
            conceptType === 'skill'
              ? and(inArray(skills.uri, uriTokens), eq(skills.kind, 'skill'))
              : inArray(occupations.uri, uriTokens),
          );
  const uriIds = new Map(byUri.map((r) => [r.uri, r.id]));
  const labelTokens = unique.filter((t) => !uriTokens.includes(t));
  const texts = [...new Set(labelTokens.map(toSearchText).filter((t) => t !== ''))];
  const labelRows =
    texts.length === 0
      ? []
      : await db
          .select({
            conceptId: conceptLabels.conceptId,
            searchText: conceptLabels.searchText,
            kind: conceptLabels.kind,
            label: conceptLabels.label,
          })
          .from(conceptLabels)
          .where(
            and(
              eq(conceptLabels.conceptType, conceptType),
              inArray(conceptLabels.searchText, texts),
              conceptType === 'skill'
                ? sql`exists (select 1 from skills s where s.id = ${conceptLabels.conceptId} and s.kind = 'skill')`
                : sql`true`,
            ),
          );
  for (const token of unique) {
    if (uriTokens.includes(token)) {
      const id = uriIds.get(token);
      out.set(token, id === undefined ? { error: `no ${conceptType} with URI ${token}` } : { id });
      continue;
    }
    const text = toSearchText(token);
    const hits = labelRows.filter((r) => r.searchText === text);
    const ids = [...new Set(hits.map((h) => h.conceptId))];
    const preferred = [
      ...new Set(hits.filter((h) => h.kind === 'preferred').map((h) => h.conceptId)),
    ];
    if (ids.length === 1 && ids[0] !== undefined) out.set(token, { id: ids[0] });
    else if (preferred.length === 1 && preferred[0] !== undefined)
      out.set(token, { id: preferred[0] });
    else if (ids.length === 0)
      out.set(token, {
        error: `no ${conceptType} called "${token}"; use its URI or the label of the taxonomy`,
      });
    else out.set(token, { error: `"${token}" names ${ids.length} ${conceptType}s; use the URI` });
  }
  return out;
}
