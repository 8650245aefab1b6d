/**
 * Candidates: skills in an arena (skill id + packed level/evidence), an inverted index
 * skill → candidate slots for "top candidates for a vacancy", and wishes as columns.
 * NaN / -1 / NO_DAY / mask 0 mean "no wish": nothing is filtered on it.
 */

import { PostingLists } from './posting-lists.ts';
import { EVIDENCE_CODES, EVIDENCE_FACTOR } from './score.ts';
import { SlotMap, grow } from './slots.ts';
import type { SharedDictionaries } from './vacancy-index.ts';
import { NO_DAY, contractCode, toDay } from './vacancy-index.ts';
import type { CandidateInput, CandidateSkill, Evidence, SkillLevel } from './types.ts';

/** meta = (level − 1) | evidenceCode << 2 */
export function encodeSkillMeta(level: number, evidence: Evidence): number {
  return (level - 1) | (EVIDENCE_CODES.indexOf(evidence) << 2);
}

export function metaLevel(meta: number): SkillLevel {
  return ((meta & 3) + 1) as SkillLevel;
}

export function metaEvidence(meta: number): Evidence {
  return EVIDENCE_CODES[(meta >> 2) & 3] ?? 'self';
}

const EMPTY = new Int32Array(0);
/** Candidate postings carry the skill's meta (2 bits level, 2 bits evidence). */
export const CANDIDATE_FLAG_BITS = 4;

export class CandidateIndex {
  readonly slots = new SlotMap();
  /** Inverted index; the posting flag is the skill's meta (level and evidence). */
  readonly postings = new PostingLists(CANDIDATE_FLAG_BITS);
  private skillLists: Int32Array[] = [];
  private metaLists: Uint8Array[] = [];
  alive = new Uint8Array(0);
  /** 0 for a live slot, −Infinity for an empty one: the ranking scan adds it to every bound. */
  deadOrAlive = new Float32Array(0);
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  region = new Int32Array(0);
  maxKm = new Float32Array(0);
  minHours = new Float32Array(0);
  maxHours = new Float32Array(0);
  minSalary = new Float32Array(0);
  earliestDay = new Int32Array(0);
  contractMask = new Uint8Array(0);
  sectors: Int32Array[] = [];
  currentOccupation = new Int32Array(0);

  constructor(private readonly dicts: SharedDictionaries) {}

  get size(): number {
    return this.slots.size;
  }

  skillsOf(slot: number): Int32Array {
    return this.skillLists[slot] ?? EMPTY;
  }

  metasOf(slot: number): Uint8Array {
    return this.metaLists[slot] ?? new Uint8Array(0);
  }

  private ensure(slot: number): void {
    if (slot < this.alive.length) return;
    const n = slot + 1;
    this.alive = grow(this.alive, n);
    this.deadOrAlive = grow(this.deadOrAlive, n, -Infinity);
    this.lat = grow(this.lat, n, NaN);
    this.lon = grow(this.lon, n, NaN);
    this.region = grow(this.region, n, -1);
    this.maxKm = grow(this.maxKm, n, NaN);
    this.minHours = grow(this.minHours, n, NaN);
    this.maxHours = grow(this.maxHours, n, NaN);
    this.minSalary = grow(this.minSalary, n, NaN);
    this.earliestDay = grow(this.earliestDay, n, NO_DAY);
    this.contractMask = grow(this.contractMask, n);
    this.currentOccupation = grow(this.currentOccupation, n, -1);
  }

  upsert(c: CandidateInput): number {
    const slot = this.slots.acquire(c.id);
    this.ensure(slot);
    this.clearSkills(slot);
    const skills = dedupeSkills(c.skills);
    const ids = new Int32Array(skills.length);
    const metas = new Uint8Array(skills.length);
    skills.forEach((s, i) => {
      ids[i] = s.skillId;
      metas[i] = encodeSkillMeta(s.level, s.evidence);
      this.postings.add(s.skillId, slot, metas[i] ?? 0);
    });
    this.skillLists[slot] = ids;
    this.metaLists[slot] = metas;
    this.alive[slot] = 1;
    this.deadOrAlive[slot] = 0;
    const w = c.wishes ?? {};
    this.lat[slot] = w.home ? w.home.lat : NaN;
    this.lon[slot] = w.home ? w.home.lon : NaN;
    this.region[slot] = w.homeRegionId === undefined ? -1 : this.dicts.regions.code(w.homeRegionId);
    this.maxKm[slot] = w.maxTravelKm ?? NaN;
    this.minHours[slot] = w.minHours ?? NaN;
    this.maxHours[slot] = w.maxHours ?? NaN;
    this.minSalary[slot] = w.minSalary ?? NaN;
    this.earliestDay[slot] = w.earliestStart ? toDay(w.earliestStart, 'earliestStart') : NO_DAY;
    let mask = 0;
    for (const t of w.contractTypes ?? []) mask |= 1 << contractCode(t);
    this.contractMask[slot] = mask;
    this.sectors[slot] = Int32Array.from(w.sectors ?? [], (s) => this.dicts.sectors.code(s));
    this.currentOccupation[slot] =
      c.currentOccupationId === undefined ? -1 : this.dicts.occupations.code(c.currentOccupationId);
    return slot;
  }

  remove(id: string): number | undefined {
    const slot = this.slots.release(id);
    if (slot === undefined) return undefined;
    this.clearSkills(slot);
    this.alive[slot] = 0;
    this.deadOrAlive[slot] = -Infinity;
    return slot;
  }

  private clearSkills(slot: number): void {
    for (const s of this.skillsOf(slot)) this.postings.remove(s, slot);
    this.skillLists[slot] = EMPTY;
    this.metaLists[slot] = new Uint8Array(0);
  }
}

/** One entry per skill: the highest level, and for that level the strongest evidence. */
export function dedupeSkills(skills: readonly CandidateSkill[]): CandidateSkill[] {
  const by = new Map<number, CandidateSkill>();
  for (const s of skills) {
    const prev = by.get(s.skillId);
    const better =
      !prev ||
      s.level > prev.level ||
      (s.level === prev.level && EVIDENCE_FACTOR[s.evidence] > EVIDENCE_FACTOR[prev.evidence]);
    if (better) by.set(s.skillId, s);
  }
  return [...by.values()];
}
