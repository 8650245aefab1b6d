import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import { mayErasePerson, mayManageConsents, mayReadAccessLog } from './policies.ts';

const person = { regionId: 'r', userId: 'u-cand', caseOrganisationId: 'uwv' };
const actor = (role: Actor['role'], organisationId: string | null, userId = 'u1'): Actor => ({
  userId,
  role,
  regionId: 'r',
  organisationId,
});

describe('consent policies', () => {
  it('let the candidate and their case team manage consent, nobody else', () => {
    expect(mayManageConsents(actor('candidate', null, 'u-cand'), person)).toBe(true);
    expect(mayManageConsents(actor('case_manager', 'uwv'), person)).toBe(true);
    expect(mayManageConsents(actor('case_manager', 'gemeente'), person)).toBe(false);
    expect(mayManageConsents(actor('employer', 'uwv'), person)).toBe(false);
    expect(mayManageConsents(actor('admin', null), person)).toBe(false);
    expect(mayReadAccessLog(actor('candidate', null, 'other'), person)).toBe(false);
  });

  it('let only the candidate or an administrator erase', () => {
    expect(mayErasePerson(actor('candidate', null, 'u-cand'), person)).toBe(true);
    expect(mayErasePerson(actor('admin', null), person)).toBe(true);
    expect(mayErasePerson(actor('case_manager', 'uwv'), person)).toBe(false);
    expect(mayErasePerson(actor('candidate', null, 'other'), person)).toBe(false);
  });
});
