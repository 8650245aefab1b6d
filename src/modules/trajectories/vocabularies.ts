import { z } from 'zod';

/**
 * The closed lists a trajectory is recorded in. Codes are English (glossary of DESIGN.md); the UI
 * shows Dutch labels. They are the values of the event log too, so the dashboard can count them:
 * add a value at the end of a list, never rename one.
 */

/** How the person came into the programme. */
export const trajectorySources = [
  'redundancy_notice',
  'self',
  'uwv',
  'municipality',
  'union',
  'employer',
] as const;
export const trajectorySourceSchema = z
  .enum(trajectorySources)
  .describe(
    'redundancy_notice (enrolled through a rapid-response notice) · self (self-registration) · ' +
      'uwv · municipality · union · employer (referred by the releasing employer)',
  );
export type TrajectorySource = z.infer<typeof trajectorySourceSchema>;

/** 1 self-directed (tools only) · 2 short service + job matching · 3 tailored support. */
export const triageGroups = [1, 2, 3] as const;
export const triageGroupSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3)])
  .describe('1 self-directed (tools only) · 2 short service + job matching · 3 tailored support');
export type TriageGroup = z.infer<typeof triageGroupSchema>;

export const digitalSkillLevels = ['none', 'basic', 'sufficient', 'good'] as const;
export const digitalSkillsSchema = z.enum(digitalSkillLevels);
export type DigitalSkills = z.infer<typeof digitalSkillsSchema>;

/** Why someone leaves the chain before an outcome (uitval). */
export const dropoutReasons = [
  'private_circumstances',
  'never_started',
  'health',
  'care_duties',
  'not_motivated',
  'no_contact',
  'moved_away',
  'found_work_without_support',
  'other',
] as const;
export const dropoutReasonSchema = z.enum(dropoutReasons);
export type DropoutReason = z.infer<typeof dropoutReasonSchema>;

/** Why a trajectory ends for good. */
export const closureReasons = [
  'durable_placement',
  'outcome_reached',
  'stayed_with_employer',
  'dropped_out',
  'moved_out_of_region',
  'retired',
  'programme_ended',
  'other',
] as const;
export const closureReasonSchema = z.enum(closureReasons);
export type ClosureReason = z.infer<typeof closureReasonSchema>;

/** Why a step changes; the free-text note beside it stays out of the event log. */
export const stepReasons = [
  'plan_agreed',
  'ready_for_matching',
  'shadowing_fit',
  'shadowing_no_fit',
  'selected',
  'not_selected',
  'training_needed',
  'training_completed',
  'placed',
  'placement_ended',
  'more_coaching_needed',
  'other',
] as const;
export const stepReasonSchema = z.enum(stepReasons);
export type StepReason = z.infer<typeof stepReasonSchema>;

/**
 * Where someone ends up. More than "placed in a vacancy": kept by or back at the releasing
 * employer, self-employed, sheltered work and secondment count as outcomes too.
 */
export const outcomeKinds = [
  'new_job',
  'work_and_training',
  'training',
  'stayed_with_employer',
  'self_employed',
  'sheltered_work',
  'secondment',
  'trial_job',
] as const;
export const outcomeKindSchema = z
  .enum(outcomeKinds)
  .describe(
    'new_job · work_and_training (a job combined with a course towards it) · training (in a ' +
      'course towards a new job) · stayed_with_employer (kept by or back at the releasing ' +
      'employer) · self_employed (zzp) · sheltered_work (beschut werk) · secondment (detachering) · ' +
      'trial_job (oriëntatiebaan)',
  );
export type OutcomeKind = z.infer<typeof outcomeKindSchema>;

/** Outcomes in which the person works (paid); the rest are training or staying put. */
export const workingOutcomes: readonly OutcomeKind[] = [
  'new_job',
  'work_and_training',
  'self_employed',
  'sheltered_work',
  'secondment',
  'trial_job',
];

export const placementRoutes = ['direct', 'after_training'] as const;
export const placementRouteSchema = z
  .enum(placementRoutes)
  .describe('direct (no training first) or after_training');
export type PlacementRoute = z.infer<typeof placementRouteSchema>;

export const employmentContractTypes = [
  'permanent',
  'fixed_term',
  'temporary_agency',
  'on_call',
  'self_employed',
  'conditional',
  'sheltered',
  'secondment',
  'trial',
] as const;
export const employmentContractSchema = z.enum(employmentContractTypes);
export type EmploymentContract = z.infer<typeof employmentContractSchema>;

/** Who agreed a goal of the personal plan. */
export const goalParties = ['candidate', 'case_manager', 'work_supervisor'] as const;
export const goalPartySchema = z.enum(goalParties);
export type GoalParty = z.infer<typeof goalPartySchema>;

export const goalProgressValues = ['on_track', 'behind', 'achieved', 'not_achieved'] as const;
export const goalProgressSchema = z.enum(goalProgressValues);
export type GoalProgress = z.infer<typeof goalProgressSchema>;

export const appointmentKinds = [
  'intake',
  'coaching',
  'evaluation',
  'shadowing',
  'interview',
  'check_in',
  'other',
] as const;
export const appointmentKindSchema = z.enum(appointmentKinds);

/** What a referral points at in the offer catalogue; `other` is an offer outside it. */
export const referralOfferKinds = ['service', 'training', 'shadowing', 'event', 'other'] as const;
export const referralOfferKindSchema = z.enum(referralOfferKinds);
export type ReferralOfferKind = z.infer<typeof referralOfferKindSchema>;

export const referralStopReasons = [
  'declined_by_candidate',
  'not_suitable',
  'no_place',
  'private_circumstances',
  'found_work',
  'other',
] as const;
export const referralStopReasonSchema = z.enum(referralStopReasons);

export const referralResults = ['positive', 'neutral', 'negative'] as const;
export const referralResultSchema = z.enum(referralResults);

export const shadowingFits = ['yes', 'no', 'doubt'] as const;
export const shadowingFitSchema = z.enum(shadowingFits);
export type ShadowingFit = z.infer<typeof shadowingFitSchema>;

export const selectionResults = ['selected', 'not_selected', 'candidate_withdrew'] as const;
export const selectionResultSchema = z.enum(selectionResults);

export const contractResolutions = ['condition_met', 'dissolved'] as const;
export const contractResolutionSchema = z.enum(contractResolutions);

export const trainingStopReasons = [
  'too_difficult',
  'found_work',
  'private_circumstances',
  'health',
  'not_what_expected',
  'other',
] as const;
export const trainingStopReasonSchema = z.enum(trainingStopReasons);

export const placementEndReasons = [
  'dismissed_in_probation',
  'contract_not_renewed',
  'resigned',
  'dissolving_condition',
  'other',
] as const;
export const placementEndReasonSchema = z.enum(placementEndReasons);

/** The funding sources of a trajectory (DESIGN.md glossary). */
export const fundingSources = [
  'releasing_employer',
  'hiring_employer',
  'training_fund',
  'municipality',
  'uwv',
  'province',
  'stap_budget',
  'transition_payment',
  'own_contribution',
  'eu_fund',
] as const;
export const fundingSourceSchema = z.enum(fundingSources);
export type FundingSource = z.infer<typeof fundingSourceSchema>;

export const fundingPurposes = [
  'training',
  'coaching',
  'job_shadowing',
  'wage_cost_subsidy',
  'job_guarantee',
  'outplacement',
  'other',
] as const;
export const fundingPurposeSchema = z.enum(fundingPurposes);
