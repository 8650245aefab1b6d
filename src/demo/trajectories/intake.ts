import { grantConsent } from '../../modules/consent/use-cases/grant-consent.ts';
import { recordIntake } from '../../modules/trajectories/use-cases/record-intake.ts';
import { registerForTrajectory } from '../../modules/trajectories/use-cases/register-for-trajectory.ts';
import { scheduleAppointment } from '../../modules/trajectories/use-cases/schedule-appointment.ts';
import { startTrajectory } from '../../modules/trajectories/use-cases/start-trajectory.ts';
import { triageTrajectory } from '../../modules/trajectories/use-cases/triage-trajectory.ts';
import { at } from './pilot-calendar.ts';
import type { StoryContext } from './story-context.ts';

/** Step 1 begins: the trajectory starts and the intake is planned. */
export function addStart(c: StoryContext, intakeOn: string): void {
  const { db, story, cm, p, self, t } = c;
  const start = c.s.startedOn;
  // Start: the employer's HR enrolled them, or the candidate signed up herself.
  story.add(at(start, '08:30'), async () => {
    const view = self
      ? await registerForTrajectory(db, self, p.id, at(start, '08:30'))
      : await startTrajectory(db, cm, { personId: p.id, source: 'employer' }, at(start, '08:30'));
    story.trajectoryId = view.id;
  });
  story.add(at(start, '08:45'), () =>
    scheduleAppointment(
      db,
      cm,
      t(),
      {
        kind: 'intake',
        startsAt: at(intakeOn, '09:00').toISOString(),
        title: 'Intakegesprek',
        location: 'Werkplein',
      },
      at(start, '08:45'),
    ),
  );
}

/** Intake and triage; consent to tell the releasing employer how it goes. */
export function addIntake(c: StoryContext, intakeOn: string): void {
  const { db, l, story, cm, s, p, self, t } = c;
  story.add(at(intakeOn, '10:00'), () =>
    recordIntake(
      db,
      cm,
      t(),
      {
        situation: 'Werkt al jaren in de contractcatering; de baan verdwijnt door de coronacrisis.',
        motivation: 'Wil graag aan het werk blijven en niet werkloos worden.',
        wishes: s.wants.length
          ? `Wil kijken naar werk in: ${s.wants.join(', ')}.`
          : 'Weet nog niet welke kant op.',
        obstacles: s.obstacles ?? [],
        obstacleNote: s.obstacles?.length
          ? 'Besproken in de intake; zie de afspraken in het plan.'
          : null,
        digitalSkills: s.obstacles?.includes('language') ? 'basic' : 'sufficient',
      },
      at(intakeOn, '10:00'),
    ),
  );
  const triageReason = {
    1: 'Kan op eigen kracht werk vinden; krijgt enkele testen en de online hulpmiddelen.',
    2: 'Korte dienstverlening en direct inzetten op jobmatching.',
    3: 'Heeft maatwerk nodig voordat matching zinvol is.',
  }[s.triage];
  story.add(at(intakeOn, '10:45'), () =>
    triageTrajectory(db, cm, t(), { group: s.triage, reason: triageReason }, at(intakeOn, '10:45')),
  );
  const consentBy = self ?? cm;
  const releasingId = p.releasingKey ? l.orgIds.get(p.releasingKey) : undefined;
  if (releasingId) {
    story.add(at(intakeOn, '11:00'), () =>
      grantConsent(
        db,
        consentBy,
        p.id,
        { purpose: 'progress_to_releasing_employer', recipientOrganisationId: releasingId },
        at(intakeOn, '11:00'),
      ),
    );
  }
}
