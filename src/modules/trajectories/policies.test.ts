import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import {
  isCaseTeam,
  isOwnTrajectory,
  mayAskCaseConsent,
  maySeeObstacles,
  mayStartTrajectory,
  type TrajectoryRef,
} from './policies.ts';

const t: TrajectoryRef = { regionId: 'r1', caseOrganisationId: 'uwv', personUserId: 'u-cand' };
const actor = (role: Actor['role'], organisationId: string | null, userId = 'u1'): Actor => ({
  userId,
  role,
  regionId: 'r1',
  organisationId,
});

describe('trajectory policies', () => {
  it('make the case organisation’s case managers the case team, nobody else', () => {
    expect(isCaseTeam(actor('case_manager', 'uwv'), t)).toBe(true);
    expect(isCaseTeam(actor('case_manager', 'gemeente'), t)).toBe(false);
    expect(isCaseTeam({ ...actor('case_manager', 'uwv'), regionId: 'r2' }, t)).toBe(false);
    for (const role of ['employer', 'provider', 'coordinator', 'admin', 'candidate'] as const) {
      expect(isCaseTeam(actor(role, 'uwv'), t)).toBe(false);
    }
  });

  it('let partner staff ask for case consent, but not employers or the case team itself', () => {
    expect(mayAskCaseConsent(actor('case_manager', 'gemeente'), t)).toBe(true);
    expect(mayAskCaseConsent(actor('provider', 'school'), t)).toBe(true);
    expect(mayAskCaseConsent(actor('case_manager', 'uwv'), t)).toBe(false);
    expect(mayAskCaseConsent(actor('employer', 'hotel'), t)).toBe(false);
    expect(mayAskCaseConsent(actor('coordinator', 'partnership'), t)).toBe(false);
  });

  it('show obstacles to the case team and consented partners, never to the candidate view', () => {
    expect(maySeeObstacles('case_team')).toBe(true);
    expect(maySeeObstacles('partner')).toBe(true);
    expect(maySeeObstacles('candidate')).toBe(false);
  });

  it('let a candidate register themself once a case organisation is chosen', () => {
    const own = actor('candidate', null, 'u-cand');
    expect(isOwnTrajectory(own, t)).toBe(true);
    expect(
      mayStartTrajectory(own, { regionId: 'r1', userId: 'u-cand', caseOrganisationId: 'uwv' }),
    ).toBe(true);
    expect(
      mayStartTrajectory(own, { regionId: 'r1', userId: 'u-cand', caseOrganisationId: null }),
    ).toBe(false);
    expect(
      mayStartTrajectory(own, { regionId: 'r1', userId: 'other', caseOrganisationId: 'uwv' }),
    ).toBe(false);
    expect(
      mayStartTrajectory(actor('case_manager', 'uwv'), {
        regionId: 'r1',
        userId: null,
        caseOrganisationId: 'uwv',
      }),
    ).toBe(true);
    expect(
      mayStartTrajectory(actor('case_manager', 'gemeente'), {
        regionId: 'r1',
        userId: null,
        caseOrganisationId: 'uwv',
      }),
    ).toBe(false);
  });
});
