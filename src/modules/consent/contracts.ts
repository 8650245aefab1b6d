import { z } from 'zod';
import { roleSchema } from '../auth/contracts.ts';
import { passportExportSchema } from '../people/contracts.ts';
import { trajectorySchema } from '../trajectories/view-contracts.ts';
import { accessKindSchema, consentPurposeSchema } from './purposes.ts';

export * from './purposes.ts';

export const personParams = z.object({ id: z.uuid() });
export const consentParams = z.object({ id: z.uuid(), consentId: z.uuid() });

export const grantConsentBody = z.object({
  purpose: consentPurposeSchema,
  recipientOrganisationId: z
    .uuid()
    .nullable()
    .describe(
      'The organisation that may see the data; null = every hiring employer (passport purpose only)',
    ),
  expiresAt: z.iso
    .datetime({ offset: true, message: 'must be a date-time like 2026-06-30T23:59:59Z' })
    .nullable()
    .optional()
    .describe('When the consent lapses by itself; none = until withdrawn'),
});
export type GrantConsentBody = z.infer<typeof grantConsentBody>;

const ref = z.object({ id: z.uuid(), name: z.string() });

export const consentSchema = z.object({
  id: z.uuid(),
  purpose: consentPurposeSchema,
  recipient: ref.nullable().describe('null = every hiring employer'),
  grantedAt: z.string(),
  expiresAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  status: z.enum(['in_force', 'expired', 'withdrawn']),
  givenVia: z.enum(['candidate', 'case_manager']),
  grantedBy: ref.nullable(),
  withdrawnBy: ref.nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

export const consentRecipientsSchema = z.array(
  z.object({
    purpose: consentPurposeSchema,
    recipients: z.array(
      ref.extend({
        isCurrentEmployer: z
          .boolean()
          .describe('The person’s current (releasing) employer, to offer first'),
      }),
    ),
  }),
);
export type ConsentRecipients = z.infer<typeof consentRecipientsSchema>;

export const accessLogEntrySchema = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  what: accessKindSchema,
  reader: ref,
  readerRole: roleSchema.nullable().describe('The reader’s role; null once the account is gone'),
  organisation: ref.nullable(),
  consent: z.object({ id: z.uuid(), purpose: consentPurposeSchema }).nullable(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

const skillSchema = z.object({
  uri: z.string(),
  label: z.string().nullable(),
  level: z.number(),
  evidence: z.string(),
});

/** What an employer sees of a person: as far as the candidate's consent goes. */
export const employerPersonViewSchema = z.object({
  personId: z.uuid(),
  pseudonym: z.string(),
  access: z.object({
    passport: z.boolean().describe('Passport consent for this employer: name and whole passport'),
    progress: z.boolean().describe('Progress consent for this releasing employer: step and status'),
  }),
  personal: z
    .object({
      givenName: z.string().nullable(),
      familyName: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      city: z.string().nullable(),
      summary: z.string().nullable(),
    })
    .nullable(),
  workHistory: z
    .array(
      z.object({
        jobTitle: z.string(),
        employerName: z.string().nullable(),
        sector: z.string().nullable(),
        startYear: z.number().nullable(),
        endYear: z.number().nullable(),
      }),
    )
    .nullable(),
  education: z
    .array(
      z.object({
        kind: z.string(),
        name: z.string(),
        level: z.string().nullable(),
        year: z.number().nullable(),
      }),
    )
    .nullable(),
  skills: z.array(skillSchema).describe('Always shown: skills are what matching is about'),
  progress: z
    .object({
      givenName: z.string().nullable(),
      familyName: z.string().nullable(),
      status: z.string(),
      step: z.number().nullable(),
      startedAt: z.string(),
      outcome: z.string().nullable(),
    })
    .nullable(),
});
export type EmployerPersonView = z.infer<typeof employerPersonViewSchema>;

export const DATA_EXPORT_FORMAT = 'overstap.personal-data/v1';

export const dataExportSchema = z.object({
  format: z.literal(DATA_EXPORT_FORMAT),
  exportedAt: z.string(),
  person: z.object({
    id: z.uuid(),
    pseudonym: z.string(),
    caseOrganisation: ref.nullable(),
    currentEmployer: ref.nullable(),
    createdAt: z.string(),
  }),
  passport: passportExportSchema,
  account: z
    .object({
      email: z.string(),
      name: z.string(),
      role: z.string(),
      locale: z.string(),
      createdAt: z.string(),
      lastLoginAt: z.string().nullable(),
    })
    .nullable(),
  trajectories: z.array(trajectorySchema),
  consents: z.array(consentSchema),
  accessLog: z.array(accessLogEntrySchema),
  redundancyEnrolments: z.array(
    z.object({
      noticeId: z.uuid(),
      employer: ref.nullable(),
      name: z.string().nullable(),
      email: z.string().nullable(),
      functionTitle: z.string().nullable(),
      status: z.string(),
      invitedAt: z.string(),
      respondedAt: z.string().nullable(),
    }),
  ),
  events: z.array(
    z.object({
      type: z.string(),
      occurredAt: z.string(),
      subjectType: z.string(),
      subjectId: z.string(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type DataExport = z.infer<typeof dataExportSchema>;

export const erasureResultSchema = z.object({
  personId: z.uuid(),
  erasedAt: z.string(),
  trajectories: z.number(),
  accountDeactivated: z.boolean(),
});
export type ErasureResult = z.infer<typeof erasureResultSchema>;

export interface RetentionResult {
  months: number;
  cutoff: string;
  dryRun: boolean;
  trajectoriesScrubbed: number;
  personsErased: number;
}
