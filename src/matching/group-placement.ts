/**
 * Group placement for a redundancy: assign N people to vacancies with capacities (positions),
 * maximising the total score.
 *
 * 1. Sparse graph: each person's top EDGES_PER_PERSON vacancies (within the given set),
 *    constraints applied and "not-now" pairs left out (a blocking gap is no placement).
 * 2. Exact max-weight assignment on that graph (min-cost-flow.ts), weights = fit × 10⁶.
 * 3. Repair: a person left over only because their top-k were taken gets their best vacancy that
 *    still has a free position (greedy, input order). Adds weight, never removes any.
 * 4. Whoever is still left over gets a reason: `outcompeted` (eligible vacancies exist but are
 *    full) or `no-eligible-vacancy`, with counts of what excluded the vacancies.
 * Training weeks are computed for the assigned pairs only (a cover per edge would dominate).
 * The sparse graph makes this an approximation of the global optimum (edges beyond top-k are
 * unseen); with k = 30 and a few hundred eligible vacancies per person that rarely matters.
 */

import type { EngineCore } from './core.ts';
import { CONSTRAINT_ORDER, PASS, checkConstraints } from './constraints.ts';
import { evaluateSet } from './evaluate.ts';
import { maxWeightAssignment } from './min-cost-flow.ts';
import { rankVacanciesForCandidate, summarise } from './rank-vacancies.ts';
import type { RankedSlot } from './rank-vacancies.ts';
import { toScore } from './score.ts';
import type { SlotSubset } from './threshold-rank.ts';
import type { Assignment, ConstraintName, GroupPlacementResult, LeftOverReason } from './types.ts';

export const EDGES_PER_PERSON = 30;
const WEIGHT_SCALE = 1_000_000;

/** The vacancies group placement may use: the given slots, or every live vacancy. */
function subsetOf(core: EngineCore, slots: readonly number[] | null): SlotSubset {
  const vac = core.vacancies;
  const mask = new Uint8Array(vac.slots.highWater);
  const list: number[] = [];
  const all = slots ?? Array.from({ length: vac.slots.highWater }, (_, i) => i);
  for (const v of all) {
    if (mask[v] === 1 || !vac.sets.isAlive(v)) continue;
    mask[v] = 1;
    list.push(v);
  }
  return { list: Int32Array.from(list), mask };
}

export function placeGroup(
  core: EngineCore,
  people: readonly number[],
  vacancySlots: readonly number[] | null,
  edgesPerPerson = EDGES_PER_PERSON,
): GroupPlacementResult {
  const t0 = performance.now();
  const vac = core.vacancies;
  const subset = subsetOf(core, vacancySlots);
  const edges: RankedSlot[][] = people.map((c) =>
    rankVacanciesForCandidate(core, c, edgesPerPerson, {
      subset,
      skipNotNow: true,
      withWeeks: false,
    }),
  );
  const index = new Map<number, number>(); // vacancy slot → compact index in the flow graph
  const slotOf: number[] = [];
  let edgeCount = 0;
  for (const list of edges) {
    for (const e of list) {
      if (!index.has(e.slot)) {
        index.set(e.slot, slotOf.length);
        slotOf.push(e.slot);
      }
      edgeCount++;
    }
  }
  const edgePerson = new Int32Array(edgeCount);
  const edgeVacancy = new Int32Array(edgeCount);
  const edgeWeight = new Int32Array(edgeCount);
  let i = 0;
  edges.forEach((list, p) => {
    for (const e of list) {
      edgePerson[i] = p;
      edgeVacancy[i] = index.get(e.slot) ?? 0;
      edgeWeight[i] = Math.max(1, Math.round(e.fit * WEIGHT_SCALE));
      i++;
    }
  });
  const capacities = Int32Array.from(slotOf, (s) => vac.positions[s] ?? 0);
  const flow = maxWeightAssignment({
    people: people.length,
    capacities,
    edgePerson,
    edgeVacancy,
    edgeWeight,
  });

  const chosen: (RankedSlot | null)[] = people.map((_, p) => {
    const vi = flow.vacancyOf[p] ?? -1;
    return vi < 0 ? null : (edges[p]?.find((e) => e.slot === slotOf[vi]) ?? null);
  });
  const repaired = repair(core, people, subset, chosen);

  const direct: Assignment[] = [];
  const afterTraining: Assignment[] = [];
  const leftOver: GroupPlacementResult['leftOver'] = [];
  let totalScore = 0;
  people.forEach((c, p) => {
    const candidateId = core.candidates.slots.idOf(c);
    const e = chosen[p];
    if (!e) {
      leftOver.push({ candidateId, reason: reasonFor(core, c, subset, edges[p] ?? []) });
      return;
    }
    const a: Assignment = {
      candidateId,
      vacancyId: vac.slots.idOf(e.slot),
      score: toScore(e.fit),
      readiness: e.readiness === 'direct' ? 'direct' : 'after-training',
      trainingWeeks: e.readiness === 'direct' ? 0 : weeksFor(core, c, e.slot),
    };
    totalScore += a.score;
    (a.readiness === 'direct' ? direct : afterTraining).push(a);
  });
  return {
    direct,
    afterTraining,
    leftOver,
    totalScore: Math.round(totalScore * 10) / 10,
    stats: {
      edges: edgeCount,
      augmentations: flow.augmentations,
      repaired,
      millis: performance.now() - t0,
    },
  };
}

function weeksFor(core: EngineCore, c: number, v: number): number {
  core.loadCandidate(c);
  const fit = evaluateSet(core.vacancies.sets, v, core.held, core.teachCount, core.pair);
  return summarise(core, v, fit, core.vacancies.sets).trainingWeeks;
}

function repair(
  core: EngineCore,
  people: readonly number[],
  subset: SlotSubset,
  chosen: (RankedSlot | null)[],
): number {
  if (chosen.every((e) => e !== null)) return 0;
  const vac = core.vacancies;
  const left = new Int32Array(vac.slots.highWater);
  for (const v of subset.list) left[v] = vac.positions[v] ?? 0;
  for (const e of chosen) if (e) left[e.slot] = (left[e.slot] ?? 0) - 1;
  const open: SlotSubset = {
    list: subset.list,
    mask: Uint8Array.from(left, (n) => (n > 0 ? 1 : 0)),
  };
  let repaired = 0;
  people.forEach((c, p) => {
    if (chosen[p]) return;
    const [e] = rankVacanciesForCandidate(core, c, 1, {
      subset: open,
      skipNotNow: true,
      withWeeks: false,
    });
    if (!e) return;
    chosen[p] = e;
    repaired++;
    left[e.slot] = (left[e.slot] ?? 0) - 1;
    if ((left[e.slot] ?? 0) <= 0) open.mask[e.slot] = 0;
  });
  return repaired;
}

function reasonFor(
  core: EngineCore,
  c: number,
  subset: SlotSubset,
  edges: readonly RankedSlot[],
): LeftOverReason {
  const vac = core.vacancies;
  const [top] = edges;
  if (top)
    return {
      code: 'outcompeted',
      eligibleVacancies: edges.length,
      bestVacancyId: vac.slots.idOf(top.slot),
    };
  const excludedBy = Object.fromEntries(CONSTRAINT_ORDER.map((n) => [n, 0])) as Record<
    ConstraintName,
    number
  >;
  let notNow = 0;
  let noFit = 0;
  core.loadCandidate(c);
  for (const v of subset.list) {
    const code = checkConstraints(core.candidates, c, vac, v);
    const name = CONSTRAINT_ORDER[code - 1];
    if (code !== PASS && name) {
      excludedBy[name]++;
      continue;
    }
    if (evaluateSet(vac.sets, v, core.held, core.teachCount, core.pair) <= 0) noFit++;
    else if (core.pair.blocking > 0) notNow++;
  }
  return { code: 'no-eligible-vacancy', excludedBy, notNow, noFit };
}
