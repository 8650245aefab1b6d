import { z } from 'zod';
import { sectorSchema } from '../organisations/contracts.ts';
import { dateSchema } from '../people/field-rules.ts';
import { chainStatuses } from './chain.ts';
import {
  closureReasonSchema,
  digitalSkillsSchema,
  dropoutReasonSchema,
  outcomeKindSchema,
  placementRouteSchema,
  stepReasonSchema,
  trajectorySourceSchema,
  triageGroupSchema,
} from './vocabularies.ts';

export * from './plan-contracts.ts';
export * from './activity-contracts.ts';
export * from './placement-contracts.ts';
export * from './view-contracts.ts';

/** A free text of at most `max` characters; '' is taken as "not given" by the use cases. */
export const note = (max = 2000) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullable();

export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(max, `must be at most ${max} characters`);

export const stepSchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be a step 1–7')
  .max(7, 'must be a step 1–7')
  .describe(
    '1 registration & employer guidance · 2 coaching & competences · 3 matching · 4 selection · ' +
      '5 training · 6 start new job · 7 guidance & aftercare',
  );

export const chainStatusSchema = z.enum(chainStatuses);

export const trajectoryParams = z.object({ id: z.uuid() });
export const personTrajectoryParams = z.object({ id: z.uuid() });

export const startTrajectoryBody = z.object({
  personId: z.uuid().describe('The person (a case manager’s caseload, or the candidate’s own)'),
  source: trajectorySourceSchema.default('self'),
  releasingEmployerId: z
    .uuid()
    .nullable()
    .optional()
    .describe('The releasing employer; by default the person’s current employer'),
  oldSector: sectorSchema
    .nullable()
    .optional()
    .describe(
      'Sector (industry) being left; by default the releasing employer’s, else that of the current job',
    ),
});
export type StartTrajectoryBody = z.infer<typeof startTrajectoryBody>;

export const obstacleKinds = ['language', 'debts', 'health', 'care_duties', 'other'] as const;
export const obstacleSchema = z.enum(obstacleKinds);
export type Obstacle = z.infer<typeof obstacleSchema>;

export const intakeBody = z
  .object({
    situation: note(4000).describe('Work, income, household: the situation now'),
    motivation: note(2000),
    wishes: note(2000).describe('Wishes for work, in the candidate’s words'),
    obstacles: z
      .array(obstacleSchema)
      .max(5)
      .describe('Only the case team sees these; they never enter the event log'),
    obstacleNote: note(2000).describe('How the obstacles play out; case team only'),
    digitalSkills: digitalSkillsSchema.nullable(),
  })
  .partial();
export type IntakeBody = z.infer<typeof intakeBody>;

export const triageBody = z.object({
  group: triageGroupSchema,
  reason: requiredText(1000).describe('Why this group'),
});
export type TriageBody = z.infer<typeof triageBody>;

export const stepBody = z.object({
  step: stepSchema,
  reason: stepReasonSchema,
  note: note().optional(),
});
export type StepBody = z.infer<typeof stepBody>;

export const dropoutBody = z.object({
  reason: dropoutReasonSchema,
  note: note().optional(),
});
export type DropoutBody = z.infer<typeof dropoutBody>;

export const reentryBody = z.object({
  step: stepSchema.optional().describe('By default the step left; an earlier one may be chosen'),
  note: note().optional(),
});
export type ReentryBody = z.infer<typeof reentryBody>;

export const outcomeBody = z.object({
  outcome: outcomeKindSchema,
  sector: sectorSchema.nullable().optional().describe('The sector of the new work or training'),
  route: placementRouteSchema.nullable().optional(),
  note: note().optional(),
});
export type OutcomeBody = z.infer<typeof outcomeBody>;

export const closeBody = z.object({
  reason: closureReasonSchema,
  note: note().optional(),
});
export type CloseBody = z.infer<typeof closeBody>;

export const listTrajectoriesQuery = z.object({
  status: chainStatusSchema.optional(),
  step: z.coerce.number().int().min(1).max(7).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListTrajectoriesQuery = z.infer<typeof listTrajectoriesQuery>;

export const worklistQuery = z.object({
  withinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(90)
    .default(14)
    .describe('Evaluations and check-ins due within this many days (and overdue ones)'),
});
export type WorklistQuery = z.infer<typeof worklistQuery>;

export { dateSchema };
