import { z } from 'zod';
import { localeSchema, passwordSchema } from '../auth/contracts.ts';

/**
 * The employee's side of an enrolment: they look up the invitation with its code, and accept it
 * — signed in as a candidate, or creating their candidate account on the spot — choosing what
 * their employer may see. Requests and responses, shared with web/.
 */

export const invitationCodeSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(40, 'must be at most 40 characters')
  .describe('The code from the invitation, like 7KQ4-M2XD-9RTA (case and dashes do not matter)');

export const lookupInvitationBody = z.object({ code: invitationCodeSchema });
export type LookupInvitationBody = z.infer<typeof lookupInvitationBody>;

/** What the holder of a valid code learns: who invites them and until when. */
export const invitationPreviewSchema = z.object({
  employer: z.object({ id: z.uuid(), name: z.string() }),
  employerHires: z
    .boolean()
    .describe('The employer also hires: the passport can be shared with it too'),
  name: z.string().nullable().describe('The name the employer gave'),
  email: z.string().nullable().describe('The e-mail address the employer gave'),
  functionTitle: z.string().nullable(),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const newAccountSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(200, 'must be at most 200 characters'),
  email: z.email('must be an e-mail address').trim().toLowerCase(),
  password: passwordSchema,
  locale: localeSchema.default('nl'),
});

export const acceptInvitationBody = z.object({
  code: invitationCodeSchema,
  share: z
    .object({
      progress: z
        .boolean()
        .describe('Share my progress (step and status of my trajectory) with this employer'),
      passport: z
        .boolean()
        .default(false)
        .describe('Share my whole passport with this employer (only when it also hires)'),
    })
    .describe('What the employer may see; both false = only that I accepted, and counts'),
  account: newAccountSchema
    .optional()
    .describe('Without a session: the candidate account to create (and sign in with)'),
  caseOrganisationId: z
    .uuid()
    .nullable()
    .optional()
    .describe('For a new passport: the case organisation (UWV, municipality, …) to work with'),
});
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBody>;

export const acceptedInvitationSchema = z.object({
  enrolmentId: z.uuid(),
  personId: z.uuid(),
  employer: z.object({ id: z.uuid(), name: z.string() }),
  sharing: z.object({ progress: z.boolean(), passport: z.boolean() }),
  accountCreated: z.boolean().describe('A new candidate account was made and signed in'),
  passportCreated: z.boolean().describe('A new, empty passport was started'),
});
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;
