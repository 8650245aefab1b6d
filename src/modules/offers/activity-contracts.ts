import { z } from 'zod';
import { sectorSchema } from '../organisations/contracts.ts';
import { conceptRefSchema, dateSchema } from '../vacancies/contracts.ts';

/** Job shadowing (meeloopstage, 1 day – 1 week) and matching events (ombuigmarkt, banenmarkt). */

const activityStatusSchema = z.enum(['draft', 'published', 'archived']);
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

const slotFields = {
  title: text(2, 200),
  vacancyId: z.uuid().nullable().describe('A vacancy of the same employer it belongs to'),
  occupationId: z.number().int().positive().nullable(),
  startDate: dateSchema,
  endDate: dateSchema.describe('Same day or up to a week later'),
  capacity: z.number().int().min(1).max(50).describe('People at the same time'),
  city: text(2, 100).nullable(),
  status: activityStatusSchema,
};

export const createSlotBody = z.object({
  ...slotFields,
  vacancyId: slotFields.vacancyId.optional(),
  occupationId: slotFields.occupationId.optional(),
  capacity: slotFields.capacity.default(1),
  city: slotFields.city.optional(),
  status: slotFields.status.default('published'),
  employerId: z.uuid().optional().describe('Administrators only: the hiring employer'),
});
export type CreateSlotBody = z.infer<typeof createSlotBody>;

export const updateSlotBody = z.object(slotFields).partial();
export type UpdateSlotBody = z.infer<typeof updateSlotBody>;

export const shadowingSlotSchema = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  employer: z.object({ id: z.uuid(), name: z.string() }),
  title: z.string(),
  vacancy: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  occupation: conceptRefSchema.nullable(),
  sector: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  capacity: z.number(),
  city: z.string().nullable(),
  status: activityStatusSchema,
  createdAt: z.string(),
});
export type ShadowingSlot = z.infer<typeof shadowingSlotSchema>;

const eventFields = {
  title: text(2, 200),
  sector: sectorSchema.nullable(),
  date: dateSchema,
  city: text(2, 100).nullable(),
  venue: text(0, 200).nullable(),
  capacity: z.number().int().min(1).max(100_000).nullable(),
  description: text(0, 5000).nullable(),
  status: activityStatusSchema,
};

export const createEventBody = z.object({
  ...eventFields,
  sector: eventFields.sector.optional(),
  city: eventFields.city.optional(),
  venue: eventFields.venue.optional(),
  capacity: eventFields.capacity.optional(),
  description: eventFields.description.optional(),
  status: eventFields.status.default('published'),
  organiserId: z.uuid().optional().describe('Administrators only: the organising organisation'),
});
export type CreateEventBody = z.infer<typeof createEventBody>;

export const updateEventBody = z.object(eventFields).partial();
export type UpdateEventBody = z.infer<typeof updateEventBody>;

export const matchingEventSchema = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  organiser: z.object({ id: z.uuid(), name: z.string() }),
  title: z.string(),
  sector: z.string().nullable(),
  date: z.string(),
  city: z.string().nullable(),
  venue: z.string().nullable(),
  capacity: z.number().nullable(),
  description: z.string().nullable(),
  status: activityStatusSchema,
  createdAt: z.string(),
});
export type MatchingEvent = z.infer<typeof matchingEventSchema>;
