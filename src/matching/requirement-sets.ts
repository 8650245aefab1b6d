/**
 * Requirement sets (of vacancies, or of occupations) in flat arrays, plus the inverted index
 * skill → (slot, weight) that the fast ranking walks.
 *
 * Requirements of all sets live in one arena (reqSkill/reqMeta); a set is start+count into it.
 * Replacing a set appends and leaves garbage; the arena compacts when garbage passes half.
 *
 * Per set we keep `baseline`: the fit any candidate earns from learnable requirements alone
 * (Σ weight × learnable credit / Σ weight). Ranking adds, from the postings, what held credit
 * earns beyond the learnable credit. It depends on the training catalogue,
 * so `refreshSkill` moves it for the sets that require a skill whose trainability flipped.
 */

import { PostingLists } from './posting-lists.ts';
import {
  ESSENTIAL_WEIGHT,
  OPTIONAL_WEIGHT,
  TRAINING_CREDIT,
  importanceWeight,
  learnableCredit,
} from './score.ts';
import { grow } from './slots.ts';
import type { SkillRequirement } from './types.ts';

export const META_ESSENTIAL = 1;
export const META_ON_THE_JOB = 2;

export function encodeMeta(r: SkillRequirement): number {
  return (
    (r.importance === 'essential' ? META_ESSENTIAL : 0) |
    (r.learnableOnTheJob ? META_ON_THE_JOB : 0) |
    ((r.minLevel - 1) << 2)
  );
}

export function metaMinLevel(meta: number): number {
  return ((meta >> 2) & 3) + 1;
}

/**
 * Vacancy postings carry 12 bits: bit 0 = learnable on the job, bits 1–2 = minimum level − 1,
 * bit 3 = essential, bits 4–11 = the set's total weight T (0 when T > 255). With them the
 * ranking pass adds importance × credit above the learnable credit × 1/T, the exact term of
 * the fit, from a 16-entry table and a 256-entry table: no per-vacancy lookup (see
 * rank-vacancies.ts). Slots stay below 2^20.
 */
export const SET_FLAG_BITS = 12;

export function postingFlag(r: SkillRequirement, totalWeight: number): number {
  const t = totalWeight <= 255 ? totalWeight : 0;
  return (
    (r.learnableOnTheJob ? 1 : 0) |
    ((r.minLevel - 1) << 1) |
    (r.importance === 'essential' ? 8 : 0) |
    (t << 4)
  );
}

/**
 * One requirement per skill: duplicates merge to the strictest (essential wins, highest
 * minimum level, learnable on the job only if every duplicate says so). First position is kept.
 */
export function dedupeRequirements(reqs: readonly SkillRequirement[]): SkillRequirement[] {
  const bySkill = new Map<number, SkillRequirement>();
  for (const r of reqs) {
    const prev = bySkill.get(r.skillId);
    if (!prev) {
      bySkill.set(r.skillId, { ...r });
      continue;
    }
    if (r.importance === 'essential') prev.importance = 'essential';
    if (r.minLevel > prev.minLevel) prev.minLevel = r.minLevel;
    prev.learnableOnTheJob = prev.learnableOnTheJob && r.learnableOnTheJob;
  }
  return [...bySkill.values()];
}

export class RequirementSets {
  reqSkill = new Int32Array(1024);
  reqMeta = new Uint8Array(1024);
  start = new Int32Array(0);
  count = new Int32Array(0);
  totalWeight = new Float64Array(0);
  /** 1 / totalWeight (0 for an empty set). */
  invTotal = new Float32Array(0);
  /** See file comment; -Infinity marks an empty slot so scans skip it. */
  baseline = new Float32Array(0);
  /** The same in float64: deltas accumulate here, so repeated flips cannot drift. */
  private baseline64 = new Float64Array(0);
  readonly postings = new PostingLists(SET_FLAG_BITS);
  private used = 0;
  private garbage = 0;

  private ensureSlot(slot: number): void {
    if (slot < this.start.length) return;
    this.start = grow(this.start, slot + 1);
    this.count = grow(this.count, slot + 1);
    this.totalWeight = grow(this.totalWeight, slot + 1);
    this.invTotal = grow(this.invTotal, slot + 1);
    this.baseline = grow(this.baseline, slot + 1, -Infinity);
    this.baseline64 = grow(this.baseline64, slot + 1, -Infinity);
  }

  set(slot: number, reqs: readonly SkillRequirement[], teachCount: Int32Array): void {
    this.clear(slot);
    this.ensureSlot(slot);
    const list = dedupeRequirements(reqs);
    if (this.used + list.length > this.reqSkill.length) this.compactOrGrow(list.length);
    let total = 0;
    for (const r of list) total += importanceWeight(r.importance);
    const at = this.used;
    for (let i = 0; i < list.length; i++) {
      const r = list[i] as SkillRequirement;
      this.reqSkill[at + i] = r.skillId;
      this.reqMeta[at + i] = encodeMeta(r);
      this.postings.add(r.skillId, slot, postingFlag(r, total));
    }
    this.used += list.length;
    this.start[slot] = at;
    this.count[slot] = list.length;
    this.totalWeight[slot] = total;
    this.invTotal[slot] = total > 0 ? 1 / total : 0;
    this.recomputeBaseline(slot, teachCount);
  }

  clear(slot: number): void {
    if (slot >= this.start.length || this.baseline[slot] === -Infinity) return;
    const s = this.start[slot] ?? 0;
    const n = this.count[slot] ?? 0;
    for (let i = s; i < s + n; i++) this.postings.remove(this.reqSkill[i] ?? 0, slot);
    this.garbage += n;
    this.count[slot] = 0;
    this.totalWeight[slot] = 0;
    this.baseline[slot] = -Infinity;
    this.baseline64[slot] = -Infinity;
  }

  isAlive(slot: number): boolean {
    return slot < this.baseline.length && this.baseline[slot] !== -Infinity;
  }

  recomputeBaseline(slot: number, teachCount: Int32Array): void {
    const s = this.start[slot] ?? 0;
    const n = this.count[slot] ?? 0;
    const total = this.totalWeight[slot] ?? 0;
    let sum = 0;
    for (let i = s; i < s + n; i++) {
      const meta = this.reqMeta[i] ?? 0;
      const skill = this.reqSkill[i] ?? 0;
      const w =
        meta & META_ESSENTIAL ? importanceWeight('essential') : importanceWeight('optional');
      sum += w * learnableCredit((meta & META_ON_THE_JOB) !== 0, (teachCount[skill] ?? 0) > 0);
    }
    this.baseline64[slot] = total > 0 ? sum / total : 0;
    this.baseline[slot] = this.baseline64[slot] ?? 0;
  }

  /**
   * The trainability of `skill` flipped: move the baselines of the sets requiring it by
   * ± weight × TRAINING_CREDIT (requirements learnable on the job are unaffected). A delta, not
   * a recount, because a popular skill sits in thousands of sets. Deltas add up in float64 (no
   * drift worth the name); the float32 copy the ranking scans is rounded once from it.
   */
  refreshSkill(skill: number, teachCount: Int32Array): void {
    const sign = (teachCount[skill] ?? 0) > 0 ? 1 : -1;
    const from = this.postings.start(skill);
    const to = from + this.postings.length(skill);
    const arena = this.postings.arena;
    for (let i = from; i < to; i++) {
      const p = arena[i] ?? 0;
      if (p & 1) continue; // learnable on the job: training changes nothing
      const slot = p >>> SET_FLAG_BITS;
      const w = p & 8 ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT;
      const delta = sign * w * (this.invTotal[slot] ?? 0) * TRAINING_CREDIT;
      const b = (this.baseline64[slot] ?? 0) + delta;
      this.baseline64[slot] = b;
      this.baseline[slot] = b;
    }
  }

  private compactOrGrow(extra: number): void {
    const live = this.used - this.garbage;
    if (this.garbage > live) {
      const skill = new Int32Array(Math.max(1024, (live + extra) * 2));
      const meta = new Uint8Array(skill.length);
      let at = 0;
      for (let slot = 0; slot < this.start.length; slot++) {
        if (this.baseline[slot] === -Infinity) continue;
        const s = this.start[slot] ?? 0;
        const n = this.count[slot] ?? 0;
        skill.set(this.reqSkill.subarray(s, s + n), at);
        meta.set(this.reqMeta.subarray(s, s + n), at);
        this.start[slot] = at;
        at += n;
      }
      this.reqSkill = skill;
      this.reqMeta = meta;
      this.used = at;
      this.garbage = 0;
    }
    if (this.used + extra > this.reqSkill.length) {
      this.reqSkill = grow(this.reqSkill, this.used + extra);
      this.reqMeta = grow(this.reqMeta, this.used + extra);
    }
  }
}
