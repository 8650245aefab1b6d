import { z } from 'zod';
import { chainStatuses } from './chain.ts';
import { referralStatusSchema } from './referral-status.ts';

/** What the trajectory API answers. Dates are YYYY-MM-DD, times ISO 8601. */

const ref = z.object({ id: z.uuid(), name: z.string() });
const employerRef = z.object({ id: z.uuid().nullable(), name: z.string().nullable() });
const userRef = ref.nullable();

export const transitionSchema = z.object({
  id: z.uuid(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  fromStep: z.number().nullable(),
  toStatus: z.string(),
  toStep: z.number().nullable(),
  reasonCode: z.string().nullable(),
  note: z.string().nullable(),
  actor: userRef,
  occurredAt: z.string(),
});

export const triageDecisionSchema = z.object({
  id: z.uuid(),
  group: z.number(),
  previousGroup: z.number().nullable(),
  reason: z.string().nullable(),
  decidedBy: userRef,
  decidedAt: z.string(),
});

export const intakeSchema = z.object({
  situation: z.string().nullable(),
  motivation: z.string().nullable(),
  wishes: z.string().nullable(),
  obstaclesVisible: z.boolean().describe('Obstacles are shown to the case team only'),
  obstacles: z.array(z.string()).nullable(),
  obstacleNote: z.string().nullable(),
  digitalSkills: z.string().nullable(),
  recordedBy: userRef,
  recordedAt: z.string(),
  updatedAt: z.string(),
});

export const outcomeSchema = z.object({
  outcome: z.string(),
  sector: z.string().nullable(),
  sameSectorAsBefore: z.boolean().nullable(),
  route: z.string().nullable(),
  placementId: z.uuid().nullable(),
  employerId: z.uuid().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

export const evaluationSchema = z.object({
  id: z.uuid(),
  progress: z.string(),
  note: z.string().nullable(),
  adjustedTitle: z.string().nullable(),
  adjustedDueOn: z.string().nullable(),
  evaluatedBy: userRef,
  evaluatedAt: z.string(),
});

export const goalSchema = z.object({
  id: z.uuid(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  dueOn: z.string(),
  agreedWith: z.array(z.string()),
  status: z.string(),
  nextEvaluationOn: z.string().nullable(),
  evaluations: z.array(evaluationSchema),
  createdAt: z.string(),
});

export const appointmentSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  startsAt: z.string(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  cancelledAt: z.string().nullable(),
});

export const referralSchema = z.object({
  id: z.uuid(),
  offerKind: z.string(),
  offerId: z.uuid().nullable(),
  title: z.string(),
  status: referralStatusSchema,
  nextStatuses: z.array(referralStatusSchema),
  stopReason: z.string().nullable(),
  result: z.string().nullable(),
  note: z.string().nullable(),
  proposedAt: z.string(),
  updatedAt: z.string(),
});

export const shadowingSchema = z.object({
  id: z.uuid(),
  employer: employerRef,
  vacancyId: z.uuid().nullable(),
  slotId: z.uuid().nullable(),
  referralId: z.uuid().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  fit: z.string().nullable(),
  feedbackCandidate: z.string().nullable(),
  feedbackEmployer: z.string().nullable(),
  completedAt: z.string().nullable(),
});

export const selectionSchema = z.object({
  id: z.uuid(),
  employer: employerRef,
  vacancyId: z.uuid().nullable(),
  result: z.string(),
  decidedOn: z.string(),
  note: z.string().nullable(),
});

export const conditionalContractSchema = z.object({
  id: z.uuid(),
  employer: employerRef,
  vacancyId: z.uuid().nullable(),
  dissolvingCondition: z.string().nullable(),
  deadline: z.string(),
  signedOn: z.string(),
  status: z.string(),
  resolvedOn: z.string().nullable(),
  resolutionNote: z.string().nullable(),
});

export const trainingEnrolmentSchema = z.object({
  id: z.uuid(),
  trainingId: z.uuid().nullable(),
  provider: employerRef,
  name: z.string(),
  startDate: z.string(),
  expectedEndDate: z.string().nullable(),
  status: z.string(),
  finishedOn: z.string().nullable(),
  stopReason: z.string().nullable(),
  certificateObtained: z.boolean().nullable(),
  note: z.string().nullable(),
});

export const conditionsSchema = z.object({
  employerName: z.string().nullable(),
  jobTitle: z.string().nullable(),
  sector: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  monthlySalary: z.number().nullable(),
  contractType: z.string().nullable(),
  hourlyWage: z.number().nullable().describe('Monthly salary ÷ (hours × 52 ÷ 12)'),
});

export const comparisonSchema = z.object({
  old: conditionsSchema,
  new: conditionsSchema,
  monthlyIncomeGap: z.number().nullable().describe('New minus old gross monthly salary'),
  hoursGap: z.number().nullable(),
  hourlyWageGap: z.number().nullable(),
  sectorChanged: z.boolean().nullable(),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const checkSchema = z.object({
  id: z.uuid(),
  months: z.number(),
  measuresOutcome: z.boolean(),
  dueOn: z.string(),
  recordedAt: z.string().nullable(),
  atWork: z.boolean().nullable(),
  sameEmployer: z.boolean().nullable(),
  result: z
    .enum(['open', 'at_work', 'not_at_work', 'unknown'])
    .describe('open until recorded; unknown when recorded without an answer'),
  note: z.string().nullable(),
});

export const placementSchema = z.object({
  id: z.uuid(),
  outcome: z.string(),
  route: z.string(),
  employer: employerRef,
  vacancyId: z.uuid().nullable(),
  startDate: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  aftercareMonths: z.array(z.number()),
  comparison: comparisonSchema,
  checks: z.array(checkSchema),
});

export const fundingLineSchema = z.object({
  id: z.uuid(),
  source: z.string(),
  amount: z.number().describe('Euros'),
  paysFor: z.string(),
  description: z.string().nullable(),
  createdAt: z.string(),
});

export const fundingSchema = z.object({
  lines: z.array(fundingLineSchema),
  total: z.number().describe('Euros'),
  bySource: z.record(z.string(), z.number()),
});

export const trajectoryAccessSchema = z
  .enum(['case_team', 'partner'])
  .describe('case_team manages; partner (case consent) reads, and the read is logged');

export const trajectorySchema = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  access: trajectoryAccessSchema,
  person: z.object({
    id: z.uuid(),
    pseudonym: z.string(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
  }),
  caseOrganisation: ref,
  caseManager: userRef,
  releasingEmployer: ref.nullable(),
  source: z.string(),
  oldSector: z.string().nullable(),
  status: z.enum(chainStatuses),
  step: z.number().nullable(),
  nextSteps: z.array(z.number()).describe('Steps the chain allows from here'),
  droppedOutFrom: z.string().nullable(),
  triageGroup: z.number().nullable(),
  startedAt: z.string(),
  closedAt: z.string().nullable(),
  closureReason: z.string().nullable(),
  closureNote: z.string().nullable(),
  lastActivityAt: z.string(),
  intake: intakeSchema.nullable(),
  triageHistory: z.array(triageDecisionSchema),
  transitions: z.array(transitionSchema),
  outcome: outcomeSchema.nullable(),
  goals: z.array(goalSchema),
  appointments: z.array(appointmentSchema),
  referrals: z.array(referralSchema),
  shadowings: z.array(shadowingSchema),
  selections: z.array(selectionSchema),
  conditionalContracts: z.array(conditionalContractSchema),
  trainings: z.array(trainingEnrolmentSchema),
  placements: z.array(placementSchema),
  funding: fundingSchema,
  createdId: z
    .uuid()
    .optional()
    .describe('In the answer to a request that created a record: that record’s id'),
});
export type TrajectoryView = z.infer<typeof trajectorySchema>;

export const trajectorySummarySchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  pseudonym: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  status: z.enum(chainStatuses),
  step: z.number().nullable(),
  triageGroup: z.number().nullable(),
  startedAt: z.string(),
  lastActivityAt: z.string(),
  outcome: z.string().nullable(),
});
export type TrajectorySummary = z.infer<typeof trajectorySummarySchema>;

export const worklistItemSchema = z.object({
  kind: z.enum(['intake_due', 'evaluation_due', 'check_in_due', 'consent_expiring', 'inactive']),
  trajectoryId: z.uuid().nullable(),
  personId: z.uuid(),
  pseudonym: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  dueOn: z.string().describe('When it is due (or when activity stopped, for inactive)'),
  overdue: z.boolean(),
  subjectId: z.uuid().nullable().describe('The goal, check or consent concerned'),
  detail: z.string().describe('What is due, as a code or short label'),
});
export type WorklistItem = z.infer<typeof worklistItemSchema>;

/** 'Mijn traject': what the candidate sees of their own trajectory. */
export const myTrajectorySchema = z.object({
  id: z.uuid(),
  status: z.enum(chainStatuses),
  step: z.number().nullable(),
  triageGroup: z.number().nullable(),
  startedAt: z.string(),
  closedAt: z.string().nullable(),
  caseOrganisation: ref,
  caseManager: userRef,
  goals: z.array(
    goalSchema
      .pick({
        id: true,
        title: true,
        description: true,
        dueOn: true,
        agreedWith: true,
        status: true,
        nextEvaluationOn: true,
      })
      .extend({
        latestEvaluation: evaluationSchema
          .pick({ progress: true, adjustedTitle: true, adjustedDueOn: true, evaluatedAt: true })
          .nullable()
          .describe('The newest evaluation, without the case manager’s note'),
      }),
  ),
  nextAppointments: z.array(appointmentSchema),
  referrals: z.array(
    referralSchema.pick({ id: true, offerKind: true, title: true, status: true, proposedAt: true }),
  ),
  trainings: z.array(
    trainingEnrolmentSchema.pick({
      id: true,
      name: true,
      startDate: true,
      expectedEndDate: true,
      status: true,
    }),
  ),
  placements: z.array(
    placementSchema.pick({ id: true, employer: true, startDate: true, comparison: true }).extend({
      endedOn: z.string().nullable(),
      aftercare: z
        .array(checkSchema.pick({ months: true, dueOn: true, recordedAt: true, result: true }))
        .describe('Aftercare check-ins and outcome checks, without notes'),
    }),
  ),
  outcome: outcomeSchema.pick({ outcome: true, recordedAt: true }).nullable(),
});
export type MyTrajectory = z.infer<typeof myTrajectorySchema>;
