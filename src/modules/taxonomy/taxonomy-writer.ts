import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { conceptLabels, occupations, occupationSkills, skillBroader, skills } from './schema.ts';
import { toSearchText } from './search-text.ts';

/** Batched writes shared by the starter loader and the ESCO importer. */

export const BATCH = 500;

export function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type NewSkill = Omit<typeof skills.$inferInsert, 'id' | 'updatedAt'>;
export type NewOccupation = Omit<typeof occupations.$inferInsert, 'id' | 'updatedAt'>;

/** Insert or update skills by URI; returns uri → id for every given skill. */
export async function upsertSkills(db: Db, rows: NewSkill[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const batch of chunks(rows)) {
    const res = await db
      .insert(skills)
      .values(batch)
      .onConflictDoUpdate({
        target: skills.uri,
        set: {
          scheme: sql`excluded.scheme`,
          kind: sql`excluded.kind`,
          skillType: sql`excluded.skill_type`,
          reuseLevel: sql`excluded.reuse_level`,
          labelNl: sql`coalesce(excluded.label_nl, ${skills.labelNl})`,
          labelEn: sql`coalesce(excluded.label_en, ${skills.labelEn})`,
          descriptionNl: sql`coalesce(excluded.description_nl, ${skills.descriptionNl})`,
          descriptionEn: sql`coalesce(excluded.description_en, ${skills.descriptionEn})`,
          certificate: sql`excluded.certificate`,
          updatedAt: sql`now()`,
        },
      })
      .returning({ id: skills.id, uri: skills.uri });
    for (const r of res) ids.set(r.uri, r.id);
  }
  return ids;
}

export async function upsertOccupations(
  db: Db,
  rows: NewOccupation[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const batch of chunks(rows)) {
    const res = await db
      .insert(occupations)
      .values(batch)
      .onConflictDoUpdate({
        target: occupations.uri,
        set: {
          scheme: sql`excluded.scheme`,
          iscoCode: sql`coalesce(excluded.isco_code, ${occupations.iscoCode})`,
          code: sql`coalesce(excluded.code, ${occupations.code})`,
          sector: sql`coalesce(excluded.sector, ${occupations.sector})`,
          labelNl: sql`coalesce(excluded.label_nl, ${occupations.labelNl})`,
          labelEn: sql`coalesce(excluded.label_en, ${occupations.labelEn})`,
          descriptionNl: sql`coalesce(excluded.description_nl, ${occupations.descriptionNl})`,
          descriptionEn: sql`coalesce(excluded.description_en, ${occupations.descriptionEn})`,
          updatedAt: sql`now()`,
        },
      })
      .returning({ id: occupations.id, uri: occupations.uri });
    for (const r of res) ids.set(r.uri, r.id);
  }
  return ids;
}

export interface LabelSet {
  conceptId: number;
  lang: string;
  preferred: string | null;
  alt: string[];
  hidden?: string[];
}

/** Replace the labels of these concepts in this language (idempotent). */
export async function replaceLabels(
  db: Db,
  conceptType: 'skill' | 'occupation',
  sets: LabelSet[],
): Promise<void> {
  for (const batch of chunks(sets)) {
    const byLang = new Map<string, number[]>();
    for (const s of batch) byLang.set(s.lang, [...(byLang.get(s.lang) ?? []), s.conceptId]);
    for (const [lang, ids] of byLang) {
      await db
        .delete(conceptLabels)
        .where(
          and(
            eq(conceptLabels.conceptType, conceptType),
            eq(conceptLabels.lang, lang),
            inArray(conceptLabels.conceptId, ids),
          ),
        );
    }
    const rows = batch.flatMap((s) => {
      const labels: { kind: string; label: string }[] = [];
      if (s.preferred) labels.push({ kind: 'preferred', label: s.preferred });
      for (const a of new Set(s.alt))
        if (a && a !== s.preferred) labels.push({ kind: 'alt', label: a });
      for (const h of new Set(s.hidden ?? [])) if (h) labels.push({ kind: 'hidden', label: h });
      return labels.map((l) => ({
        conceptType,
        conceptId: s.conceptId,
        lang: s.lang,
        kind: l.kind,
        label: l.label,
        searchText: toSearchText(l.label),
      }));
    });
    for (const part of chunks(rows, 1000)) await db.insert(conceptLabels).values(part);
  }
}

export async function addBroader(
  db: Db,
  pairs: { skillId: number; broaderId: number }[],
): Promise<void> {
  for (const batch of chunks(pairs, 1000)) {
    await db.insert(skillBroader).values(batch).onConflictDoNothing();
  }
}

export async function upsertOccupationSkills(
  db: Db,
  rows: { occupationId: number; skillId: number; relation: 'essential' | 'optional' }[],
): Promise<void> {
  for (const batch of chunks(rows, 1000)) {
    await db
      .insert(occupationSkills)
      .values(batch)
      .onConflictDoUpdate({
        target: [occupationSkills.occupationId, occupationSkills.skillId],
        set: { relation: sql`excluded.relation` },
      });
  }
}
