import { grantConsent } from '../../modules/consent/use-cases/grant-consent.ts';
import { enterStep } from '../../modules/trajectories/use-cases/enter-step.ts';
import { at } from './pilot-calendar.ts';
import type { StoryContext } from './story-context.ts';

/** Step 3: matching, with the passport shown to hiring employers from now on. */
export function addMatching(c: StoryContext, step3On: string): void {
  const { db, story, cm, p, self, t } = c;
  const consentBy = self ?? cm;
  story.add(at(step3On, '09:30'), () =>
    enterStep(db, cm, t(), { step: 3, reason: 'ready_for_matching' }, at(step3On, '09:30')),
  );
  story.add(at(step3On, '09:40'), () =>
    grantConsent(
      db,
      consentBy,
      p.id,
      { purpose: 'passport_to_hiring_employer', recipientOrganisationId: null },
      at(step3On, '09:40'),
    ),
  );
}
