import { z } from 'zod';
import {
  educationFields,
  evidenceSchema,
  personalFields,
  skillLevelSchema,
  skillNoteSchema,
  skillSourceSchema,
  wishesFields,
  workHistoryFields,
} from './field-rules.ts';

export * from './field-rules.ts';
export * from './export-contract.ts';

// ── Requests ────────────────────────────────────────────────────────────────────────────────

const caseOrganisationId = z
  .uuid()
  .nullable()
  .describe(
    'The organisation whose case managers may read and edit this passport. Only the candidate ' +
      'chooses it (null withdraws it); a case manager’s new persons belong to their own organisation.',
  );

export const createPersonBody = z
  .object({ ...personalFields, caseOrganisationId })
  .partial()
  .describe('A new passport: a case manager creates one for their organisation; a candidate once');
export type CreatePersonBody = z.infer<typeof createPersonBody>;

export const updatePersonBody = createPersonBody.describe('Changed personal fields only');
export type UpdatePersonBody = z.infer<typeof updatePersonBody>;

export const workHistoryBody = z.object({
  ...workHistoryFields,
  occupationId: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('The occupation of the taxonomy this job is (from /api/taxonomy/job-titles)'),
});
export const addWorkHistoryBody = workHistoryBody.partial().required({ jobTitle: true });
export type AddWorkHistoryBody = z.infer<typeof addWorkHistoryBody>;
export const updateWorkHistoryBody = workHistoryBody.partial();
export type UpdateWorkHistoryBody = z.infer<typeof updateWorkHistoryBody>;

export const saveSkillBody = z.object({
  level: skillLevelSchema,
  evidence: evidenceSchema
    .optional()
    .describe(
      'Omit to keep the current evidence (self for a new skill). Candidates may choose self or ' +
        'work_history, and certificate with certificateEntryId; case managers any.',
    ),
  source: skillSourceSchema.optional().describe('Omit to keep the current source (manual if new)'),
  note: skillNoteSchema.optional(),
  certificateEntryId: z
    .uuid()
    .optional()
    .describe('The education/certificate entry of this passport that proves the skill'),
});
export type SaveSkillBody = z.infer<typeof saveSkillBody>;

export const confirmSkillBody = z.object({
  level: skillLevelSchema.optional().describe('The level the case manager confirms, if different'),
});
export type ConfirmSkillBody = z.infer<typeof confirmSkillBody>;

export const addEducationBody = z
  .object(educationFields)
  .partial()
  .required({ kind: true, name: true });
export type AddEducationBody = z.infer<typeof addEducationBody>;

export const setWishesBody = z.object({
  ...wishesFields,
  sectors: wishesFields.sectors.default([]),
  contractTypes: wishesFields.contractTypes.default([]),
  occupationIds: z.array(z.number().int().positive()).max(20).default([]),
  hoursMin: wishesFields.hoursMin.optional(),
  hoursMax: wishesFields.hoursMax.optional(),
  maxTravelKm: wishesFields.maxTravelKm.optional(),
  minMonthlySalary: wishesFields.minMonthlySalary.optional(),
  earliestStart: wishesFields.earliestStart.optional(),
  trainingHoursPerWeek: wishesFields.trainingHoursPerWeek.optional(),
});
export type SetWishesBody = z.infer<typeof setWishesBody>;

export const personParams = z.object({ id: z.uuid() });
export const entryParams = z.object({ id: z.uuid(), entryId: z.uuid() });
export const skillParams = z.object({ id: z.uuid(), skillId: z.coerce.number().int().positive() });

export const listPersonsQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Part of a name or the pseudonym'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListPersonsQuery = z.infer<typeof listPersonsQuery>;

// ── Responses ───────────────────────────────────────────────────────────────────────────────

export const conceptRefSchema = z.object({
  id: z.number().int(),
  uri: z.string(),
  labelNl: z.string().nullable(),
  labelEn: z.string().nullable(),
});
export type ConceptRef = z.infer<typeof conceptRefSchema>;

export const personalDataSchema = z.object(personalFields);
export type PersonalData = z.infer<typeof personalDataSchema>;

export const workHistoryEntrySchema = z.object({
  id: z.uuid(),
  ...workHistoryFields,
  occupation: conceptRefSchema.nullable(),
});
export type WorkHistoryEntry = z.infer<typeof workHistoryEntrySchema>;

export const educationEntrySchema = z.object({ id: z.uuid(), ...educationFields });
export type EducationEntry = z.infer<typeof educationEntrySchema>;

export const passportSkillSchema = conceptRefSchema.extend({
  level: skillLevelSchema,
  evidence: evidenceSchema,
  source: skillSourceSchema,
  note: z.string().nullable(),
  confirmedBy: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
  confirmedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type PassportSkill = z.infer<typeof passportSkillSchema>;

export const wishesSchema = z.object({
  ...wishesFields,
  occupations: z.array(conceptRefSchema),
  updatedAt: z.string(),
});
export type Wishes = z.infer<typeof wishesSchema>;

export const passportSchema = z.object({
  id: z.uuid(),
  pseudonym: z.string().describe('What employers see until the candidate consents (K-7Q4M)'),
  regionId: z.uuid(),
  hasAccount: z.boolean().describe('Whether the candidate signs in to Overstap themself'),
  caseOrganisationId: z.uuid().nullable(),
  currentEmployerId: z.uuid().nullable(),
  personal: personalDataSchema,
  workHistory: z.array(workHistoryEntrySchema),
  education: z.array(educationEntrySchema),
  skills: z.array(passportSkillSchema),
  wishes: wishesSchema.nullable(),
  permissions: z
    .object({ edit: z.boolean(), confirmSkills: z.boolean() })
    .describe('What the signed-in user may do with this passport (the UI shows buttons by it)'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Passport = z.infer<typeof passportSchema>;

export const personSummarySchema = z.object({
  id: z.uuid(),
  pseudonym: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  city: z.string().nullable(),
  hasAccount: z.boolean(),
  skillCount: z.number().int(),
  updatedAt: z.string(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const skillSuggestionSchema = conceptRefSchema.extend({
  fromJobs: z
    .array(z.object({ entryId: z.uuid(), jobTitle: z.string(), occupation: conceptRefSchema }))
    .describe('The jobs of the work history whose occupation needs this skill'),
});
export type SkillSuggestion = z.infer<typeof skillSuggestionSchema>;

export const historyEntrySchema = z.object({
  id: z.uuid(),
  type: z.string().describe('person.created, person.skill_saved, person.passport_imported, …'),
  occurredAt: z.string(),
  actor: z.object({ userId: z.uuid(), name: z.string(), role: z.string() }).nullable(),
  data: z
    .record(z.string(), z.unknown())
    .describe(
      'What changed: field names, entry ids, skill URIs and levels — never personal values',
    ),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const importNoticeSchema = z.object({ path: z.string(), message: z.string() });
export type ImportNotice = z.infer<typeof importNoticeSchema>;

export const importResultSchema = z.object({
  passport: passportSchema,
  notices: z
    .array(importNoticeSchema)
    .describe('What was adjusted on import, e.g. evidence a candidate may not claim themself'),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** A case organisation a candidate can choose: its case managers then see their passport. */
export const caseOrganisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kinds: z
    .array(z.string())
    .describe('public_employment_service (UWV) · municipality · union · initiative'),
  city: z.string().nullable(),
});
export type CaseOrganisation = z.infer<typeof caseOrganisationSchema>;
