import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { occupations, skills } from '../taxonomy/schema.ts';
import type { StarterTaxonomy } from '../taxonomy/starter/types.ts';
import {
  loadStarterTaxonomy,
  starterOccupationUri,
  starterSkillUri,
} from '../taxonomy/use-cases/load-starter-taxonomy.ts';

/**
 * Test data only: a hand-made miniature in the starter shape for the passport's integration
 * tests (a waiter whose essential skills include a certificate skill, and a care assistant),
 * so they do not depend on the real starter taxonomy.
 */
const skill = (code: string, labelNl: string, certificate = false) => ({
  code,
  type: 'skill' as const,
  labelNl,
  labelEn: labelNl,
  altLabelsNl: [],
  altLabelsEn: [],
  broader: 'group.all',
  certificate,
});

const occupation = (code: string, labelNl: string, essential: string[], optional: string[]) => ({
  code,
  sector: 'hospitality' as const,
  labelNl,
  labelEn: labelNl,
  altLabelsNl: [],
  altLabelsEn: [],
  descriptionNl: labelNl,
  essentialSkills: essential,
  optionalSkills: optional,
});

export const passportTestTaxonomy: StarterTaxonomy = {
  scheme: 'starter',
  version: 'passport-test',
  sectors: [{ code: 'care', labelNl: 'Zorg', labelEn: 'Care', shortage: true }],
  skillGroups: [{ code: 'group.all', labelNl: 'Alles', labelEn: 'All' }],
  skills: [
    skill('hosp.serving', 'Gasten bedienen'),
    skill('hosp.hygiene', 'Hygiëne (HACCP)', true),
    skill('tr.customer', 'Klantgerichtheid'),
    skill('tr.planning', 'Plannen'),
    skill('care.personal', 'Persoonlijke verzorging bieden'),
  ],
  occupations: [
    occupation(
      'occ.waiter',
      'Medewerker bediening',
      ['hosp.serving', 'tr.customer', 'hosp.hygiene'],
      ['tr.planning'],
    ),
    occupation('occ.carer', 'Verzorgende IG', ['care.personal', 'tr.customer'], []),
  ],
};

/** Loads the miniature and answers the database ids of its skills and occupations by code. */
export async function loadPassportTestTaxonomy(db: Db): Promise<{
  skillId: Record<string, number>;
  occupationId: Record<string, number>;
}> {
  const t = passportTestTaxonomy;
  await loadStarterTaxonomy(db, t);
  const skillRows = await db
    .select({ id: skills.id, uri: skills.uri })
    .from(skills)
    .where(
      inArray(
        skills.uri,
        t.skills.map((s) => starterSkillUri(s.code)),
      ),
    );
  const occupationRows = await db
    .select({ id: occupations.id, uri: occupations.uri })
    .from(occupations)
    .where(
      inArray(
        occupations.uri,
        t.occupations.map((o) => starterOccupationUri(o.code)),
      ),
    );
  const code = (uri: string) => uri.split(':').pop() ?? uri;
  return {
    skillId: Object.fromEntries(skillRows.map((r) => [code(r.uri), r.id])),
    occupationId: Object.fromEntries(occupationRows.map((r) => [code(r.uri), r.id])),
  };
}
