import { z } from 'zod';
import { dateSchema } from '../people/field-rules.ts';
import { appointmentKindSchema, goalPartySchema, goalProgressSchema } from './vocabularies.ts';

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);
const optionalNote = (max: number) => text(0, max).nullable().optional();

export const goalParams = z.object({ id: z.uuid(), goalId: z.uuid() });
export const appointmentParams = z.object({ id: z.uuid(), appointmentId: z.uuid() });

export const goalBody = z.object({
  title: text(2, 300),
  description: optionalNote(2000),
  dueOn: dateSchema,
  agreedWith: z
    .array(goalPartySchema)
    .min(1, 'must name who agreed the goal')
    .describe('candidate, case_manager and (once placed) work_supervisor'),
});
export type GoalBody = z.infer<typeof goalBody>;

export const evaluationBody = z.object({
  progress: goalProgressSchema,
  note: optionalNote(2000),
  adjustedTitle: text(2, 300).optional().describe('The goal as adjusted'),
  adjustedDueOn: dateSchema.optional(),
});
export type EvaluationBody = z.infer<typeof evaluationBody>;

export const appointmentBody = z.object({
  kind: appointmentKindSchema,
  startsAt: z.iso.datetime({
    offset: true,
    message: 'must be a date-time like 2025-09-01T10:00:00Z',
  }),
  title: optionalNote(200),
  location: optionalNote(200),
});
export type AppointmentBody = z.infer<typeof appointmentBody>;
