import type { Db } from '../../db/database.ts';
import { addDays } from '../../modules/trajectories/schedule.ts';
import { matchingOn } from './chain-dates.ts';
import { addCoaching } from './coaching.ts';
import { addFunding } from './funding.ts';
import { addIntake, addStart } from './intake.ts';
import { jobContext } from './job-context.ts';
import { addLeaving, addNeverStarted } from './leaving.ts';
import type { Lookups } from './lookups.ts';
import { addMatching } from './matching.ts';
import { addMediation } from './mediation.ts';
import type { Participant } from './participants.ts';
import { workday } from './pilot-calendar.ts';
import { addPlacement } from './placement.ts';
import type { Script } from './script-types.ts';
import { addServices } from './services.ts';
import { addShadowingAndSelection } from './shadowing-selection.ts';
import type { StoryContext } from './story-context.ts';
import { Story } from './story.ts';
import { addJobTraining, addTrainingEnding } from './training.ts';

/**
 * One participant's story through the chain, as actions at their moments: start and intake
 * (step 1), coaching and services (2), matching (3), shadowing and selection (4), training (5),
 * the new job (6) and aftercare (7) — as far as the script goes. The order of the parts matters
 * where two actions share a moment (they then run in the order added).
 */
export function buildStory(db: Db, l: Lookups, s: Script, p: Participant): Story {
  const story = new Story();
  const cm = l.caseManagers.get(p.caseOrganisationId ?? '') ?? [...l.caseManagers.values()][0];
  if (!cm) throw new Error('demo trajectories: no case manager');
  const self = s.account && p.userId ? l.candidateActor(p.userId) : null;
  const c: StoryContext = { db, l, story, cm, s, p, self, t: () => story.trajectoryId };
  const ending = s.ending;
  const intakeOn = workday(addDays(s.startedOn, 7));
  const step2On = workday(addDays(intakeOn, 14));
  const step3On = matchingOn(s, step2On);
  const inStep1Only = s.triage === 1 || (ending.kind === 'mediation' && ending.step === 1);
  const reachesMatching =
    !inStep1Only &&
    (ending.kind === 'job' ||
      ending.kind === 'training' ||
      (ending.kind === 'mediation' && ending.step >= 3) ||
      ((ending.kind === 'dropout' || ending.kind === 'stayed') && ending.atStep === 3));

  addStart(c, intakeOn);
  if (ending.kind === 'never_started') {
    addNeverStarted(c, ending);
    return story;
  }
  addIntake(c, intakeOn);
  addFunding(c, intakeOn);
  // How the story ends for those who leave (nothing after that moment is recorded).
  addLeaving(c);

  // Step 2: coaching, the personal plan and services.
  const job = ending.kind === 'job' ? ending.job : null;
  if (!inStep1Only) addCoaching(c, step2On, job);
  addServices(c, step2On);

  if (reachesMatching) addMatching(c, step3On);
  if (ending.kind === 'training') addTrainingEnding(c, ending);
  if (ending.kind === 'mediation') addMediation(c, ending, step2On);
  if (job) {
    // From matching to the new job: shadowing, selection, conditional contract, training, placement.
    const jc = jobContext(c, job);
    addShadowingAndSelection(jc, inStep1Only);
    addJobTraining(jc);
    addPlacement(jc);
  }
  return story;
}
