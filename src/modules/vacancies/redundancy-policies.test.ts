import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import type { ActingOrganisation } from './acting-organisation.ts';
import {
  mayManageNotice,
  mayReportRedundancy,
  mayViewEnrolments,
  mayViewNotice,
  noticeListScope,
} from './redundancy-policies.ts';

const actor = (
  role: Actor['role'],
  organisationId: string | null = 'cat-a',
  regionId = 'r1',
): Actor => ({
  userId: 'u',
  role,
  regionId,
  organisationId,
});
const org = (kinds: string[]): ActingOrganisation => ({
  id: 'cat-a',
  regionId: 'r1',
  name: 'Catering A',
  kinds,
  active: true,
});
const notice = { regionId: 'r1', employerId: 'cat-a' };

describe('redundancy notice policies', () => {
  it('lets only releasing employers report, for their own organisation', () => {
    expect(mayReportRedundancy(actor('employer'), org(['releasing_employer']))).toBe(true);
    expect(
      mayReportRedundancy(actor('employer'), org(['releasing_employer', 'hiring_employer'])),
    ).toBe(true);
    expect(mayReportRedundancy(actor('employer'), org(['hiring_employer']))).toBe(false);
    expect(mayReportRedundancy(actor('employer', 'cat-b'), org(['releasing_employer']))).toBe(
      false,
    );
    expect(mayReportRedundancy(actor('case_manager'), org(['releasing_employer']))).toBe(false);
  });

  it('shows notices at once to the case managers and coordinators of the region, not beyond', () => {
    for (const role of ['case_manager', 'coordinator'] as const) {
      expect(mayViewNotice(actor(role, 'uwv'), notice)).toBe(true);
      expect(mayViewNotice(actor(role, 'uwv', 'r2'), notice)).toBe(false);
      expect(mayManageNotice(actor(role, 'uwv'), notice)).toBe(false);
      expect(mayViewEnrolments(actor(role, 'uwv'), notice)).toBe(false);
      expect(noticeListScope(actor(role, 'uwv'))).toEqual({ kind: 'region', regionId: 'r1' });
    }
  });

  it('keeps notices from other employers, candidates and providers', () => {
    expect(mayViewNotice(actor('employer'), notice)).toBe(true);
    expect(mayViewEnrolments(actor('employer'), notice)).toBe(true);
    expect(mayViewNotice(actor('employer', 'cat-b'), notice)).toBe(false);
    expect(mayViewNotice(actor('candidate', null), notice)).toBe(false);
    expect(mayViewNotice(actor('provider', 'school'), notice)).toBe(false);
    expect(noticeListScope(actor('candidate', null))).toBeNull();
    expect(noticeListScope(actor('provider', 'school'))).toBeNull();
    expect(mayManageNotice(actor('admin', null, 'r9'), notice)).toBe(true);
  });
});
