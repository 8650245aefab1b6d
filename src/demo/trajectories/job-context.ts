import type { Step } from '../../modules/trajectories/chain.ts';
import { enterStep } from '../../modules/trajectories/use-cases/enter-step.ts';
import type { StepReason } from '../../modules/trajectories/vocabularies.ts';
import type { Lookups } from './lookups.ts';
import { at } from './pilot-calendar.ts';
import type { JobSpec } from './script-types.ts';
import type { StoryContext } from './story-context.ts';

/** A story that ends in a job: the job, its employer and a step helper, for steps 3 to 7. */
export interface JobContext extends StoryContext {
  job: JobSpec;
  /** The employer (its id, or its name outside the demo region) and the vacancy, if any. */
  withVacancy: () => Promise<EmployerFields & { vacancyId?: string }>;
  /** Enters a step of the chain at a moment. */
  move: (to: Step, reason: StepReason, on: string, time: string) => void;
}

type EmployerFields = ReturnType<typeof employerFields>;

function employerFields(l: Lookups, employer: JobSpec['employer']) {
  if (employer === null) return {};
  if (typeof employer === 'string') return { employerId: l.orgIds.get(employer) ?? null };
  return { employerName: employer.name };
}

export function jobContext(c: StoryContext, job: JobSpec): JobContext {
  const { db, l, story, cm, t } = c;
  const employer = employerFields(l, job.employer);
  const employerKey = typeof job.employer === 'string' ? job.employer : null;
  const withVacancy = async () => {
    const vacancyId =
      employerKey && job.vacancy ? await l.vacancyId(employerKey, job.vacancy) : null;
    return vacancyId ? { ...employer, vacancyId } : employer;
  };
  const move = (to: Step, reason: StepReason, on: string, time: string) => {
    story.add(at(on, time), () => enterStep(db, cm, t(), { step: to, reason }, at(on, time)));
  };
  return { ...c, job, withVacancy, move };
}
