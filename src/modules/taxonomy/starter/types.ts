/**
 * The project-written starter taxonomy (concept scheme `starter`): Dutch first, English second.
 *
 * It mirrors the shape of ESCO so the same tables, the same matching engine and the same UI can
 * serve both: skill groups → skills → (optionally) narrower skills, occupations with essential and
 * optional skills, ISCO-08 unit groups. It is our own scheme, written by the project, and makes
 * an empty database useful without the ESCO download.
 *
 * Hierarchy choice: skill groups are a separate type (`StarterSkillGroup`), just as ESCO keeps
 * its skill groups (S1.2, K0613, …) apart from its skills. A skill's `broader` points either to
 * a group (usually a leaf group) or to another skill (a narrower skill, e.g. "Nederlands op
 * B1-niveau" under "Nederlands"). Groups nest at most two deep: top group → subgroup.
 * Occupations only ever refer to skills, never to groups.
 *
 * Codes are stable English slugs, unique across sectors, groups, skills and occupations:
 *   sector      'care'
 *   group       'group.care.personal-care'
 *   skill       'transversal.customer-orientation', 'care.wound-care'
 *   occupation  'occupation.catering-employee'
 * Never rename a code once released: profiles, vacancies and trainings refer to it.
 */

export const STARTER_SCHEME = 'starter';

export const STARTER_SECTOR_CODES = [
  'care',
  'technology',
  'manufacturing',
  'ict',
  'education',
  'logistics',
  'hospitality',
  'retail',
  'office',
  'safety',
  'cleaning',
] as const;

export type StarterSectorCode = (typeof STARTER_SECTOR_CODES)[number];

export interface StarterSector {
  code: StarterSectorCode;
  labelNl: string;
  labelEn: string;
  /** A shortage sector (tekortsector) in which Overstap looks for opportunity occupations. */
  shortage: boolean;
}

export const STARTER_SKILL_TYPES = [
  'knowledge',
  'skill',
  'competence',
  'transversal',
  'language',
] as const;

/**
 * knowledge   — kennis: facts, rules, legislation, certificates that prove knowledge (VCA, HACCP)
 * skill       — vaardigheid: something you do with your hands or a tool (orderpicken, wondzorg)
 * competence  — competentie: a broad professional ability (een keuken leiden, klinisch redeneren)
 * transversal — transversale vaardigheid: useful in every sector (klantgerichtheid, plannen)
 * language    — taalvaardigheid, with CEFR levels as narrower skills where it matters
 */
export type StarterSkillType = (typeof STARTER_SKILL_TYPES)[number];

export interface StarterSkillGroup {
  code: string;
  labelNl: string;
  labelEn: string;
  descriptionNl?: string;
  /** Code of the parent group; absent for a top group. */
  broader?: string;
}

export interface StarterSkill {
  code: string;
  type: StarterSkillType;
  labelNl: string;
  labelEn: string;
  /** Synonyms people type when they search or fill in a profile. */
  altLabelsNl: string[];
  altLabelsEn: string[];
  descriptionNl?: string;
  /** Code of the parent skill group or parent skill. */
  broader?: string;
  /**
   * True when the skill is normally proven with a certificate, licence or diploma
   * (heftruckcertificaat, rijbewijs C, VCA, BIG-registratie). The matching engine may treat a
   * missing certificate as blocking rather than learnable on the job.
   */
  certificate?: boolean;
}

/** Usual education level of people in the occupation (a hint, not a requirement). */
export type StarterLevel = 'mbo-1' | 'mbo-2' | 'mbo-3' | 'mbo-4' | 'hbo' | 'wo';

export interface StarterOccupation {
  code: string;
  /** ISCO-08 unit group (4 digits), where one fits. */
  iscoCode?: string;
  sector: StarterSectorCode;
  level?: StarterLevel;
  labelNl: string;
  labelEn: string;
  /** Synonyms and job titles as they appear in vacancies. */
  altLabelsNl: string[];
  altLabelsEn: string[];
  descriptionNl: string;
  /** 6–15 skill codes that define the occupation. */
  essentialSkills: string[];
  /** 3–10 skill codes that help or that many employers ask for. */
  optionalSkills: string[];
}

export interface StarterTaxonomy {
  scheme: typeof STARTER_SCHEME;
  version: string;
  sectors: StarterSector[];
  skillGroups: StarterSkillGroup[];
  skills: StarterSkill[];
  occupations: StarterOccupation[];
}
