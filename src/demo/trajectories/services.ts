import { addDays } from '../../modules/trajectories/schedule.ts';
import { changeReferralStatus } from '../../modules/trajectories/use-cases/change-referral-status.ts';
import { proposeReferral } from '../../modules/trajectories/use-cases/propose-referral.ts';
import { at, workday } from './pilot-calendar.ts';
import type { ServiceKey } from './script-types.ts';
import type { StoryContext } from './story-context.ts';

/** The pilot's services: the kind of service in the demo catalogue, or null (referred to by title). */
const serviceOffers: Record<ServiceKey, { kind: string | null; title: string }> = {
  talent_scan: { kind: 'talent_scan', title: 'Talentenscan' },
  career_test: { kind: 'career_coaching', title: 'Loopbaantest en loopbaangesprekken' },
  grief_counselling: { kind: 'grief_counselling', title: 'Rouwverwerking na baanverlies' },
  social_media: { kind: 'cv_training', title: 'Cursus sociale media en solliciteren' },
  self_employment: { kind: 'self_employment', title: 'Ondersteuning starten als zzp’er' },
  language_nt2: { kind: 'language_nt2', title: 'Taalcursus NT2' },
  team_match: { kind: null, title: 'Team Match UWV: vacatures in de regio' },
  temp_agency: { kind: null, title: 'Inschrijving bij uitzendbureau' },
};

/** Referrals to the services the pilot offered: proposed, accepted, started, completed. */
export function addServices(c: StoryContext, step2On: string): void {
  const { db, l, story, cm, s, t } = c;
  s.services.forEach((key, i) => {
    const offer = serviceOffers[key];
    const proposedOn = workday(addDays(step2On, 1 + i * 7));
    const serviceId = offer.kind ? l.serviceIds.get(offer.kind) : undefined;
    const ref = `service-${key}`;
    story.add(at(proposedOn, '15:00'), async () => {
      const view = await proposeReferral(
        db,
        cm,
        t(),
        serviceId
          ? { offerKind: 'service', offerId: serviceId }
          : { offerKind: 'other', title: offer.title },
        at(proposedOn, '15:00'),
      );
      if (view.createdId) story.ids.set(ref, view.createdId);
    });
    // Matching help runs until someone has work; a course or scan ends after five weeks.
    const ongoing = (key === 'team_match' || key === 'temp_agency') && s.ending.kind !== 'job';
    const moves: [number, 'accepted' | 'started' | 'completed'][] = [
      [2, 'accepted'],
      [7, 'started'],
      ...(ongoing ? [] : ([[35, 'completed']] as [number, 'completed'][])),
    ];
    for (const [days, status] of moves) {
      const on = workday(addDays(proposedOn, days));
      story.add(at(on, '15:30'), () =>
        changeReferralStatus(
          db,
          cm,
          t(),
          story.id(ref),
          { status, ...(status === 'completed' ? { result: 'positive' as const } : {}) },
          at(on, '15:30'),
        ),
      );
    }
  });
}
