/**
 * Top-k candidates for one vacancy: the mirror of rank-vacancies.ts. For each requirement we
 * walk the candidate postings of the required skill and of its hierarchy neighbours. Every
 * live candidate's bound starts at the vacancy's baseline (learnable credit alone). Exact
 * scoring needs the candidate's expanded skills loaded, so the bound order matters here: only
 * the first few candidates by bound (that pass the constraints) are loaded.
 */

import type { EngineCore } from './core.ts';
import { PASS, checkConstraints } from './constraints.ts';
import { evaluateSet } from './evaluate.ts';
import { summarise } from './rank-vacancies.ts';
import type { RankedSlot } from './rank-vacancies.ts';
import { META_ESSENTIAL, META_ON_THE_JOB } from './requirement-sets.ts';
import {
  ESSENTIAL_WEIGHT,
  EVIDENCE_CODES,
  EVIDENCE_FACTOR,
  ON_THE_JOB_CREDIT,
  OPTIONAL_WEIGHT,
  TRAINING_CREDIT,
  heldCredit,
} from './score.ts';
import { REQUIRED_TO_HELD_CREDIT } from './skill-graph.ts';
import { thresholdRank } from './threshold-rank.ts';

export function rankCandidatesForVacancy(core: EngineCore, v: number, k: number): RankedSlot[] {
  const cand = core.candidates;
  const highWater = cand.slots.highWater;
  if (k <= 0 || highWater === 0) return [];
  const acc = core.accumulatorFrom(cand.deadOrAlive, highWater);
  accumulate(core, v, acc, highWater);

  const best = core.best;
  best.reset(k, (a, b) => cand.slots.compareIds(a, b));
  const vac = core.vacancies;
  const pair = core.pair;
  thresholdRank(
    {
      highWater,
      acc,
      offset: vac.sets.baseline[v] ?? 0,
      subset: null,
    },
    best,
    core.batch,
    core.stamps(highWater),
    (c) => checkConstraints(cand, c, vac, v) === PASS,
    (c) => {
      core.loadCandidate(c);
      const fit = evaluateSet(vac.sets, v, core.held, core.teachCount, pair);
      if (fit > 0) best.push(fit, c);
    },
    // The bound is the fit itself: a few beyond k absorb float ties.
    k + 4,
  );
  const n = best.drainSorted();
  const slots = Array.from(best.items.subarray(0, n));
  return slots.map((c) => {
    core.loadCandidate(c);
    const fit = evaluateSet(vac.sets, v, core.held, core.teachCount, pair);
    return { ...summarise(core, v, fit, vac.sets), slot: c };
  });
}

/**
 * acc[c] (from 0 for a live candidate, −Infinity for an empty slot) += Σ over requirements r of
 * weight_r × max(0, held_r − learnable_r), where held_r is
 * the best credit among c's skills related to r. Postings carry the candidate's level and
 * evidence (flag = meta), so a 16-entry table per relation gives the exact credit; a per-
 * requirement stamp keeps the max (not the sum) when c holds several related skills. So, as in
 * the other direction, baseline + acc is the fit up to float32 rounding.
 */
function accumulate(core: EngineCore, v: number, acc: Float32Array, highWater: number): void {
  const sets = core.vacancies.sets;
  const postings = core.candidates.postings;
  const graph = core.graph;
  const targets = graph.targetsArray();
  const codes = graph.codesArray();
  const teach = core.teachCount;
  const total = sets.totalWeight[v] ?? 0;
  if (total <= 0) return;
  const marks = core.requirementMarks(highWater);
  const bestOf = marks.best;
  const table = TABLE;
  const arena = postings.arena;
  const start = sets.start[v] ?? 0;
  const end = start + (sets.count[v] ?? 0);
  for (let i = start; i < end; i++) {
    const r = sets.reqSkill[i] ?? 0;
    const meta = sets.reqMeta[i] ?? 0;
    const w = (meta & ESSENTIAL ? W_ESSENTIAL : W_OPTIONAL) / total;
    const learn = meta & ON_JOB ? ON_JOB_CREDIT : (teach[r] ?? 0) > 0 ? TRAIN_CREDIT : 0;
    const minLevel = ((meta >> 2) & 3) + 1;
    // table[code × 16 + candidate meta]: code 0 = same skill, 1–3 = hierarchy neighbours.
    let any = false;
    for (let code = 0; code < 4; code++) {
      const rel = code === 0 ? 1 : (REQUIRED_TO_HELD_CREDIT[code] ?? 0);
      for (let m = 0; m < 16; m++) {
        const h = heldCredit(rel, EVIDENCE_BY_CODE[m >> 2] ?? 1, (m & 3) + 1, minLevel);
        const d = h > learn ? w * (h - learn) : 0;
        table[code * 16 + m] = d;
        if (d > 0) any = true;
      }
    }
    if (!any) continue;
    const g = marks.next();
    const stamp = marks.stamp;
    visit(r, 0);
    const e = graph.end(r);
    for (let j = graph.start(r); j < e; j++) visit(targets[j] ?? 0, codes[j] ?? 0);

    function visit(held: number, code: number): void {
      const from = postings.start(held);
      const to = from + postings.length(held);
      const off = code * 16;
      for (let j = from; j < to; j++) {
        const p = arena[j]!;
        const d = table[off + (p & 15)]!; // in bounds by construction: flag < 16
        if (d <= 0) continue;
        const c = p >>> 4; // CANDIDATE_FLAG_BITS
        if (stamp[c] !== g) {
          stamp[c] = g;
          bestOf[c] = d;
          acc[c] = (acc[c] ?? 0) + d;
        } else if (d > (bestOf[c] ?? 0)) {
          acc[c] = (acc[c] ?? 0) + d - (bestOf[c] ?? 0);
          bestOf[c] = d;
        }
      }
    }
  }
}

const TABLE = new Float64Array(64);
// Module-local copies: hot loops should not go through imported bindings.
const ESSENTIAL = META_ESSENTIAL;
const ON_JOB = META_ON_THE_JOB;
const W_ESSENTIAL = ESSENTIAL_WEIGHT;
const W_OPTIONAL = OPTIONAL_WEIGHT;
const ON_JOB_CREDIT = ON_THE_JOB_CREDIT;
const TRAIN_CREDIT = TRAINING_CREDIT;
const EVIDENCE_BY_CODE = Float64Array.from(EVIDENCE_CODES, (e) => EVIDENCE_FACTOR[e]);
