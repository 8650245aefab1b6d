/**
 * Skill hierarchy (ESCO broader/narrower) turned into a neighbour list per skill, so a query can
 * expand a skill to its related skills with one CSR read.
 *
 * Neighbour codes, seen from skill s:
 *   BROADER  — t is a broader skill of s (a parent)
 *   NARROWER — t is a narrower skill of s (a child)
 *   SIBLING  — t and s share a parent that has at most MAX_SIBLING_GROUP children
 * A pair is recorded once, with the closest relation (parent/child before sibling).
 * Only direct parents count: grandparents are too far to earn credit.
 */

import { MAX_SIBLING_GROUP, RELATION_CREDIT } from './score.ts';
import type { Relation, SkillHierarchyEdge } from './types.ts';

export const BROADER = 1;
export const NARROWER = 2;
export const SIBLING = 3;

/** Float64 on purpose: explain.ts multiplies the same float64 constants; both must agree. */
/** Credit when the candidate HOLDS s and the requirement is its neighbour t (by code). */
export const HELD_TO_REQUIRED_CREDIT = new Float64Array([
  0,
  RELATION_CREDIT['holds-narrower'], // requirement is broader than what is held
  RELATION_CREDIT['holds-broader'], // requirement is narrower than what is held
  RELATION_CREDIT.sibling,
]);

/** Credit when the requirement is s and the candidate holds its neighbour t (by code). */
export const REQUIRED_TO_HELD_CREDIT = new Float64Array([
  0,
  RELATION_CREDIT['holds-broader'], // held t is broader than the requirement
  RELATION_CREDIT['holds-narrower'], // held t is narrower than the requirement
  RELATION_CREDIT.sibling,
]);

export class SkillGraph {
  private offsets = new Int32Array(1);
  private targets = new Int32Array(0);
  private codes = new Uint8Array(0);

  /** Number of skill ids the graph knows (max id + 1). */
  get size(): number {
    return this.offsets.length - 1;
  }

  get edgeCount(): number {
    return this.targets.length;
  }

  /** Replaces the whole hierarchy (taxonomy imports are rare and wholesale). */
  setHierarchy(edges: readonly SkillHierarchyEdge[]): void {
    let n = 0;
    for (const e of edges) n = Math.max(n, e.skillId + 1, e.broaderId + 1);
    const parents: number[][] = Array.from({ length: n }, () => []);
    const children: number[][] = Array.from({ length: n }, () => []);
    for (const { skillId, broaderId } of edges) {
      if (skillId === broaderId) continue;
      const ps = parents[skillId];
      if (!ps || ps.includes(broaderId)) continue;
      ps.push(broaderId);
      children[broaderId]?.push(skillId);
    }
    const lists: Map<number, number>[] = [];
    for (let s = 0; s < n; s++) {
      const m = new Map<number, number>();
      for (const p of parents[s] ?? []) m.set(p, BROADER);
      for (const c of children[s] ?? []) m.set(c, NARROWER);
      for (const p of parents[s] ?? []) {
        const sibs = children[p] ?? [];
        if (sibs.length > MAX_SIBLING_GROUP) continue;
        for (const t of sibs) if (t !== s && !m.has(t)) m.set(t, SIBLING);
      }
      lists.push(m);
    }
    const offsets = new Int32Array(n + 1);
    let total = 0;
    for (let s = 0; s < n; s++) {
      offsets[s] = total;
      total += lists[s]?.size ?? 0;
    }
    offsets[n] = total;
    const targets = new Int32Array(total);
    const codes = new Uint8Array(total);
    for (let s = 0; s < n; s++) {
      let i = offsets[s] ?? 0;
      // Sorted so neighbour order never depends on edge input order.
      const sorted = [...(lists[s] ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]);
      for (const [t, code] of sorted) {
        targets[i] = t;
        codes[i] = code;
        i++;
      }
    }
    this.offsets = offsets;
    this.targets = targets;
    this.codes = codes;
  }

  /** CSR access for hot loops: neighbours of s are targets[start(s) .. end(s)). */
  start(s: number): number {
    return s < this.size ? (this.offsets[s] ?? 0) : 0;
  }

  end(s: number): number {
    return s < this.size ? (this.offsets[s + 1] ?? 0) : 0;
  }

  targetsArray(): Int32Array {
    return this.targets;
  }

  codesArray(): Uint8Array {
    return this.codes;
  }

  /** Relation of a held skill to a required skill, or null when unrelated (or the same). */
  relation(held: number, required: number): Relation | null {
    const end = this.end(held);
    for (let i = this.start(held); i < end; i++) {
      if (this.targets[i] !== required) continue;
      const code = this.codes[i];
      if (code === BROADER) return 'holds-narrower';
      if (code === NARROWER) return 'holds-broader';
      return 'sibling';
    }
    return null;
  }
}
