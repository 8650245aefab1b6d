/**
 * Transition paths occupation → occupation: how much of a target occupation's essential skills
 * someone from the source occupation brings. The source's ESSENTIAL skills count as held (at
 * full level and evidence: everyone in the occupation has them; optional ones vary per person),
 * with hierarchy credit for related skills. Ranked by essential coverage, then exact share,
 * then target id. Each path lists the missing essentials and the training plan that closes the
 * trainable ones.
 */

import { encodeSkillMeta } from './candidate-index.ts';
import { EngineCore } from './core.ts';
import { evaluateSet, trainingNeeds } from './evaluate.ts';
import { missingEssentials } from './opportunity-occupations.ts';
import { META_ESSENTIAL } from './requirement-sets.ts';
import { roundShare } from './score.ts';
import { TopK } from './top-k.ts';
import type { TransitionPath } from './types.ts';

const FULL = encodeSkillMeta(4, 'certificate');

export function transitionPaths(core: EngineCore, from: number, k: number): TransitionPath[] {
  const occ = core.occupations;
  const source = occ.essentialsOf(from);
  core.held.load(source, new Uint8Array(source.length).fill(FULL), core.graph, core.skillCapacity);
  // Key = coverage, with the exact share as a tie-break folded in below the coverage's precision.
  const best = new TopK(Math.max(0, k), (a, b) => occ.slots.compareIds(a, b));
  const pair = core.pair;
  const sourceSet = new Set(source);
  const exactShare = (o: number): number => {
    const s = occ.sets.start[o] ?? 0;
    const e = s + (occ.sets.count[o] ?? 0);
    let n = 0;
    let hit = 0;
    for (let i = s; i < e; i++) {
      if (!((occ.sets.reqMeta[i] ?? 0) & META_ESSENTIAL)) continue;
      n++;
      if (sourceSet.has(occ.sets.reqSkill[i] ?? -1)) hit++;
    }
    return n > 0 ? hit / n : 0;
  };
  for (let o = 0; o < occ.slots.highWater; o++) {
    if (o === from || !occ.sets.isAlive(o)) continue;
    evaluateSet(occ.sets, o, core.held, core.teachCount, pair);
    const coverage = Math.round(pair.essentialCoverage * 1e6) / 1e6;
    if (coverage <= 0 || occ.essentialsOf(o).length === 0) continue;
    best.push(coverage + exactShare(o) * 1e-7, o);
  }
  const n = best.drainSorted();
  const out: TransitionPath[] = [];
  for (let i = 0; i < n; i++) {
    const o = best.items[i] ?? 0;
    evaluateSet(occ.sets, o, core.held, core.teachCount, pair);
    const cover = core.cover(trainingNeeds(occ.sets, o, core.held, core.teachCount));
    out.push({
      fromOccupationId: occ.slots.idOf(from),
      toOccupationId: occ.slots.idOf(o),
      essentialCoverage: roundShare(pair.essentialCoverage),
      exactShare: roundShare(exactShare(o)),
      missing: missingEssentials(core, o).map((skillId) => ({
        skillId,
        trainable: core.trainings.isTrainable(skillId),
      })),
      trainingPlan: EngineCore.toPlan(cover),
    });
  }
  return out;
}
