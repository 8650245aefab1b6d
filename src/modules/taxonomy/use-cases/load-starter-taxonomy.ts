import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { sectorsTable, skills } from '../schema.ts';
import type { StarterTaxonomy } from '../starter/types.ts';
import {
  addBroader,
  replaceLabels,
  upsertOccupations,
  upsertOccupationSkills,
  upsertSkills,
  type LabelSet,
} from '../taxonomy-writer.ts';

export const starterSkillUri = (code: string) => `urn:overstap:starter:skill:${code}`;
export const starterOccupationUri = (code: string) => `urn:overstap:starter:occupation:${code}`;

export interface StarterLoadSummary {
  sectors: number;
  skillGroups: number;
  skills: number;
  occupations: number;
  relations: number;
}

export async function hasStarterTaxonomy(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(skills).where(eq(skills.scheme, 'starter'));
  return (row?.n ?? 0) > 0;
}

/** Loads (or refreshes) the project's own Dutch starter taxonomy in one transaction. */
export async function loadStarterTaxonomy(
  db: Db,
  taxonomy: StarterTaxonomy,
): Promise<StarterLoadSummary> {
  return db.transaction(async (tx) => {
    for (const s of taxonomy.sectors) {
      await tx
        .insert(sectorsTable)
        .values(s)
        .onConflictDoUpdate({
          target: sectorsTable.code,
          set: {
            labelNl: sql`excluded.label_nl`,
            labelEn: sql`excluded.label_en`,
            shortage: sql`excluded.shortage`,
          },
        });
    }
    const skillIds = await upsertSkills(tx, [
      ...taxonomy.skillGroups.map((g) => ({
        uri: starterSkillUri(g.code),
        scheme: 'starter',
        kind: 'group',
        skillType: null,
        labelNl: g.labelNl,
        labelEn: g.labelEn,
        descriptionNl: g.descriptionNl ?? null,
      })),
      ...taxonomy.skills.map((s) => ({
        uri: starterSkillUri(s.code),
        scheme: 'starter',
        kind: 'skill',
        skillType: s.type,
        reuseLevel: s.type === 'transversal' ? 'transversal' : null,
        labelNl: s.labelNl,
        labelEn: s.labelEn,
        descriptionNl: s.descriptionNl ?? null,
        certificate: s.certificate ?? false,
      })),
    ]);
    const idOf = (code: string): number => {
      const id = skillIds.get(starterSkillUri(code));
      if (id === undefined) throw new Error(`starter taxonomy: unknown skill or group ${code}`);
      return id;
    };
    const skillLabels: LabelSet[] = [
      ...taxonomy.skillGroups.flatMap((g) => [
        { conceptId: idOf(g.code), lang: 'nl', preferred: g.labelNl, alt: [] },
        { conceptId: idOf(g.code), lang: 'en', preferred: g.labelEn, alt: [] },
      ]),
      ...taxonomy.skills.flatMap((s) => [
        { conceptId: idOf(s.code), lang: 'nl', preferred: s.labelNl, alt: s.altLabelsNl },
        { conceptId: idOf(s.code), lang: 'en', preferred: s.labelEn, alt: s.altLabelsEn },
      ]),
    ];
    await replaceLabels(tx, 'skill', skillLabels);
    await addBroader(tx, [
      ...taxonomy.skillGroups
        .filter((g) => g.broader)
        .map((g) => ({ skillId: idOf(g.code), broaderId: idOf(g.broader as string) })),
      ...taxonomy.skills
        .filter((s) => s.broader)
        .map((s) => ({ skillId: idOf(s.code), broaderId: idOf(s.broader as string) })),
    ]);

    const occIds = await upsertOccupations(
      tx,
      taxonomy.occupations.map((o) => ({
        uri: starterOccupationUri(o.code),
        scheme: 'starter',
        iscoCode: o.iscoCode ?? null,
        code: o.code,
        sector: o.sector,
        labelNl: o.labelNl,
        labelEn: o.labelEn,
        descriptionNl: o.descriptionNl,
      })),
    );
    const occId = (code: string) => occIds.get(starterOccupationUri(code)) as number;
    await replaceLabels(
      tx,
      'occupation',
      taxonomy.occupations.flatMap((o) => [
        { conceptId: occId(o.code), lang: 'nl', preferred: o.labelNl, alt: o.altLabelsNl },
        { conceptId: occId(o.code), lang: 'en', preferred: o.labelEn, alt: o.altLabelsEn },
      ]),
    );
    const relations = taxonomy.occupations.flatMap((o) => [
      ...o.essentialSkills.map((s) => ({
        occupationId: occId(o.code),
        skillId: idOf(s),
        relation: 'essential' as const,
      })),
      ...o.optionalSkills
        .filter((s) => !o.essentialSkills.includes(s))
        .map((s) => ({
          occupationId: occId(o.code),
          skillId: idOf(s),
          relation: 'optional' as const,
        })),
    ]);
    await upsertOccupationSkills(tx, relations);
    return {
      sectors: taxonomy.sectors.length,
      skillGroups: taxonomy.skillGroups.length,
      skills: taxonomy.skills.length,
      occupations: taxonomy.occupations.length,
      relations: relations.length,
    };
  });
}
