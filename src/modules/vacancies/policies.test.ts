import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import type { ActingOrganisation } from './acting-organisation.ts';
import {
  mayManageVacancy,
  mayPostVacancy,
  mayViewVacancy,
  mayViewVacancyHistory,
  maySeeVacancyInternals,
  vacancyListScope,
} from './policies.ts';

const actor = (
  role: Actor['role'],
  organisationId: string | null = 'org-a',
  regionId = 'r1',
): Actor => ({
  userId: 'u',
  role,
  regionId,
  organisationId,
});
const org = (kinds: string[], overrides: Partial<ActingOrganisation> = {}): ActingOrganisation => ({
  id: 'org-a',
  regionId: 'r1',
  name: 'A',
  kinds,
  active: true,
  ...overrides,
});
const vacancy = (status: string, employerId = 'org-a', regionId = 'r1') => ({
  status,
  employerId,
  regionId,
});

describe('vacancy policies', () => {
  it('lets only active hiring employers post, for their own organisation', () => {
    expect(mayPostVacancy(actor('employer'), org(['hiring_employer']))).toBe(true);
    expect(mayPostVacancy(actor('employer'), org(['releasing_employer']))).toBe(false);
    expect(mayPostVacancy(actor('employer'), org(['hiring_employer'], { active: false }))).toBe(
      false,
    );
    expect(mayPostVacancy(actor('employer', 'org-b'), org(['hiring_employer']))).toBe(false);
    expect(mayPostVacancy(actor('case_manager'), org(['hiring_employer']))).toBe(false);
    expect(mayPostVacancy(actor('admin', null), null)).toBe(true);
  });

  it('shows an employer all of its own vacancies and none of another’s', () => {
    for (const status of ['draft', 'open', 'closed']) {
      expect(mayViewVacancy(actor('employer'), vacancy(status))).toBe(true);
      expect(mayViewVacancy(actor('employer', 'org-b'), vacancy(status))).toBe(false);
    }
    expect(mayManageVacancy(actor('employer'), vacancy('open'))).toBe(true);
    expect(mayManageVacancy(actor('employer', 'org-b'), vacancy('open'))).toBe(false);
  });

  it('shows case managers, coordinators and candidates the open vacancies of their region', () => {
    for (const role of ['case_manager', 'coordinator', 'candidate'] as const) {
      expect(mayViewVacancy(actor(role), vacancy('open', 'org-x'))).toBe(true);
      expect(mayViewVacancy(actor(role), vacancy('draft', 'org-x'))).toBe(false);
      expect(mayViewVacancy(actor(role), vacancy('paused', 'org-x'))).toBe(false);
      expect(mayViewVacancy(actor(role, null, 'r2'), vacancy('open', 'org-x'))).toBe(false);
      expect(mayManageVacancy(actor(role), vacancy('open', 'org-x'))).toBe(false);
      expect(maySeeVacancyInternals(actor(role), vacancy('open', 'org-x'))).toBe(false);
    }
    expect(mayViewVacancyHistory(actor('candidate', null), vacancy('open', 'org-x'))).toBe(false);
    expect(mayViewVacancyHistory(actor('case_manager'), vacancy('open', 'org-x'))).toBe(true);
  });

  it('gives providers no vacancies and administrators all', () => {
    expect(vacancyListScope(actor('provider'))).toBeNull();
    expect(mayViewVacancy(actor('provider'), vacancy('open', 'org-x'))).toBe(false);
    expect(vacancyListScope(actor('admin', null))).toEqual({ kind: 'all' });
    expect(vacancyListScope(actor('employer'))).toEqual({ kind: 'employer', employerId: 'org-a' });
    expect(vacancyListScope(actor('candidate', null))).toEqual({
      kind: 'region-open',
      regionId: 'r1',
    });
    expect(mayManageVacancy(actor('admin', null), vacancy('closed', 'org-x', 'r9'))).toBe(true);
  });
});
