import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../shared/errors.ts';
import type { OccupationDetail } from '../contracts.ts';
import { occupations, occupationSkills, skills } from '../schema.ts';

const pick = (lang: 'nl' | 'en', nl: string | null, en: string | null) =>
  (lang === 'nl' ? (nl ?? en) : (en ?? nl)) ?? '';

/** An occupation with its essential and optional skills (what a work history suggests). */
export async function getOccupation(
  db: Db,
  id: number,
  lang: 'nl' | 'en',
): Promise<OccupationDetail> {
  const [occ] = await db.select().from(occupations).where(eq(occupations.id, id));
  if (!occ) throw notFound('Occupation');
  const related = await db
    .select({
      id: skills.id,
      uri: skills.uri,
      labelNl: skills.labelNl,
      labelEn: skills.labelEn,
      skillType: skills.skillType,
      relation: occupationSkills.relation,
    })
    .from(occupationSkills)
    .innerJoin(skills, eq(skills.id, occupationSkills.skillId))
    .where(eq(occupationSkills.occupationId, id))
    .orderBy(asc(occupationSkills.relation), asc(skills.labelNl));
  return {
    id: occ.id,
    uri: occ.uri,
    scheme: occ.scheme,
    iscoCode: occ.iscoCode,
    sector: occ.sector,
    label: pick(lang, occ.labelNl, occ.labelEn),
    description:
      lang === 'nl'
        ? (occ.descriptionNl ?? occ.descriptionEn)
        : (occ.descriptionEn ?? occ.descriptionNl),
    skills: related.map((s) => ({
      id: s.id,
      uri: s.uri,
      label: pick(lang, s.labelNl, s.labelEn),
      relation: s.relation === 'essential' ? 'essential' : 'optional',
      skillType: s.skillType,
    })),
  };
}
