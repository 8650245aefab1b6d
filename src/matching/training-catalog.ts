/**
 * The training catalogue: trainings by id, and per skill the trainings that teach it.
 * `teachCount[skill] > 0` is what makes a missing requirement "learnable by training"; when that
 * flips for a skill, the caller must refresh the requirement sets that use it (engine.ts does).
 */

import { grow } from './slots.ts';
import type { TrainingRecord } from './training-cover.ts';
import type { TrainingInput } from './types.ts';

const NONE: readonly TrainingRecord[] = [];

export class TrainingCatalog {
  private readonly byId = new Map<string, TrainingRecord>();
  private readonly bySkill: TrainingRecord[][] = [];
  /** Number of trainings teaching each skill id. */
  teachCount = new Int32Array(0);
  private nextSlot = 0;

  get size(): number {
    return this.byId.size;
  }

  get(id: string): TrainingRecord | undefined {
    return this.byId.get(id);
  }

  teaching(skillId: number): readonly TrainingRecord[] {
    return this.bySkill[skillId] ?? NONE;
  }

  isTrainable(skillId: number): boolean {
    return (this.teachCount[skillId] ?? 0) > 0;
  }

  /** Adds or replaces; returns the skills whose trainable state flipped. */
  upsert(input: TrainingInput): number[] {
    const flipped = new Set<number>();
    for (const s of this.removeInternal(input.id)) flipped.add(s);
    const skillIds = Int32Array.from(new Set(input.skillIds));
    const record: TrainingRecord = {
      slot: this.nextSlot++,
      id: input.id,
      skillIds,
      weeks: input.weeks,
      cost: input.cost,
    };
    this.byId.set(input.id, record);
    for (const s of skillIds) {
      this.teachCount = grow(this.teachCount, s + 1);
      while (this.bySkill.length <= s) this.bySkill.push([]);
      this.bySkill[s]?.push(record);
      const n = (this.teachCount[s] ?? 0) + 1;
      this.teachCount[s] = n;
      if (n === 1) {
        if (flipped.has(s)) flipped.delete(s);
        else flipped.add(s);
      }
    }
    return [...flipped];
  }

  /** Returns the skills that are no longer taught by any training. */
  remove(id: string): number[] {
    return this.removeInternal(id);
  }

  private removeInternal(id: string): number[] {
    const old = this.byId.get(id);
    if (!old) return [];
    this.byId.delete(id);
    const flipped: number[] = [];
    for (const s of old.skillIds) {
      const list = this.bySkill[s];
      if (list) this.bySkill[s] = list.filter((t) => t !== old);
      const n = (this.teachCount[s] ?? 1) - 1;
      this.teachCount[s] = n;
      if (n === 0) flipped.push(s);
    }
    return flipped;
  }
}
