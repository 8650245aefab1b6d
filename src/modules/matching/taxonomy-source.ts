import type { Db } from '../../db/database.ts';
import type { OccupationInput, SkillHierarchyEdge } from '../../matching/index.ts';
import { occupations, occupationSkills, sectorsTable, skillBroader } from '../taxonomy/schema.ts';

export interface TaxonomyInput {
  edges: SkillHierarchyEdge[];
  occupations: OccupationInput[];
}

/**
 * The skill hierarchy and every occupation with its essential and optional skills. Shared by all
 * regions (the taxonomy has no region); an occupation is a shortage occupation (kansberoep) when
 * its sector is marked as a shortage sector.
 */
export async function loadTaxonomy(db: Db): Promise<TaxonomyInput> {
  const [edges, occRows, skillRows, sectorRows] = await Promise.all([
    db
      .select({ skillId: skillBroader.skillId, broaderId: skillBroader.broaderId })
      .from(skillBroader),
    db.select({ id: occupations.id, sector: occupations.sector }).from(occupations),
    db.select().from(occupationSkills),
    db.select({ code: sectorsTable.code, shortage: sectorsTable.shortage }).from(sectorsTable),
  ]);
  const shortage = new Set(sectorRows.filter((s) => s.shortage).map((s) => s.code));
  const byOcc = new Map<number, { essential: number[]; optional: number[] }>();
  for (const r of skillRows) {
    let entry = byOcc.get(r.occupationId);
    if (!entry) byOcc.set(r.occupationId, (entry = { essential: [], optional: [] }));
    (r.relation === 'essential' ? entry.essential : entry.optional).push(r.skillId);
  }
  return {
    edges,
    occupations: occRows.map((o) => ({
      id: String(o.id),
      essentialSkillIds: byOcc.get(o.id)?.essential ?? [],
      optionalSkillIds: byOcc.get(o.id)?.optional ?? [],
      shortage: o.sector !== null && shortage.has(o.sector),
    })),
  };
}
