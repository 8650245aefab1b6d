import { z } from 'zod';

/**
 * Requests and answers of the matching routes. Explanations are structured (ids, labels in Dutch
 * and English, numbers) so the UI words them in Dutch; nothing here is a ready-made sentence.
 */

// ── Requests ─────────────────────────────────────────────────────────────────────────────────

const limit = (fallback: number, max: number) =>
  z.coerce
    .number()
    .int('limit: must be a whole number')
    .min(1, 'limit: must be at least 1')
    .max(max, `limit: must be at most ${max}`)
    .default(fallback);

export const idParams = z.object({ id: z.uuid() });
export const limitQuery = z.object({ limit: limit(20, 100) });
export const transitionPathsQuery = z.object({
  fromOccupationId: z.coerce.number().int('fromOccupationId: must be an occupation id').positive(),
  limit: limit(10, 50),
});
export const explainQuery = z.object({ personId: z.uuid(), vacancyId: z.uuid() });

// ── Building blocks ──────────────────────────────────────────────────────────────────────────

export const skillRefSchema = z.object({
  id: z.number(),
  uri: z.string(),
  labelNl: z.string().nullable(),
  labelEn: z.string().nullable(),
});
export type SkillRef = z.infer<typeof skillRefSchema>;

export const trainingRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  weeks: z.number(),
  costEur: z.number(),
});
export type TrainingRef = z.infer<typeof trainingRefSchema>;

export const occupationRefSchema = z.object({
  id: z.number(),
  labelNl: z.string().nullable(),
  labelEn: z.string().nullable(),
  sector: z.string().nullable(),
});
export type OccupationRef = z.infer<typeof occupationRefSchema>;

export const vacancyRefSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  employerId: z.uuid(),
  employerName: z.string(),
  city: z.string().nullable(),
  occupation: occupationRefSchema.nullable(),
});
export type VacancyRef = z.infer<typeof vacancyRefSchema>;

export const readinessSchema = z
  .enum(['direct', 'after-training', 'not-now'])
  .describe('direct · after-training (trainingWeeks) · not-now (a blocking skill is missing)');

export const trainingPlanSchema = z.object({
  trainings: z.array(trainingRefSchema).describe('Run one after another: weeks add up'),
  totalWeeks: z.number(),
  totalCostEur: z.number(),
});
export type TrainingPlanView = z.infer<typeof trainingPlanSchema>;

export const explanationSchema = z.object({
  score: z.number().describe('0–100'),
  essentialCoverage: z.number().describe('0–1'),
  optionalCoverage: z.number().describe('0–1'),
  readiness: readinessSchema,
  trainingWeeks: z.number(),
  matched: z.array(
    z.object({
      skill: skillRefSchema,
      importance: z.enum(['essential', 'optional']),
      kind: z.enum(['exact', 'related']),
      via: skillRefSchema.describe('The candidate’s skill that earned the credit'),
      relation: z.enum(['holds-narrower', 'holds-broader', 'sibling']).nullable(),
      candidateLevel: z.number(),
      minLevel: z.number(),
      evidence: z.string(),
      credit: z.number(),
    }),
  ),
  learnable: z.array(
    z.object({
      skill: skillRefSchema,
      importance: z.enum(['essential', 'optional']),
      route: z.enum(['on-the-job', 'training']),
      trainings: z.array(trainingRefSchema),
      inPlan: z.boolean(),
    }),
  ),
  blocking: z.array(skillRefSchema).describe('Essential, not learnable on the job, no training'),
  optionalWithoutRoute: z.array(skillRefSchema),
  trainingPlan: trainingPlanSchema,
  excludedBy: z
    .object({
      constraint: z.enum(['distance', 'hours', 'salary', 'start-date', 'contract-type', 'sector']),
      details: z.record(z.string(), z.unknown()),
    })
    .nullable()
    .describe('The wish or condition that rules the pair out, if any'),
});
export type ExplanationView = z.infer<typeof explanationSchema>;

// ── Answers ──────────────────────────────────────────────────────────────────────────────────

export const opportunitiesSchema = z.object({
  personId: z.uuid(),
  vacancies: z.array(
    z.object({
      vacancy: vacancyRefSchema,
      explanation: explanationSchema,
      profileShared: z
        .boolean()
        .describe('The person’s consent lets this vacancy’s employer see the passport'),
    }),
  ),
  occupations: z.array(
    z.object({
      occupation: occupationRefSchema,
      score: z.number(),
      essentialCoverage: z.number(),
      optionalCoverage: z.number(),
      readiness: readinessSchema,
      trainingWeeks: z.number(),
      openPositions: z.number(),
      shortage: z.boolean(),
      missingEssential: z.array(skillRefSchema),
      trainingPlan: trainingPlanSchema,
    }),
  ),
});
export type Opportunities = z.infer<typeof opportunitiesSchema>;

export const candidateRefSchema = z.object({
  personId: z.uuid(),
  pseudonym: z.string(),
  givenName: z.string().nullable().describe('Only for those who may see it (passport or consent)'),
  familyName: z.string().nullable(),
  pseudonymous: z.boolean().describe('True when only the pseudonym may be shown'),
});
export type CandidateRef = z.infer<typeof candidateRefSchema>;

export const vacancyCandidatesSchema = z.object({
  vacancy: vacancyRefSchema,
  candidates: z.array(
    z.object({
      candidate: candidateRefSchema,
      explanation: explanationSchema,
      proposedAt: z
        .string()
        .nullable()
        .describe('When a case manager proposed this candidate for the vacancy, if so'),
    }),
  ),
});
export type VacancyCandidates = z.infer<typeof vacancyCandidatesSchema>;

export const transitionPathsSchema = z.object({
  from: occupationRefSchema,
  paths: z.array(
    z.object({
      to: occupationRefSchema,
      essentialCoverage: z.number().describe('Share of the target’s essential skills covered'),
      exactShare: z.number(),
      missing: z.array(
        z.object({
          skill: skillRefSchema,
          trainable: z.boolean(),
          trainings: z.array(trainingRefSchema).describe('Published trainings of your region'),
        }),
      ),
      trainingPlan: trainingPlanSchema,
    }),
  ),
});
export type TransitionPaths = z.infer<typeof transitionPathsSchema>;

const assignmentSchema = z.object({
  candidate: candidateRefSchema,
  vacancy: vacancyRefSchema,
  score: z.number(),
  trainingWeeks: z.number(),
});

export const groupPlacementSchema = z.object({
  noticeId: z.uuid(),
  people: z.number(),
  source: z
    .enum(['enrolments', 'current_employer'])
    .describe('Who was placed: those enrolled on the notice, else the employer’s employees'),
  direct: z.array(assignmentSchema),
  afterTraining: z.array(assignmentSchema),
  leftOver: z.array(
    z.object({
      candidate: candidateRefSchema,
      reason: z.object({
        code: z.enum(['outcompeted', 'no-eligible-vacancy']),
        eligibleVacancies: z.number().optional(),
        bestVacancy: vacancyRefSchema.nullable().optional(),
        excludedBy: z.record(z.string(), z.number()).optional(),
        notNow: z.number().optional(),
        noFit: z.number().optional(),
      }),
    }),
  ),
  totalScore: z.number(),
});
export type GroupPlacement = z.infer<typeof groupPlacementSchema>;

export const matchExplanationSchema = z.object({
  candidate: candidateRefSchema,
  vacancy: vacancyRefSchema,
  explanation: explanationSchema,
});
export type MatchExplanationView = z.infer<typeof matchExplanationSchema>;

// ── Proposals to employers ───────────────────────────────────────────────────────────────────

export const proposeMatchBody = z.object({ vacancyId: z.uuid() });
export type ProposeMatchBody = z.infer<typeof proposeMatchBody>;

/**
 * Why a case manager withdraws a proposal, and why an employer says it does not fit: codes only
 * (the event log holds no free text, so erasure never has to rewrite it). The UI words them.
 */
export const withdrawalReasons = [
  'candidate_found_work',
  'candidate_declined',
  'candidate_unavailable',
  'vacancy_filled',
  'proposed_in_error',
  'other',
] as const;
export type WithdrawalReason = (typeof withdrawalReasons)[number];
export const noFitReasons = [
  'skills',
  'hours_or_availability',
  'vacancy_filled',
  'other_candidate',
  'other',
] as const;
export type NoFitReason = (typeof noFitReasons)[number];
export const proposalAnswers = ['invite', 'no_fit'] as const;
export type ProposalAnswer = (typeof proposalAnswers)[number];

export const proposalIdParams = z.object({ id: z.uuid(), proposalId: z.uuid() });

export const withdrawProposalBody = z.object({
  reason: z
    .enum(withdrawalReasons, { error: `must be one of ${withdrawalReasons.join(', ')}` })
    .nullable()
    .optional(),
});
export type WithdrawProposalBody = z.infer<typeof withdrawProposalBody>;

export const answerProposalBody = z
  .object({
    answer: z.enum(proposalAnswers, { error: 'must be invite or no_fit' }),
    reason: z
      .enum(noFitReasons, { error: `must be one of ${noFitReasons.join(', ')}` })
      .nullable()
      .optional(),
  })
  .superRefine((b, ctx) => {
    if (b.answer === 'no_fit' && !b.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'say why the candidate does not fit',
      });
    }
    if (b.answer === 'invite' && b.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'only for the answer no_fit',
      });
    }
  });
export type AnswerProposalBody = z.infer<typeof answerProposalBody>;

const withdrawalSchema = z.object({
  withdrawnAt: z.string(),
  reason: z.enum(withdrawalReasons).nullable(),
});
const proposalAnswerSchema = z.object({
  answer: z.enum(proposalAnswers).describe('invite: uitnodigen voor gesprek · no_fit: past niet'),
  reason: z.enum(noFitReasons).nullable(),
  answeredAt: z.string(),
});
export type ProposalAnswerView = z.infer<typeof proposalAnswerSchema>;

/** One proposal of a person to the employer of a vacancy (an event `match.proposed`). */
export const matchProposalSchema = z.object({
  id: z.uuid().describe('The proposal (its match.proposed event)'),
  personId: z.uuid(),
  vacancyId: z.uuid(),
  vacancyTitle: z.string().nullable(),
  employerId: z.uuid(),
  employerName: z.string().nullable(),
  trajectoryId: z.uuid().nullable(),
  score: z.number(),
  readiness: readinessSchema,
  proposedAt: z.string(),
  withdrawal: withdrawalSchema.nullable().describe('Set once the case manager withdrew it'),
  answer: proposalAnswerSchema.nullable().describe('The employer’s answer, if any'),
});
export type MatchProposal = z.infer<typeof matchProposalSchema>;
export const matchProposalsSchema = z.array(matchProposalSchema);

/** A proposal as the vacancy's employer and the region's staff see it (withdrawn ones left out). */
export const vacancyProposalSchema = z.object({
  id: z.uuid(),
  candidate: candidateRefSchema,
  proposedAt: z.string(),
  proposedBy: z.object({
    name: z.string().nullable(),
    organisationName: z.string().nullable(),
  }),
  score: z.number().describe('At the moment of the proposal'),
  readiness: readinessSchema,
  answer: proposalAnswerSchema.nullable(),
});
export type VacancyProposal = z.infer<typeof vacancyProposalSchema>;
export const vacancyProposalsSchema = z.object({
  vacancy: vacancyRefSchema,
  proposals: z.array(vacancyProposalSchema).describe('Newest first'),
});
export type VacancyProposals = z.infer<typeof vacancyProposalsSchema>;

/** For an employer's home: proposals of its vacancies still waiting for its answer. */
export const proposalsAwaitingSchema = z.object({
  total: z.number(),
  vacancies: z.array(
    z.object({ vacancyId: z.uuid(), title: z.string(), awaitingAnswer: z.number() }),
  ),
});
export type ProposalsAwaiting = z.infer<typeof proposalsAwaitingSchema>;
