import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import type { ActingOrganisation } from '../vacancies/acting-organisation.ts';
import {
  catalogueScope,
  mayManageOffer,
  mayOfferShadowing,
  mayOrganiseEvents,
  mayPublishOffers,
  mayViewOffer,
} from './policies.ts';

const actor = (
  role: Actor['role'],
  organisationId: string | null = 'prov-a',
  regionId = 'r1',
): Actor => ({
  userId: 'u',
  role,
  regionId,
  organisationId,
});
const org = (id: string, kinds: string[]): ActingOrganisation => ({
  id,
  regionId: 'r1',
  name: id,
  kinds,
  active: true,
});
const offer = (status: string, ownerId = 'prov-a', regionId = 'r1') => ({
  status,
  ownerId,
  regionId,
});

describe('offer catalogue policies', () => {
  it('lets training providers and initiatives publish, employers offer shadowing', () => {
    expect(mayPublishOffers(actor('provider'), org('prov-a', ['training_provider']))).toBe(true);
    expect(mayPublishOffers(actor('provider'), org('prov-a', ['initiative']))).toBe(true);
    expect(mayPublishOffers(actor('provider'), org('prov-a', ['union']))).toBe(false);
    expect(
      mayPublishOffers(actor('provider', 'prov-b'), org('prov-a', ['training_provider'])),
    ).toBe(false);
    expect(mayPublishOffers(actor('employer', 'dc'), org('dc', ['hiring_employer']))).toBe(false);
    expect(mayOfferShadowing(actor('employer', 'dc'), org('dc', ['hiring_employer']))).toBe(true);
    expect(mayOfferShadowing(actor('employer', 'cat'), org('cat', ['releasing_employer']))).toBe(
      false,
    );
    expect(
      mayOrganiseEvents(actor('coordinator', 'regio'), org('regio', ['regional_partnership'])),
    ).toBe(true);
    expect(mayOrganiseEvents(actor('provider'), org('prov-a', ['training_provider']))).toBe(false);
    expect(mayOrganiseEvents(actor('provider'), org('prov-a', ['initiative']))).toBe(true);
    expect(mayOrganiseEvents(actor('employer', 'dc'), org('dc', ['hiring_employer']))).toBe(false);
  });

  it('lets only the owner change an offer; others who see it get 403, not the change', () => {
    expect(mayManageOffer(actor('provider'), offer('published'))).toBe(true);
    expect(mayManageOffer(actor('provider', 'prov-b'), offer('published'))).toBe(false);
    expect(mayViewOffer(actor('provider', 'prov-b'), offer('published'))).toBe(true);
    expect(mayViewOffer(actor('provider', 'prov-b'), offer('draft'))).toBe(false);
    expect(mayManageOffer(actor('case_manager', 'uwv'), offer('published'))).toBe(false);
  });

  it('shows candidates what is published, case managers and coordinators everything, in their region', () => {
    expect(mayViewOffer(actor('candidate', null), offer('published'))).toBe(true);
    expect(mayViewOffer(actor('candidate', null), offer('draft'))).toBe(false);
    expect(mayViewOffer(actor('candidate', null), offer('archived'))).toBe(false);
    for (const role of ['case_manager', 'coordinator'] as const) {
      expect(mayViewOffer(actor(role, 'uwv'), offer('draft'))).toBe(true);
      expect(mayViewOffer(actor(role, 'uwv', 'r2'), offer('published'))).toBe(false);
      expect(catalogueScope(actor(role, 'uwv'))).toMatchObject({
        regionId: 'r1',
        unpublished: true,
      });
    }
    expect(catalogueScope(actor('candidate', null))).toMatchObject({
      regionId: 'r1',
      unpublished: null,
    });
    expect(catalogueScope(actor('provider'))).toMatchObject({ unpublished: { ownerId: 'prov-a' } });
    expect(catalogueScope(actor('admin', null), 'r7')).toMatchObject({
      regionId: 'r7',
      unpublished: true,
    });
  });
});
