import { addMonths } from '../../modules/trajectories/schedule.ts';
import { addGoal } from '../../modules/trajectories/use-cases/add-goal.ts';
import { registerPlacement } from '../../modules/trajectories/use-cases/register-placement.ts';
import { addThreeMonthCheck } from './aftercare.ts';
import type { JobContext } from './job-context.ts';
import { at, workday } from './pilot-calendar.ts';

/**
 * Steps 6 and 7: the new job starts (the placement, aftercare planned at 3 and 6 months), a goal
 * for the first months, aftercare a month later and the 3-month check.
 */
export function addPlacement(c: JobContext): void {
  const { db, story, cm, job, t, withVacancy, move } = c;
  const training = job.training;
  const trainingFirst = training?.completedOn !== undefined;
  const placedOn = job.startsOn;
  move(6, trainingFirst ? 'training_completed' : 'placed', placedOn, '09:00');
  const sector =
    typeof job.employer === 'object' && job.employer
      ? { sector: job.employer.sector }
      : job.outcome === 'self_employed'
        ? { sector: 'office' as const }
        : {};
  story.add(at(placedOn, '09:15'), async () =>
    story.remember('placement')(
      await registerPlacement(
        db,
        cm,
        t(),
        {
          outcome: job.outcome,
          route: training ? 'after_training' : 'direct',
          ...(await withVacancy()),
          ...sector,
          jobTitle: job.title,
          startDate: placedOn,
          hoursPerWeek: job.hours,
          monthlySalary: job.salary,
          contractType: job.contract,
          aftercareMonths: [3, 6],
        },
        at(placedOn, '09:15'),
      ),
    ),
  );
  story.add(at(placedOn, '09:30'), () =>
    addGoal(
      db,
      cm,
      t(),
      {
        title: `Ingewerkt als ${job.title.toLowerCase()}`,
        dueOn: addMonths(placedOn, 3),
        agreedWith: job.employer
          ? ['candidate', 'case_manager', 'work_supervisor']
          : ['candidate', 'case_manager'],
      },
      at(placedOn, '09:30'),
    ),
  );
  move(7, 'placed', workday(addMonths(placedOn, 1)), '10:00');
  addThreeMonthCheck(c, placedOn);
}
