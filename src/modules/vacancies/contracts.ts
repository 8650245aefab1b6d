import { z } from 'zod';
import { employmentConditionsInput, employmentConditionsSchema } from './employment-conditions.ts';
import { importFileBody, importReportFields } from './import-contracts.ts';

/**
 * Vacancies described as tasks and skills (job carving): requests and responses, shared with
 * web/. Redundancy notices live in redundancy-contracts.ts, file imports in import-contracts.ts,
 * the employment-conditions template in employment-conditions.ts.
 */

export * from './import-contracts.ts';
export * from './employment-conditions.ts';

// ── Vocabularies ────────────────────────────────────────────────────────────────────────────

export const vacancyStatuses = ['draft', 'open', 'paused', 'filled', 'closed'] as const;
export const vacancyStatusSchema = z
  .enum(vacancyStatuses)
  .describe('draft → open ↔ paused → filled | closed (filled and closed are final)');
export type VacancyStatus = z.infer<typeof vacancyStatusSchema>;

/**
 * Spelled as the candidate's wishes spell them (people module), so the two compare directly.
 * A conditional contract (job guarantee) is the separate flag `conditionalContract`.
 */
export const vacancyContractTypes = [
  'permanent',
  'fixed_term',
  'temporary_agency',
  'on_call',
  'trial_job',
  'apprenticeship',
] as const;
export const vacancyContractTypeSchema = z
  .enum(vacancyContractTypes)
  .describe(
    'permanent · fixed_term · temporary_agency (uitzend) · on_call · trial_job (oriëntatiebaan) · ' +
      'apprenticeship (leerwerkbaan, BBL)',
  );
export type VacancyContractType = z.infer<typeof vacancyContractTypeSchema>;

export const importanceSchema = z.enum(['essential', 'optional']);
export type Importance = z.infer<typeof importanceSchema>;

export const requiredLevelSchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be 1, 2, 3 or 4')
  .max(4, 'must be 1, 2, 3 or 4')
  .describe('Minimum level: 1 basic · 2 independent · 3 experienced · 4 expert');

export const dateSchema = z.iso.date('must be a date like 2025-09-01');

export const dutchPostcodeSchema = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{3} ?[A-Za-z]{2}$|^[1-9][0-9]{3}$/, 'must be a Dutch postcode like 5211 AB');

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

/** A concept of the taxonomy as responses show it; the UI picks the label of its language. */
export const conceptRefSchema = z.object({
  id: z.number().int(),
  uri: z.string(),
  labelNl: z.string(),
  labelEn: z.string().nullable(),
});
export type ConceptRef = z.infer<typeof conceptRefSchema>;

// ── Requirements ─────────────────────────────────────────────────────────────────────────────

export const requirementInput = z.object({
  skillId: z.number().int().positive(),
  importance: importanceSchema,
  learnable: z
    .boolean()
    .default(false)
    .describe('The employer teaches it on the job (a missing skill then does not block)'),
  minLevel: requiredLevelSchema.default(1),
});
export type RequirementInput = z.infer<typeof requirementInput>;

export const requirementSchema = z.object({
  skill: conceptRefSchema,
  importance: importanceSchema,
  learnable: z.boolean(),
  minLevel: z.number().int(),
  /** Normally proven by a certificate or licence (VCA, heftruckcertificaat, BIG). */
  certificate: z.boolean(),
});
export type Requirement = z.infer<typeof requirementSchema>;

export const setRequirementsBody = z.object({
  requirements: z.array(requirementInput).max(60, 'must list at most 60 skills'),
});
export type SetRequirementsBody = z.infer<typeof setRequirementsBody>;

export const suggestRequirementsQuery = z.object({
  occupationId: z.coerce.number().int().positive(),
});

// ── Vacancy requests ─────────────────────────────────────────────────────────────────────────

const hours = z.number().int('must be a whole number').min(1).max(60);
const salary = z
  .number()
  .int('must be a whole number')
  .min(0)
  .max(20_000)
  .describe('Gross monthly salary in euros');

export const vacancyFields = {
  title: text(2, 200).describe('Job title as the employer advertises it'),
  occupationId: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('The occupation of the taxonomy (from /api/taxonomy/occupations)'),
  tasks: z
    .array(text(2, 300))
    .max(40, 'must list at most 40 tasks')
    .describe('The tasks of the job, one per line: what job carving splits'),
  description: text(0, 5000).nullable(),
  hoursMin: hours.nullable().describe('Hours per week, lower bound'),
  hoursMax: hours.nullable().describe('Hours per week, upper bound'),
  salaryMin: salary.nullable(),
  salaryMax: salary.nullable(),
  postcode: dutchPostcodeSchema.nullable(),
  city: text(2, 100).nullable(),
  startDate: dateSchema.nullable(),
  positions: z.number().int().min(1).max(500).describe('Number of people wanted'),
  contractType: vacancyContractTypeSchema.nullable(),
  conditionalContract: z
    .boolean()
    .describe('A conditional contract (job guarantee) is offered with a training'),
  jobShadowing: z.boolean().describe('Job shadowing (meeloopstage) is offered'),
  conditions: employmentConditionsInput,
};

export const createVacancyBody = z.object({
  ...vacancyFields,
  tasks: vacancyFields.tasks.default([]),
  occupationId: vacancyFields.occupationId.optional(),
  description: vacancyFields.description.optional(),
  hoursMin: vacancyFields.hoursMin.optional(),
  hoursMax: vacancyFields.hoursMax.optional(),
  salaryMin: vacancyFields.salaryMin.optional(),
  salaryMax: vacancyFields.salaryMax.optional(),
  postcode: vacancyFields.postcode.optional(),
  city: vacancyFields.city.optional(),
  startDate: vacancyFields.startDate.optional(),
  positions: vacancyFields.positions.default(1),
  contractType: vacancyFields.contractType.optional(),
  conditionalContract: vacancyFields.conditionalContract.default(false),
  jobShadowing: vacancyFields.jobShadowing.default(false),
  conditions: employmentConditionsInput.default({}),
  status: z.enum(['draft', 'open']).default('open').describe('Post at once, or keep as a draft'),
  fromOccupation: z
    .boolean()
    .default(false)
    .describe(
      "Start the requirements from the occupation's skills (essential → essential, optional → " +
        'optional); entries in `requirements` then override or add to them',
    ),
  requirements: z.array(requirementInput).max(60, 'must list at most 60 skills').default([]),
  employerId: z
    .uuid()
    .optional()
    .describe('Administrators only: the hiring employer; employers always post for their own'),
});
export type CreateVacancyBody = z.infer<typeof createVacancyBody>;

export const updateVacancyBody = z
  .object(vacancyFields)
  .partial()
  .describe('Changed fields only; status, requirements and carving have their own routes');
export type UpdateVacancyBody = z.infer<typeof updateVacancyBody>;

export const changeVacancyStatusBody = z.object({
  status: vacancyStatusSchema,
  reason: text(0, 500).optional().describe('Why (kept in the history)'),
});
export type ChangeVacancyStatusBody = z.infer<typeof changeVacancyStatusBody>;

const carvedRequirement = z.object({
  skillId: z.number().int().positive(),
  importance: importanceSchema.optional(),
  learnable: z.boolean().optional(),
  minLevel: requiredLevelSchema.optional(),
});

export const carvePartSchema = z.object({
  title: text(2, 200),
  tasks: z.array(text(2, 300)).min(1, 'give this part at least one task').max(40),
  requirements: z
    .array(carvedRequirement)
    .max(60)
    .default([])
    .describe(
      "Which of the original's requirements this part keeps (a skill may go to both parts), " +
        'with the level, importance or learnability this part asks',
    ),
  occupationId: vacancyFields.occupationId.optional().describe("Default: the original's"),
  hoursMin: hours.nullable().optional(),
  hoursMax: hours.nullable().optional(),
  salaryMin: salary.nullable().optional(),
  salaryMax: salary.nullable().optional(),
  positions: vacancyFields.positions.optional().describe("Default: the original's"),
});
export type CarvePart = z.infer<typeof carvePartSchema>;

export const carveVacancyBody = z.object({
  a: carvePartSchema.describe('The first new vacancy, e.g. the tasks at the higher level'),
  b: carvePartSchema.describe('The second new vacancy, e.g. the tasks that need less training'),
  reason: text(0, 500).optional(),
});
export type CarveVacancyBody = z.infer<typeof carveVacancyBody>;

const booleanQuery = z.enum(['true', 'false']);

export const listVacanciesQuery = z.object({
  status: vacancyStatusSchema.optional().describe('Case managers and candidates only see open'),
  employerId: z.uuid().optional(),
  occupationId: z.coerce.number().int().positive().optional(),
  sector: z.string().trim().max(40).optional().describe("The occupation's sector code"),
  skillId: z.coerce.number().int().positive().optional().describe('Requires this skill'),
  city: z.string().trim().max(100).optional(),
  conditionalContract: booleanQuery.optional(),
  jobShadowing: booleanQuery.optional(),
  q: z.string().trim().max(200).optional().describe('Words in the title or tasks'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListVacanciesQuery = z.infer<typeof listVacanciesQuery>;

export const vacancyParams = z.object({ id: z.uuid() });

// ── Vacancy responses ────────────────────────────────────────────────────────────────────────

export const vacancySchema = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  employer: z.object({ id: z.uuid(), name: z.string() }),
  title: z.string(),
  occupation: conceptRefSchema.nullable(),
  sector: z.string().nullable().describe("The occupation's sector, else the employer's"),
  tasks: z.array(z.string()),
  description: z.string().nullable(),
  hoursMin: z.number().nullable(),
  hoursMax: z.number().nullable(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  lat: z.number().nullable().describe('From the gazetteer; null when the place is unknown'),
  lon: z.number().nullable(),
  startDate: z.string().nullable(),
  positions: z.number(),
  contractType: vacancyContractTypeSchema.nullable(),
  conditionalContract: z.boolean(),
  jobShadowing: z.boolean(),
  conditions: employmentConditionsSchema,
  status: vacancyStatusSchema,
  nextStatuses: z.array(vacancyStatusSchema).describe('Where the status may go from here'),
  carvedFromId: z.uuid().nullable(),
  requirements: z.array(requirementSchema),
  createdByUserId: z
    .uuid()
    .nullable()
    .optional()
    .describe("Employer-internal: only the employer's own staff and administrators see it"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Vacancy = z.infer<typeof vacancySchema>;

export const carveResultSchema = z.object({
  original: vacancySchema,
  a: vacancySchema,
  b: vacancySchema,
});
export type CarveResult = z.infer<typeof carveResultSchema>;

export const historyEntrySchema = z.object({
  id: z.uuid(),
  type: z.string().describe('vacancy.posted, vacancy.status_changed, vacancy.carved, …'),
  occurredAt: z.string(),
  actor: z.object({ userId: z.uuid(), name: z.string(), role: z.string() }).nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

// ── Importing a vacancy list ─────────────────────────────────────────────────────────────────

export const importVacanciesBody = importFileBody.extend({
  employerId: z.uuid().optional().describe('Administrators only: the hiring employer'),
});
export type ImportVacanciesBody = z.infer<typeof importVacanciesBody>;

export const vacancyImportReportSchema = z.object({
  ...importReportFields,
  preview: z
    .array(
      z.object({
        row: z.number().int(),
        title: z.string(),
        occupationId: z.number().int().nullable(),
        requirementsFromOccupation: z.boolean(),
        skillIds: z.array(z.number().int()),
        city: z.string().nullable(),
        startDate: z.string().nullable(),
        positions: z.number().int(),
      }),
    )
    .describe('The valid rows as they would be saved (also on a dry run)'),
  vacancyIds: z.array(z.uuid()).describe('The new vacancies; empty unless saved'),
});
export type VacancyImportReport = z.infer<typeof vacancyImportReportSchema>;
