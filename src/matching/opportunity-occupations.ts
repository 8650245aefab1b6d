/**
 * Opportunity occupations (kansberoepen) for a candidate: occupations with demand — marked as
 * shortage occupations, or with open positions among the indexed vacancies — ranked by the same
 * fit formula as vacancies (occupation requirements: ESCO essential/optional, minimum level 1,
 * never learnable on the job). The candidate's current occupation is left out. Demand decides
 * who is listed, fit decides the order: a near-perfect fit for a job without demand is no
 * opportunity, and a small shortage should not outrank a much better fit.
 * Occupations are few (ESCO has ~3,000), so every eligible one is scored exactly.
 */

import { EngineCore } from './core.ts';
import { evaluateSet, trainingNeeds } from './evaluate.ts';
import { META_ESSENTIAL } from './requirement-sets.ts';
import { roundShare, toScore } from './score.ts';
import type { OpportunityOccupation } from './types.ts';

export function opportunityOccupations(
  core: EngineCore,
  c: number,
  k: number,
): OpportunityOccupation[] {
  const occ = core.occupations;
  const open = core.vacancies.openPositionsByOccupation;
  const current = core.candidates.currentOccupation[c] ?? -1;
  core.loadCandidate(c);
  const best = core.best;
  best.reset(Math.max(0, k), (a, b) => occ.slots.compareIds(a, b));
  const held = core.held;
  const teach = core.teachCount;
  for (let o = 0; o < occ.slots.highWater; o++) {
    if (!occ.sets.isAlive(o)) continue;
    const code = occ.code[o] ?? -1;
    if (code === current) continue;
    if (occ.shortage[o] !== 1 && (open.get(code) ?? 0) === 0) continue;
    const fit = evaluateSet(occ.sets, o, held, teach, core.pair);
    if (fit > 0) best.push(fit, o);
  }
  const n = best.drainSorted();
  const out: OpportunityOccupation[] = [];
  for (let i = 0; i < n; i++) {
    const o = best.items[i] ?? 0;
    const pair = core.pair;
    const fit = evaluateSet(occ.sets, o, held, teach, pair);
    const cover = core.cover(trainingNeeds(occ.sets, o, held, teach));
    const readiness = pair.readiness;
    out.push({
      occupationId: occ.slots.idOf(o),
      score: toScore(fit),
      essentialCoverage: roundShare(pair.essentialCoverage),
      optionalCoverage: roundShare(pair.optionalCoverage),
      readiness,
      trainingWeeks: readiness === 'after-training' ? cover.totalWeeks : 0,
      openPositions: open.get(occ.code[o] ?? -1) ?? 0,
      shortage: occ.shortage[o] === 1,
      missingEssentialSkillIds: missingEssentials(core, o),
      trainingPlan: EngineCore.toPlan(cover),
    });
  }
  return out;
}

/** Essential skills of occupation `o` the loaded HeldSkills earn no credit for. */
export function missingEssentials(core: EngineCore, o: number): number[] {
  const sets = core.occupations.sets;
  const out: number[] = [];
  const start = sets.start[o] ?? 0;
  const end = start + (sets.count[o] ?? 0);
  for (let i = start; i < end; i++) {
    if (!((sets.reqMeta[i] ?? 0) & META_ESSENTIAL)) continue;
    const skill = sets.reqSkill[i] ?? 0;
    if (core.held.credit(skill, 1) === 0) out.push(skill);
  }
  return out;
}
