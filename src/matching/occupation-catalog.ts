/**
 * Occupations (ESCO profiles): essential and optional skills as requirement sets (minimum level
 * 1, never "learnable on the job": that is a property of a job, not of an occupation), plus
 * the shortage mark. Used by opportunity occupations and transition paths.
 */

import { RequirementSets } from './requirement-sets.ts';
import { SlotMap, grow } from './slots.ts';
import type { SharedDictionaries } from './vacancy-index.ts';
import type { OccupationInput, SkillRequirement } from './types.ts';

const EMPTY = new Int32Array(0);

export class OccupationCatalog {
  readonly slots = new SlotMap();
  readonly sets = new RequirementSets();
  shortage = new Uint8Array(0);
  /** Interned occupation id, shared with VacancyIndex.occupation. */
  code = new Int32Array(0);
  private essentials: Int32Array[] = [];

  constructor(private readonly dicts: SharedDictionaries) {}

  get size(): number {
    return this.slots.size;
  }

  essentialsOf(slot: number): Int32Array {
    return this.essentials[slot] ?? EMPTY;
  }

  upsert(o: OccupationInput, teachCount: Int32Array): number {
    const slot = this.slots.acquire(o.id);
    this.shortage = grow(this.shortage, slot + 1);
    this.code = grow(this.code, slot + 1, -1);
    const reqs: SkillRequirement[] = [];
    for (const skillId of o.essentialSkillIds) {
      reqs.push({ skillId, importance: 'essential', learnableOnTheJob: false, minLevel: 1 });
    }
    for (const skillId of o.optionalSkillIds) {
      reqs.push({ skillId, importance: 'optional', learnableOnTheJob: false, minLevel: 1 });
    }
    this.sets.set(slot, reqs, teachCount);
    this.essentials[slot] = Int32Array.from(new Set(o.essentialSkillIds));
    this.shortage[slot] = o.shortage ? 1 : 0;
    this.code[slot] = this.dicts.occupations.code(o.id);
    return slot;
  }

  remove(id: string): number | undefined {
    const slot = this.slots.release(id);
    if (slot === undefined) return undefined;
    this.sets.clear(slot);
    this.essentials[slot] = EMPTY;
    this.shortage[slot] = 0;
    this.code[slot] = -1;
    return slot;
  }
}
