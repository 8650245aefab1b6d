import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import {
  caseloadScope,
  mayChooseCaseOrganisation,
  mayConfirmSkills,
  mayCreatePerson,
  mayEditPassport,
  mayReadPassport,
  maySetEvidence,
} from './policies.ts';

const actor = (role: Actor['role'], organisationId: string | null, userId = 'u1'): Actor => ({
  userId,
  role,
  regionId: 'r1',
  organisationId,
});
const person = { regionId: 'r1', userId: 'cand-1', caseOrganisationId: 'uwv' };

describe('passport policies', () => {
  it('the candidate reads and edits their own passport only', () => {
    const own = actor('candidate', null, 'cand-1');
    const other = actor('candidate', null, 'cand-2');
    expect(mayReadPassport(own, person)).toBe(true);
    expect(mayEditPassport(own, person)).toBe(true);
    expect(mayReadPassport(other, person)).toBe(false);
    expect(mayReadPassport(other, { ...person, userId: null })).toBe(false);
    expect(mayConfirmSkills(own, person)).toBe(false);
  });

  it('case managers of the case organisation read, edit and confirm; others nothing', () => {
    const cm = actor('case_manager', 'uwv');
    expect(mayReadPassport(cm, person)).toBe(true);
    expect(mayEditPassport(cm, person)).toBe(true);
    expect(mayConfirmSkills(cm, person)).toBe(true);
    expect(mayReadPassport(actor('case_manager', 'municipality'), person)).toBe(false);
    expect(mayReadPassport(cm, { ...person, caseOrganisationId: null })).toBe(false);
    expect(mayReadPassport({ ...cm, regionId: 'r2' }, person)).toBe(false);
  });

  it('coordinators, employers, providers and administrators never see a passport', () => {
    for (const role of ['coordinator', 'employer', 'provider', 'admin'] as const) {
      expect(mayReadPassport(actor(role, 'uwv'), person)).toBe(false);
      expect(mayEditPassport(actor(role, 'uwv'), person)).toBe(false);
      expect(mayCreatePerson(actor(role, 'uwv'))).toBe(false);
      expect(caseloadScope(actor(role, 'uwv'))).toBeNull();
    }
  });

  it('candidates and case managers (with an organisation) create passports', () => {
    expect(mayCreatePerson(actor('candidate', null))).toBe(true);
    expect(mayCreatePerson(actor('case_manager', 'uwv'))).toBe(true);
    expect(mayCreatePerson(actor('case_manager', null))).toBe(false);
    expect(mayChooseCaseOrganisation(actor('candidate', null))).toBe(true);
    expect(mayChooseCaseOrganisation(actor('case_manager', 'uwv'))).toBe(false);
  });

  it('lists a case manager’s organisation, a candidate’s own', () => {
    expect(caseloadScope(actor('case_manager', 'uwv'))).toEqual({
      kind: 'organisation',
      organisationId: 'uwv',
    });
    expect(caseloadScope(actor('candidate', null, 'c'))).toEqual({ kind: 'own', userId: 'c' });
  });

  it('candidates declare or derive evidence; certificates need an entry; case managers any', () => {
    const cand = actor('candidate', null);
    expect(maySetEvidence(cand, 'self', false)).toBe(true);
    expect(maySetEvidence(cand, 'work_history', false)).toBe(true);
    expect(maySetEvidence(cand, 'coach_verified', true)).toBe(false);
    expect(maySetEvidence(cand, 'test', true)).toBe(false);
    expect(maySetEvidence(cand, 'certificate', false)).toBe(false);
    expect(maySetEvidence(cand, 'certificate', true)).toBe(true);
    const cm = actor('case_manager', 'uwv');
    for (const e of ['self', 'coach_verified', 'test', 'certificate', 'work_history'] as const) {
      expect(maySetEvidence(cm, e, false)).toBe(true);
    }
    expect(maySetEvidence(actor('employer', 'x'), 'self', false)).toBe(false);
  });
});
