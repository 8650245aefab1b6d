/**
 * Scratch "what does this person hold", expanded through the hierarchy, reused across queries.
 *
 * credit4[t × 4 + (minLevel − 1)] = best held credit for a requirement on skill t with that
 * minimum level (relation × level factor × evidence factor, see score.ts). Four cells per skill
 * make the exact score one array read per requirement, and let the ranking pass look up the
 * exact credit of every posting.
 * `touched` lists the skills with any credit; only those are walked and reset, so loading costs
 * O(held skills × neighbours), not O(all skills).
 */

import { metaEvidence, metaLevel } from './candidate-index.ts';
import { EVIDENCE_FACTOR, heldCredit } from './score.ts';
import { HELD_TO_REQUIRED_CREDIT } from './skill-graph.ts';
import type { SkillGraph } from './skill-graph.ts';
import { grow } from './slots.ts';

export class HeldSkills {
  credit4 = new Float32Array(0);
  private seen = new Uint8Array(0);
  touched = new Int32Array(256);
  nTouched = 0;

  private ensure(skillCapacity: number): void {
    if (this.seen.length >= skillCapacity) return;
    this.seen = grow(this.seen, skillCapacity);
    this.credit4 = grow(this.credit4, this.seen.length * 4);
  }

  clear(): void {
    const c4 = this.credit4;
    for (let i = 0; i < this.nTouched; i++) {
      const t = this.touched[i] ?? 0;
      this.seen[t] = 0;
      c4.fill(0, t * 4, t * 4 + 4);
    }
    this.nTouched = 0;
  }

  /** Loads held skills; `metas[i]` packs level and evidence (candidate-index.ts). */
  load(
    skills: ArrayLike<number>,
    metas: ArrayLike<number>,
    graph: SkillGraph,
    skillCapacity: number,
  ): void {
    this.clear();
    this.ensure(skillCapacity);
    const targets = graph.targetsArray();
    const codes = graph.codesArray();
    for (let i = 0; i < skills.length; i++) {
      const s = skills[i] ?? 0;
      const meta = metas[i] ?? 0;
      const level = metaLevel(meta);
      const ev = EVIDENCE_FACTOR[metaEvidence(meta)];
      this.put(s, 1, level, ev);
      const end = graph.end(s);
      for (let j = graph.start(s); j < end; j++) {
        this.put(targets[j] ?? 0, HELD_TO_REQUIRED_CREDIT[codes[j] ?? 0] ?? 0, level, ev);
      }
    }
  }

  private put(t: number, relation: number, level: number, ev: number): void {
    if (t >= this.seen.length) return; // a skill nothing requires yet
    if (this.seen[t] === 0) {
      this.seen[t] = 1;
      if (this.nTouched >= this.touched.length)
        this.touched = grow(this.touched, this.nTouched + 1);
      this.touched[this.nTouched++] = t;
    }
    const c4 = this.credit4;
    for (let m = 1; m <= 4; m++) {
      const v = heldCredit(relation, ev, level, m);
      const k = t * 4 + m - 1;
      if (v > (c4[k] ?? 0)) c4[k] = v;
    }
  }

  credit(skill: number, minLevel: number): number {
    return this.credit4[skill * 4 + minLevel - 1] ?? 0;
  }
}
