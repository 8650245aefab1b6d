import { addDays } from '../../modules/trajectories/schedule.ts';
import { changeReferralStatus } from '../../modules/trajectories/use-cases/change-referral-status.ts';
import { enterStep } from '../../modules/trajectories/use-cases/enter-step.ts';
import { planShadowing } from '../../modules/trajectories/use-cases/plan-shadowing.ts';
import { proposeReferral } from '../../modules/trajectories/use-cases/propose-referral.ts';
import { recordSelection } from '../../modules/trajectories/use-cases/record-selection.ts';
import { recordShadowingOutcome } from '../../modules/trajectories/use-cases/record-shadowing-outcome.ts';
import { scheduleAppointment } from '../../modules/trajectories/use-cases/schedule-appointment.ts';
import { PILOT_END, at, workday } from './pilot-calendar.ts';
import type { Ending } from './script-types.ts';
import type { StoryContext } from './story-context.ts';

/** Still in mediation at the pilot's end: shadowing that did not fit, a selection lost, … */
export function addMediation(
  c: StoryContext,
  ending: Extract<Ending, { kind: 'mediation' }>,
  step2On: string,
): void {
  const { db, l, story, cm, t } = c;
  if (ending.sheltered) {
    const on = workday(addDays(step2On, 56));
    const title = 'Aanvraag indicatie beschut werk (via gemeente en UWV)';
    story.add(at(on, '10:00'), async () => {
      const view = await proposeReferral(
        db,
        cm,
        t(),
        { offerKind: 'other', title },
        at(on, '10:00'),
      );
      if (view.createdId) story.ids.set('sheltered', view.createdId);
    });
    for (const [days, status] of [
      [3, 'accepted'],
      [21, 'started'],
    ] as const) {
      const day = workday(addDays(on, days));
      story.add(at(day, '10:00'), () =>
        changeReferralStatus(db, cm, t(), story.id('sheltered'), { status }, at(day, '10:00')),
      );
    }
  }
  if (ending.shadowing) {
    const sh = ending.shadowing;
    const employerId = l.orgIds.get(sh.employer) ?? null;
    const planned = workday(addDays(sh.on, -7));
    story.add(at(planned, '10:00'), async () => {
      const view = await planShadowing(
        db,
        cm,
        t(),
        { employerId, startDate: sh.on, endDate: addDays(sh.on, 1) },
        at(planned, '10:00'),
      );
      if (view.createdId) story.ids.set('shadowing', view.createdId);
    });
    const done = workday(addDays(sh.on, 2));
    story.add(at(done, '16:00'), () =>
      recordShadowingOutcome(
        db,
        cm,
        t(),
        story.id('shadowing'),
        {
          fit: sh.fit,
          feedbackCandidate:
            sh.fit === 'no'
              ? 'Het werk past toch niet bij mij.'
              : 'Leuk, maar ik twijfel over de uren.',
          feedbackEmployer: 'Vriendelijk en leergierig.',
        },
        at(done, '16:00'),
      ),
    );
    if (ending.step === 4) {
      const on = workday(addDays(sh.on, 7));
      story.add(at(on, '09:00'), () =>
        enterStep(
          db,
          cm,
          t(),
          { step: 4, reason: 'shadowing_fit', note: 'Sollicitatiegesprek gepland' },
          at(on, '09:00'),
        ),
      );
    }
  }
  if (ending.notSelectedOn) {
    const on = ending.notSelectedOn;
    const employerId = l.orgIds.get('logistics') ?? null;
    const invited = workday(addDays(on, -14));
    story.add(at(invited, '09:00'), () =>
      enterStep(
        db,
        cm,
        t(),
        { step: 4, reason: 'selected', note: 'Uitgenodigd' },
        at(invited, '09:00'),
      ),
    );
    story.add(at(on, '11:00'), () =>
      recordSelection(
        db,
        cm,
        t(),
        { employerId, result: 'not_selected', decidedOn: on, note: 'Andere kandidaat gekozen' },
        at(on, '11:00'),
      ),
    );
    story.add(at(on, '11:10'), () =>
      enterStep(db, cm, t(), { step: 3, reason: 'not_selected' }, at(on, '11:10')),
    );
  }
  story.add(at(PILOT_END, '14:00'), () =>
    scheduleAppointment(
      db,
      cm,
      t(),
      {
        kind: 'coaching',
        startsAt: at('2021-04-08', '10:00').toISOString(),
        title: 'Vervolggesprek (overdracht naar het Regionaal Mobiliteitsteam)',
      },
      at(PILOT_END, '14:00'),
    ),
  );
}
