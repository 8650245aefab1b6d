import { addDays } from '../../modules/trajectories/schedule.ts';
import { completeTraining } from '../../modules/trajectories/use-cases/complete-training.ts';
import { enterStep } from '../../modules/trajectories/use-cases/enter-step.ts';
import { recordOutcome } from '../../modules/trajectories/use-cases/record-outcome.ts';
import { startTraining } from '../../modules/trajectories/use-cases/start-training.ts';
import type { JobContext } from './job-context.ts';
import type { Lookups } from './lookups.ts';
import { at, workday } from './pilot-calendar.ts';
import type { Ending, TrainingSpec } from './script-types.ts';
import type { StoryContext } from './story-context.ts';

/** Step 5: training, on its own (still in training at the pilot's end) or with a new job. */

/** The training body: the catalogue's training if it is there, else by name. */
async function trainingBody(l: Lookups, tr: TrainingSpec) {
  const trainingId = await l.trainingId(tr.keyword);
  return trainingId
    ? { trainingId, startDate: tr.startsOn, expectedEndDate: tr.expectedEnd }
    : {
        name: tr.name,
        providerId: tr.provider ? (l.orgIds.get(tr.provider) ?? null) : null,
        startDate: tr.startsOn,
        expectedEndDate: tr.expectedEnd,
      };
}

/** In training at the pilot's end: step 5, the training started, the outcome "training". */
export function addTrainingEnding(
  c: StoryContext,
  ending: Extract<Ending, { kind: 'training' }>,
): void {
  const { db, l, story, cm, t } = c;
  const tr = ending.training;
  const stepOn = workday(addDays(tr.startsOn, -3));
  story.add(at(stepOn, '10:00'), () =>
    enterStep(db, cm, t(), { step: 5, reason: 'training_needed' }, at(stepOn, '10:00')),
  );
  story.add(at(tr.startsOn, '09:00'), async () =>
    startTraining(db, cm, t(), await trainingBody(l, tr), at(tr.startsOn, '09:00')),
  );
  story.add(at(tr.startsOn, '09:10'), () =>
    recordOutcome(
      db,
      cm,
      t(),
      { outcome: 'training', sector: ending.sector, route: 'after_training' },
      at(tr.startsOn, '09:10'),
    ),
  );
}

/**
 * The training that comes with a job: a short course done before the job starts (step 5 first),
 * or a work-and-training programme that starts with it.
 */
export function addJobTraining(c: JobContext): void {
  const { db, l, story, cm, job, t, move } = c;
  const training = job.training;
  const trainingFirst = training?.completedOn !== undefined;
  if (training) {
    if (trainingFirst) move(5, 'training_needed', workday(addDays(training.startsOn, -3)), '10:00');
    story.add(at(training.startsOn, '08:45'), async () =>
      story.remember('training')(
        await startTraining(
          db,
          cm,
          t(),
          await trainingBody(l, training),
          at(training.startsOn, '08:45'),
        ),
      ),
    );
    if (training.completedOn) {
      const done = training.completedOn;
      story.add(at(done, '16:00'), () =>
        completeTraining(
          db,
          cm,
          t(),
          story.id('training'),
          { finishedOn: done, certificateObtained: true },
          at(done, '16:00'),
        ),
      );
    }
  }
}
