import type { Actor } from '../auth/actor.ts';
import type { Evidence, SkillSource } from './field-rules.ts';
import { maySetEvidence, verifiedEvidence } from './policies.ts';

/** A passport skill as stored, without its keys. */
export interface SkillState {
  level: number;
  evidence: Evidence;
  source: SkillSource;
  note: string | null;
  confirmedByUserId: string | null;
  confirmedAt: Date | null;
}

export interface SkillChange {
  level: number;
  evidence?: Evidence | undefined;
  source?: SkillSource | undefined;
  note?: string | null | undefined;
  /** Whether the change names a certificate entry of this passport that proves the skill. */
  hasCertificateEntry: boolean;
}

export type SkillDecision =
  { ok: true; skill: SkillState } | { ok: false; field: 'evidence'; message: string };

/**
 * The skill after a change, or why the actor may not make it. A claim is made anew when the
 * skill is new, or its evidence or level changes; then the actor must be allowed that evidence.
 * A candidate who changes the level of a verified skill without naming evidence keeps the skill
 * as self-declared: the verification was of the old level. A case manager who records verified
 * evidence (coach_verified, test, certificate) signs for it (confirmed by/at).
 */
export function decideSkill(
  actor: Actor,
  current: SkillState | null,
  change: SkillChange,
  now: Date,
): SkillDecision {
  let evidence: Evidence = change.evidence ?? current?.evidence ?? 'self';
  const claimsAnew = !current || evidence !== current.evidence || current.level !== change.level;
  if (claimsAnew && !maySetEvidence(actor, evidence, change.hasCertificateEntry)) {
    if (change.evidence !== undefined) {
      return {
        ok: false,
        field: 'evidence',
        message:
          evidence === 'certificate'
            ? 'evidence: certificate needs certificateEntryId, a certificate entry of this passport'
            : `evidence: only a case manager records ${evidence}`,
      };
    }
    evidence = 'self';
  }
  const verified = verifiedEvidence.includes(evidence);
  let confirmedByUserId: string | null = null;
  let confirmedAt: Date | null = null;
  if (verified && !claimsAnew && current) {
    confirmedByUserId = current.confirmedByUserId;
    confirmedAt = current.confirmedAt;
  } else if (verified && actor.role === 'case_manager') {
    confirmedByUserId = actor.userId;
    confirmedAt = now;
  }
  return {
    ok: true,
    skill: {
      level: change.level,
      evidence,
      source: change.source ?? current?.source ?? 'manual',
      note: change.note !== undefined ? change.note : (current?.note ?? null),
      confirmedByUserId,
      confirmedAt,
    },
  };
}

/**
 * A case manager's confirmation: the skill becomes coach_verified, unless a test or certificate
 * already proves it (stronger evidence is kept); either way the case manager signs for it.
 */
export function confirmedSkill(
  actor: Actor,
  current: SkillState,
  level: number | undefined,
  now: Date,
): SkillState {
  const keep = current.evidence === 'test' || current.evidence === 'certificate';
  return {
    ...current,
    level: level ?? current.level,
    evidence: keep ? current.evidence : 'coach_verified',
    confirmedByUserId: actor.userId,
    confirmedAt: now,
  };
}

/** The state of a stored row (evidence and source are text columns). */
export const skillStateOf = (row: {
  level: number;
  evidence: string;
  source: string;
  note: string | null;
  confirmedByUserId: string | null;
  confirmedAt: Date | null;
}): SkillState => ({
  level: row.level,
  evidence: row.evidence as Evidence,
  source: row.source as SkillSource,
  note: row.note,
  confirmedByUserId: row.confirmedByUserId,
  confirmedAt: row.confirmedAt,
});
