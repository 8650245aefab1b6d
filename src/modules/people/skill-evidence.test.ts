import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import { confirmedSkill, decideSkill, type SkillState } from './skill-evidence.ts';

const now = new Date('2025-03-01T10:00:00Z');
const earlier = new Date('2025-01-01T10:00:00Z');
const candidate: Actor = { userId: 'cand', role: 'candidate', regionId: 'r', organisationId: null };
const cm: Actor = { userId: 'cm', role: 'case_manager', regionId: 'r', organisationId: 'uwv' };
const verified: SkillState = {
  level: 2,
  evidence: 'coach_verified',
  source: 'work_history',
  note: null,
  confirmedByUserId: 'cm',
  confirmedAt: earlier,
};

describe('skill evidence decisions', () => {
  it('a new skill is self-declared and manual unless said otherwise', () => {
    const d = decideSkill(candidate, null, { level: 3, hasCertificateEntry: false }, now);
    expect(d).toEqual({
      ok: true,
      skill: {
        level: 3,
        evidence: 'self',
        source: 'manual',
        note: null,
        confirmedByUserId: null,
        confirmedAt: null,
      },
    });
  });

  it('refuses a candidate’s claim of coach_verified, test or an unbacked certificate', () => {
    for (const evidence of ['coach_verified', 'test', 'certificate'] as const) {
      const d = decideSkill(
        candidate,
        null,
        { level: 2, evidence, hasCertificateEntry: false },
        now,
      );
      expect(d).toMatchObject({ ok: false, field: 'evidence' });
    }
    const backed = decideSkill(
      candidate,
      null,
      { level: 2, evidence: 'certificate', hasCertificateEntry: true },
      now,
    );
    expect(backed).toMatchObject({
      ok: true,
      skill: { evidence: 'certificate', confirmedAt: null },
    });
  });

  it('keeps a verification when the candidate only changes the note', () => {
    const d = decideSkill(
      candidate,
      verified,
      { level: 2, note: 'ook thuis', hasCertificateEntry: false },
      now,
    );
    expect(d).toMatchObject({
      ok: true,
      skill: { evidence: 'coach_verified', confirmedByUserId: 'cm', confirmedAt: earlier },
    });
  });

  it('a candidate who changes the level of a verified skill makes it self-declared', () => {
    const d = decideSkill(candidate, verified, { level: 4, hasCertificateEntry: false }, now);
    expect(d).toMatchObject({
      ok: true,
      skill: { level: 4, evidence: 'self', confirmedByUserId: null, confirmedAt: null },
    });
  });

  it('a case manager who records verified evidence signs for it', () => {
    const d = decideSkill(
      cm,
      null,
      { level: 3, evidence: 'test', hasCertificateEntry: false },
      now,
    );
    expect(d).toMatchObject({ ok: true, skill: { confirmedByUserId: 'cm', confirmedAt: now } });
  });

  it('confirming makes coach_verified but keeps a test or certificate', () => {
    const self: SkillState = {
      ...verified,
      evidence: 'self',
      confirmedByUserId: null,
      confirmedAt: null,
    };
    expect(confirmedSkill(cm, self, 3, now)).toMatchObject({
      level: 3,
      evidence: 'coach_verified',
      confirmedByUserId: 'cm',
      confirmedAt: now,
    });
    expect(confirmedSkill(cm, { ...self, evidence: 'certificate' }, undefined, now)).toMatchObject({
      level: 2,
      evidence: 'certificate',
      confirmedByUserId: 'cm',
    });
  });
});
