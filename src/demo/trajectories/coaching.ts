import { addMonths, addDays } from '../../modules/trajectories/schedule.ts';
import { addGoal } from '../../modules/trajectories/use-cases/add-goal.ts';
import { enterStep } from '../../modules/trajectories/use-cases/enter-step.ts';
import { evaluateGoal } from '../../modules/trajectories/use-cases/evaluate-goal.ts';
import { scheduleAppointment } from '../../modules/trajectories/use-cases/schedule-appointment.ts';
import { at, workday } from './pilot-calendar.ts';
import type { JobSpec } from './script-types.ts';
import type { StoryContext } from './story-context.ts';

/** Step 2: the plan's goals, their 3-monthly evaluation and a coaching appointment. */
export function addCoaching(c: StoryContext, step2On: string, job: JobSpec | null): void {
  const { db, story, cm, s, t } = c;
  const ending = s.ending;
  story.add(at(step2On, '09:30'), () =>
    enterStep(db, cm, t(), { step: 2, reason: 'plan_agreed' }, at(step2On, '09:30')),
  );
  story.add(at(step2On, '09:40'), async () =>
    story.remember('goal-a')(
      await addGoal(
        db,
        cm,
        t(),
        {
          title: 'Loopbaanwensen en mogelijkheden in kaart',
          dueOn: workday(addDays(step2On, 42)),
          agreedWith: ['candidate', 'case_manager'],
        },
        at(step2On, '09:40'),
      ),
    ),
  );
  const goalB = job
    ? `Aan de slag als ${job.title.toLowerCase()}`
    : ending.kind === 'training'
      ? `Starten met de opleiding ${ending.training.name}`
      : 'Solliciteren op passende vacatures';
  const dueB = job
    ? job.startsOn
    : ending.kind === 'training'
      ? ending.training.startsOn
      : addMonths(step2On, 5);
  story.add(at(step2On, '09:45'), async () =>
    story.remember('goal-b')(
      await addGoal(
        db,
        cm,
        t(),
        { title: goalB, dueOn: dueB, agreedWith: ['candidate', 'case_manager'] },
        at(step2On, '09:45'),
      ),
    ),
  );
  const evaluationOn = workday(addMonths(step2On, 3));
  story.add(at(evaluationOn, '13:00'), () =>
    evaluateGoal(
      db,
      cm,
      t(),
      story.id('goal-a'),
      { progress: 'achieved' },
      at(evaluationOn, '13:00'),
    ),
  );
  story.add(at(evaluationOn, '13:10'), () =>
    evaluateGoal(
      db,
      cm,
      t(),
      story.id('goal-b'),
      { progress: job && job.startsOn <= evaluationOn ? 'achieved' : 'on_track' },
      at(evaluationOn, '13:10'),
    ),
  );
  const plannedOn = workday(addDays(step2On, 14));
  story.add(at(plannedOn, '14:00'), () =>
    scheduleAppointment(
      db,
      cm,
      t(),
      {
        kind: 'coaching',
        startsAt: at(addDays(plannedOn, 14), '14:00').toISOString(),
        title: 'Coachingsgesprek',
      },
      at(plannedOn, '14:00'),
    ),
  );
}
