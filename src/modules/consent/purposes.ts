import { z } from 'zod';

/**
 * What a candidate can consent to (DESIGN.md, Privacy): share the passport with hiring employers
 * (otherwise they see a pseudonym and skills only), share progress with the releasing employer,
 * share the case with partner organisations (UWV, municipality, union, provider).
 */
export const consentPurposes = [
  'passport_to_hiring_employer',
  'progress_to_releasing_employer',
  'case_to_partner',
] as const;
export const consentPurposeSchema = z
  .enum(consentPurposes)
  .describe(
    'passport_to_hiring_employer (name and whole passport instead of a pseudonym) · ' +
      'progress_to_releasing_employer (step and status of the trajectory) · ' +
      'case_to_partner (the whole case, for a partner organisation’s staff)',
  );
export type ConsentPurpose = z.infer<typeof consentPurposeSchema>;

/** What was read, in the access log. */
export const accessKinds = ['passport', 'pseudonymous_profile', 'progress', 'case'] as const;
export const accessKindSchema = z.enum(accessKinds);
export type AccessKind = z.infer<typeof accessKindSchema>;

export const consentGivenVia = ['candidate', 'case_manager'] as const;
export type ConsentGivenVia = (typeof consentGivenVia)[number];
