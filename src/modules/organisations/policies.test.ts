import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import { mayUpdateOrganisation, mayViewOrganisation, organisationListScope } from './policies.ts';

const region = 'r1';
const own = { id: 'org-own', regionId: region };
const other = { id: 'org-other', regionId: region };
const far = { id: 'org-far', regionId: 'r2' };
const actor = (role: Actor['role'], organisationId: string | null = 'org-own'): Actor => ({
  userId: 'u',
  role,
  regionId: region,
  organisationId,
});

describe('organisation policies', () => {
  it('employers and providers see and edit only their own organisation', () => {
    for (const role of ['employer', 'provider'] as const) {
      expect(mayViewOrganisation(actor(role), own)).toBe(true);
      expect(mayViewOrganisation(actor(role), other)).toBe(false);
      expect(mayUpdateOrganisation(actor(role), own)).toBe(true);
      expect(mayUpdateOrganisation(actor(role), other)).toBe(false);
      expect(organisationListScope(actor(role))).toEqual({ kind: 'own', id: 'org-own' });
    }
  });

  it('case managers and coordinators see their region, not another', () => {
    for (const role of ['case_manager', 'coordinator'] as const) {
      expect(mayViewOrganisation(actor(role), other)).toBe(true);
      expect(mayViewOrganisation(actor(role), far)).toBe(false);
      expect(mayUpdateOrganisation(actor(role), other)).toBe(false);
    }
  });

  it('candidates list nothing and edit nothing; admins everything', () => {
    expect(organisationListScope(actor('candidate', null))).toBeNull();
    expect(mayUpdateOrganisation(actor('candidate', 'org-own'), own)).toBe(false);
    expect(mayViewOrganisation(actor('admin', null), far)).toBe(true);
    expect(organisationListScope(actor('admin', null))).toEqual({ kind: 'all' });
  });
});
