import { z } from 'zod';
import { sectorSchema } from '../organisations/contracts.ts';

/**
 * Validators of single passport fields and the passport's vocabularies, shared by the API
 * requests (contracts.ts) and the portable export format (export-contract.ts), so an imported
 * file obeys exactly the rules a form does.
 */

/** 1 basic · 2 independent · 3 experienced · 4 expert */
export const skillLevelSchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be 1, 2, 3 or 4')
  .max(4, 'must be 1, 2, 3 or 4')
  .describe('Skill level: 1 basic · 2 independent · 3 experienced · 4 expert');

export const evidenceKinds = [
  'self',
  'coach_verified',
  'test',
  'certificate',
  'work_history',
] as const;
export const evidenceSchema = z
  .enum(evidenceKinds)
  .describe(
    'How the skill is known: self (self-declared), coach_verified (confirmed by a case manager), ' +
      'test, certificate, work_history (derived from a job in the work history)',
  );
export type Evidence = z.infer<typeof evidenceSchema>;

export const skillSources = ['work_history', 'informal', 'manual'] as const;
export const skillSourceSchema = z
  .enum(skillSources)
  .describe(
    'Where the skill entered the passport: work_history (suggested from a job), informal ' +
      '(volunteering, care at home, hobbies), manual (added by hand)',
  );
export type SkillSource = z.infer<typeof skillSourceSchema>;

export const contractTypes = [
  'permanent',
  'fixed_term',
  'temporary_agency',
  'on_call',
  'self_employed',
  'conditional',
] as const;
export const contractTypeSchema = z
  .enum(contractTypes)
  .describe(
    'permanent · fixed_term · temporary_agency (uitzend) · on_call · self_employed (zzp) · ' +
      'conditional (voorwaardelijk contract with job guarantee)',
  );
export type ContractType = z.infer<typeof contractTypeSchema>;

export const educationKinds = ['education', 'certificate'] as const;
export const educationKindSchema = z
  .enum(educationKinds)
  .describe('education (a course or diploma programme) or certificate (VCA, HACCP, licence…)');
export type EducationKind = z.infer<typeof educationKindSchema>;

export const completionStates = ['completed', 'in_progress', 'discontinued'] as const;
export const completionSchema = z.enum(completionStates).describe('Whether it was finished');
export type Completion = z.infer<typeof completionSchema>;

export const yearSchema = z
  .number()
  .int('must be a whole number')
  .min(1900, 'must be 1900 or later')
  .max(2100, 'must be 2100 or earlier');

export const dateSchema = z.iso.date('must be a date like 2025-09-01');

const text = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullable();

export const personalFields = {
  givenName: text(100).describe('Given name (voornaam)'),
  familyName: text(150).describe('Family name (achternaam), with prefixes ("van den Berg")'),
  email: z.email('must be an e-mail address').trim().toLowerCase().nullable().describe('E-mail'),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number like 06 12345678')
    .nullable()
    .describe('Phone number'),
  postcode: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{3} ?[A-Za-z]{2}$|^[1-9][0-9]{3}$/, 'must be a Dutch postcode like 5211 AB')
    .nullable()
    .describe('Dutch postcode (4 digits, optionally 2 letters); used for travel distance'),
  city: text(100).describe('Place of residence'),
  birthYear: yearSchema
    .nullable()
    .describe(
      'Year of birth. Kept for the case file and for age-bound schemes only: age is a protected ' +
        'attribute and is NEVER an input to matching or ranking.',
    ),
  summary: text(2000).describe('A few sentences in the candidate’s own words'),
};

export const workHistoryFields = {
  jobTitle: z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(200, 'must be at most 200 characters')
    .describe('The job title as the person says it ("medewerker bediening")'),
  employerName: text(200).describe('Employer'),
  sector: sectorSchema.nullable().describe('Sector code (care, hospitality, logistics, …)'),
  startYear: yearSchema.nullable().describe('First year in this job'),
  endYear: yearSchema.nullable().describe('Last year in this job; null while it lasts'),
  description: text(2000).describe('Tasks, in the person’s own words'),
  monthlySalary: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .nullable()
    .describe('Gross monthly salary in euros (for the old-vs-new employment comparison)'),
  hoursPerWeek: z.number().int().min(1).max(80).nullable().describe('Contract hours per week'),
};

export const educationFields = {
  kind: educationKindSchema,
  name: z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(200, 'must be at most 200 characters')
    .describe('Name of the course, diploma or certificate'),
  level: text(50).describe('Level (mbo-2, hbo, …) or the certificate’s scheme'),
  institution: text(200).describe('School or issuing body'),
  year: yearSchema.nullable().describe('Year obtained (or started, when in progress)'),
  completed: completionSchema.nullable(),
  validUntil: dateSchema.nullable().describe('Expiry date of a certificate (YYYY-MM-DD)'),
};

export const wishesFields = {
  sectors: z.array(sectorSchema).max(20).describe('Sector codes of interest'),
  hoursMin: z.number().int().min(1).max(60).nullable().describe('Fewest hours per week wanted'),
  hoursMax: z.number().int().min(1).max(60).nullable().describe('Most hours per week wanted'),
  maxTravelKm: z.number().int().min(0).max(500).nullable().describe('Maximum travel distance, km'),
  minMonthlySalary: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .nullable()
    .describe('Minimum gross monthly salary in euros'),
  earliestStart: dateSchema.nullable().describe('Earliest start date (YYYY-MM-DD)'),
  contractTypes: z.array(contractTypeSchema).max(contractTypes.length),
  trainingHoursPerWeek: z
    .number()
    .int()
    .min(0)
    .max(60)
    .nullable()
    .describe('Hours per week the person is willing to spend on training'),
};

export const skillNoteSchema = text(1000).describe('Free note (e.g. "mantelzorg voor moeder")');
