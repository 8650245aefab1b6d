import { addDays } from '../../modules/trajectories/schedule.ts';
import { planShadowing } from '../../modules/trajectories/use-cases/plan-shadowing.ts';
import { recordSelection } from '../../modules/trajectories/use-cases/record-selection.ts';
import { recordShadowingOutcome } from '../../modules/trajectories/use-cases/record-shadowing-outcome.ts';
import { signConditionalContract } from '../../modules/trajectories/use-cases/sign-conditional-contract.ts';
import { selectionStepOn } from './chain-dates.ts';
import type { JobContext } from './job-context.ts';
import { at, workday } from './pilot-calendar.ts';

/**
 * From matching to the job (steps 3 and 4): a shadowing day that fits, selection (step 4, unless
 * someone went straight from step 1 to the job) and, with it, a conditional contract.
 */
export function addShadowingAndSelection(c: JobContext, fromStep1: boolean): void {
  const { db, story, cm, job, t, withVacancy, move } = c;
  if (job.shadowingOn) {
    const sh = job.shadowingOn;
    const planned = workday(addDays(sh, -7));
    story.add(at(planned, '10:00'), async () =>
      story.remember('shadowing')(
        await planShadowing(
          db,
          cm,
          t(),
          { ...(await withVacancy()), startDate: sh, endDate: addDays(sh, 1) },
          at(planned, '10:00'),
        ),
      ),
    );
    const done = workday(addDays(sh, 2));
    story.add(at(done, '16:00'), () =>
      recordShadowingOutcome(
        db,
        cm,
        t(),
        story.id('shadowing'),
        {
          fit: 'yes',
          feedbackCandidate: 'Het voelde meteen goed; de collega’s namen de tijd.',
          feedbackEmployer: 'Gastvrij en zorgvuldig; past goed in het team.',
        },
        at(done, '16:00'),
      ),
    );
  }
  const step4On = fromStep1 ? null : selectionStepOn(job);
  const selectionOn = step4On ? workday(addDays(step4On, 7)) : null;
  if (step4On && selectionOn) {
    move(4, job.shadowingOn ? 'shadowing_fit' : 'selected', step4On, '09:00');
    story.add(at(selectionOn, '11:00'), async () =>
      recordSelection(
        db,
        cm,
        t(),
        { ...(await withVacancy()), result: 'selected', decidedOn: selectionOn },
        at(selectionOn, '11:00'),
      ),
    );
  }
  if (job.conditional && selectionOn) {
    const cc = job.conditional;
    const signedOn = workday(addDays(selectionOn, 3));
    story.add(at(signedOn, '14:00'), async () =>
      signConditionalContract(
        db,
        cm,
        t(),
        {
          ...(await withVacancy()),
          dissolvingCondition: cc.condition,
          deadline: cc.deadline,
          signedOn,
        },
        at(signedOn, '14:00'),
      ),
    );
  }
}
