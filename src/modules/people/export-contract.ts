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

/**
 * The portable skills passport, format `overstap.passport/v1`.
 *
 * Skills and occupations are identified by their taxonomy URI (ESCO or the starter scheme),
 * never by database ids, so the file can be imported into another Overstap installation.
 * Labels are there for people reading the file and are ignored on import. Ids of this
 * installation (person, entries, users, organisations) and the pseudonym are left out.
 * A breaking change to this shape gets a new format string (`…/v2`); v1 stays importable.
 */
export const PASSPORT_FORMAT = 'overstap.passport/v1';

const label = z.string().nullable().optional().describe('Human-readable label; ignored on import');

export const exportedWorkHistorySchema = z
  .object({
    ...workHistoryFields,
    occupationUri: z
      .string()
      .min(1)
      .max(500)
      .nullable()
      .describe('URI of the occupation in the taxonomy (ESCO or urn:overstap:starter:…), or null'),
    occupationLabel: label,
  })
  .describe('One job of the work history');

export const exportedEducationSchema = z
  .object(educationFields)
  .describe('One course, diploma or certificate');

export const exportedSkillSchema = z
  .object({
    uri: z.string().min(1).max(500).describe('URI of the skill in the taxonomy'),
    label,
    level: skillLevelSchema,
    evidence: evidenceSchema.describe(
      'How the skill is known. When a candidate imports their own file, coach_verified and test ' +
        'become self (this installation has not verified them); certificate stays only when the ' +
        'file lists a certificate.',
    ),
    source: skillSourceSchema,
    note: skillNoteSchema,
    confirmedAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .describe('When a case manager confirmed the skill (who is not exported)'),
  })
  .describe('One skill of the passport');

export const exportedWishesSchema = z
  .object({
    ...wishesFields,
    occupationUris: z
      .array(z.string().min(1).max(500))
      .max(20)
      .describe('URIs of the occupations of interest'),
  })
  .describe('What work the person is looking for');

export const passportExportSchema = z
  .object({
    format: z.literal(PASSPORT_FORMAT).describe('Always "overstap.passport/v1" for this shape'),
    exportedAt: z.iso.datetime({ offset: true }).describe('When the file was made (ISO 8601)'),
    person: z.object(personalFields).describe('Personal data'),
    workHistory: z.array(exportedWorkHistorySchema).max(100),
    education: z.array(exportedEducationSchema).max(100),
    skills: z
      .array(exportedSkillSchema)
      .max(1000)
      .describe('Each skill URI at most once; unknown URIs are reported as skills[i].uri'),
    wishes: exportedWishesSchema.nullable(),
  })
  .describe(
    'A skills passport as a portable file (overstap.passport/v1). Birth year is part of the ' +
      'file because it is part of the person’s data; it is never used for matching.',
  );
export type PassportExport = z.infer<typeof passportExportSchema>;
export type ExportedSkill = z.infer<typeof exportedSkillSchema>;
export type ExportedWorkHistory = z.infer<typeof exportedWorkHistorySchema>;
export type ExportedEducation = z.infer<typeof exportedEducationSchema>;
export type ExportedWishes = z.infer<typeof exportedWishesSchema>;
