import { z } from 'zod';
import { conceptRefSchema, dateSchema, importReportFields } from './contracts.ts';

/**
 * Rapid response: a releasing employer reports threatened redundancy early (a notice) and
 * invites the affected employees (enrolments). Requests and responses, shared with web/.
 */

export const socialPlanFunds = ['training', 'transition_payment', 'outplacement', 'other'] as const;
export const socialPlanFundSchema = z
  .enum(socialPlanFunds)
  .describe('training · transition_payment (beyond the legal one) · outplacement · other');
export type SocialPlanFund = z.infer<typeof socialPlanFundSchema>;

export const noticeStatusSchema = z.enum(['open', 'closed']);
export type NoticeStatus = z.infer<typeof noticeStatusSchema>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const noticeFields = {
  expectedDate: dateSchema.describe('When the jobs are expected to end'),
  peopleCount: z.number().int().min(1, 'must be at least 1').max(100_000),
  occupationIds: z
    .array(z.number().int().positive())
    .max(50)
    .describe('The functions concerned, as occupations of the taxonomy'),
  reason: z
    .string()
    .trim()
    .min(3, 'must be at least 3 characters')
    .max(2000, 'must be at most 2000 characters'),
  socialPlan: z.boolean().describe('A social plan (sociaal plan) exists'),
  socialPlanFunds: z.array(socialPlanFundSchema).max(4).describe('What the social plan pays for'),
  contactName: optionalText(200),
  contactEmail: z.email('must be an e-mail address').trim().toLowerCase().nullable().optional(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number like 06 12345678')
    .nullable()
    .optional(),
};

export const createNoticeBody = z.object({
  ...noticeFields,
  occupationIds: noticeFields.occupationIds.default([]),
  socialPlan: noticeFields.socialPlan.default(false),
  socialPlanFunds: noticeFields.socialPlanFunds.default([]),
  employerId: z
    .uuid()
    .optional()
    .describe('Administrators only: the releasing employer; employers report for their own'),
});
export type CreateNoticeBody = z.infer<typeof createNoticeBody>;

export const updateNoticeBody = z
  .object({ ...noticeFields, status: noticeStatusSchema })
  .partial()
  .describe('Changed fields only; status closed ends the notice');
export type UpdateNoticeBody = z.infer<typeof updateNoticeBody>;

export const listNoticesQuery = z.object({
  since: z.iso
    .datetime({ offset: true, message: 'must be a time like 2025-09-01T08:00:00Z' })
    .optional()
    .describe('Only notices reported after this moment (what is new for a home page)'),
  status: noticeStatusSchema.optional(),
});
export type ListNoticesQuery = z.infer<typeof listNoticesQuery>;

export const noticeParams = z.object({ id: z.uuid() });

export const noticeSchema = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  employer: z.object({ id: z.uuid(), name: z.string() }),
  expectedDate: z.string(),
  peopleCount: z.number(),
  occupations: z.array(conceptRefSchema),
  reason: z.string(),
  socialPlan: z.boolean(),
  socialPlanFunds: z.array(socialPlanFundSchema),
  contact: z.object({
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  status: noticeStatusSchema,
  enrolments: z
    .object({ invited: z.number(), accepted: z.number(), declined: z.number() })
    .describe('Counts only: who they are is for the employer and, with consent, the case manager'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;

// ── Enrolments: one invitation per affected employee ─────────────────────────────────────────

export const employeeInput = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(200, 'must be at most 200 characters'),
  email: z.email('must be an e-mail address').trim().toLowerCase().nullable().optional(),
  functionTitle: z.string().trim().max(200).nullable().optional().describe('Their job title'),
  occupationId: z.number().int().positive().nullable().optional(),
  contractEndDate: dateSchema.nullable().optional(),
});
export type EmployeeInput = z.infer<typeof employeeInput>;

export const inviteEmployeesBody = z.object({
  employees: z.array(employeeInput).min(1, 'add at least one employee').max(2000),
});
export type InviteEmployeesBody = z.infer<typeof inviteEmployeesBody>;

export const enrolmentStatusSchema = z.enum(['invited', 'accepted', 'declined']);

export const enrolmentSchema = z.object({
  id: z.uuid(),
  noticeId: z.uuid(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  functionTitle: z.string().nullable(),
  occupation: conceptRefSchema.nullable(),
  contractEndDate: z.string().nullable(),
  status: enrolmentStatusSchema,
  invitedAt: z.string(),
  expiresAt: z.string().describe('The code stops working then; issue a new one after that'),
  expired: z.boolean().describe('Still invited, but the code no longer works'),
  respondedAt: z.string().nullable(),
  sharing: z
    .object({
      progress: z.boolean().describe('The person shares their progress with this employer now'),
      passport: z.boolean().describe('The person shares their passport with this employer now'),
    })
    .describe('What the person’s consent allows this employer to see, at the moment of reading'),
  progress: z
    .object({
      status: z.string().describe('registered | intake | active | dropped_out | closed'),
      step: z.number().nullable().describe('Step 1–7 of the chain'),
      outcome: z.string().nullable(),
    })
    .nullable()
    .describe('Only with progress consent and once a trajectory has started (the read is logged)'),
  personId: z
    .uuid()
    .nullable()
    .describe('Only with passport consent: open it with GET /api/employer/persons/:id'),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const enrolmentParams = z.object({ id: z.uuid(), enrolmentId: z.uuid() });

/** What a notice's history shows: the events, with who and which fields changed. */
export const noticeHistoryEntrySchema = z.object({
  id: z.uuid(),
  type: z.string(),
  occurredAt: z.string(),
  actor: z.object({ name: z.string(), role: z.string() }).nullable(),
  changed: z.array(z.string()).describe('Field names, for a change'),
  count: z.number().nullable().describe('How many employees, for an invitation'),
});
export type NoticeHistoryEntry = z.infer<typeof noticeHistoryEntrySchema>;

/** A new invitation: the only moment the code is shown. Only its hash is stored. */
export const invitationSchema = enrolmentSchema.extend({
  inviteCode: z
    .string()
    .describe('Give this code (or a link with it) to the employee; it is shown only now'),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const enrolmentImportReportSchema = z.object({
  ...importReportFields,
  preview: z
    .array(employeeInput.required())
    .describe('The employees as they would be invited (also on a dry run)'),
  invitations: z.array(invitationSchema).describe('Empty unless saved'),
});
export type EnrolmentImportReport = z.infer<typeof enrolmentImportReportSchema>;
