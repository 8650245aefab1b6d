/**
 * The full, explainable story of one candidate–vacancy pair. Slower than evaluate.ts (it builds
 * objects and names the candidate skill behind each credit), but it runs the same formula in the
 * same order, so `explain(...).score` equals the ranked score.
 */

import { metaEvidence, metaLevel } from './candidate-index.ts';
import { EngineCore } from './core.ts';
import { PASS, checkConstraints, describeExclusion } from './constraints.ts';
import { META_ESSENTIAL, META_ON_THE_JOB, metaMinLevel } from './requirement-sets.ts';
import {
  EVIDENCE_FACTOR,
  RELATION_CREDIT,
  heldCredit,
  importanceWeight,
  learnableCredit,
  roundShare,
  toScore,
} from './score.ts';
import { trainingPrice } from './training-cover.ts';
import type {
  Importance,
  LearnableSkill,
  MatchExplanation,
  MatchedSkill,
  Readiness,
  SkillLevel,
} from './types.ts';

interface BestHeld {
  credit: number;
  via: number;
  meta: number;
  relation: MatchedSkill['relation'];
}

/** Best credit any of the candidate's skills earns for a requirement; first wins on ties. */
function bestHeld(core: EngineCore, c: number, skill: number, minLevel: number): BestHeld | null {
  const skills = core.candidates.skillsOf(c);
  const metas = core.candidates.metasOf(c);
  let best: BestHeld | null = null;
  for (let i = 0; i < skills.length; i++) {
    const s = skills[i] ?? 0;
    const meta = metas[i] ?? 0;
    const relation = s === skill ? undefined : core.graph.relation(s, skill);
    if (relation === null) continue;
    const rel = relation === undefined ? RELATION_CREDIT.exact : RELATION_CREDIT[relation];
    const credit = heldCredit(rel, EVIDENCE_FACTOR[metaEvidence(meta)], metaLevel(meta), minLevel);
    if (!best || credit > best.credit) best = { credit, via: s, meta, relation };
  }
  return best;
}

export function explainPair(core: EngineCore, c: number, v: number): MatchExplanation {
  const sets = core.vacancies.sets;
  const teach = core.teachCount;
  const start = sets.start[v] ?? 0;
  const end = start + (sets.count[v] ?? 0);
  const matched: MatchedSkill[] = [];
  const learnable: LearnableSkill[] = [];
  const blocking: { skillId: number }[] = [];
  const optionalWithoutRoute: { skillId: number }[] = [];
  const needs: number[] = [];
  let earned = 0;
  let essHeld = 0;
  let nEss = 0;
  let optHeld = 0;
  let nOpt = 0;
  for (let i = start; i < end; i++) {
    const skillId = sets.reqSkill[i] ?? 0;
    const meta = sets.reqMeta[i] ?? 0;
    const importance: Importance = meta & META_ESSENTIAL ? 'essential' : 'optional';
    const onJob = (meta & META_ON_THE_JOB) !== 0;
    const trainable = (teach[skillId] ?? 0) > 0;
    const minLevel = metaMinLevel(meta) as SkillLevel;
    const held = bestHeld(core, c, skillId, minLevel);
    const h = held?.credit ?? 0;
    const l = learnableCredit(onJob, trainable);
    const f = h > l ? h : l;
    earned += importanceWeight(importance) * f;
    if (importance === 'essential') {
      nEss++;
      essHeld += h;
    } else {
      nOpt++;
      optHeld += h;
    }
    if (held && h > 0) {
      matched.push({
        skillId,
        importance,
        kind: held.relation === undefined ? 'exact' : 'related',
        viaSkillId: held.via,
        ...(held.relation === undefined ? {} : { relation: held.relation }),
        candidateLevel: metaLevel(held.meta),
        minLevel,
        evidence: metaEvidence(held.meta),
        credit: roundShare(h),
        scoreCredit: roundShare(f),
      });
    } else if (l > 0) {
      const route = onJob ? 'on-the-job' : 'training';
      learnable.push({
        skillId,
        importance,
        route,
        trainingIds: [],
        inPlan: false,
        scoreCredit: l,
      });
      if (route === 'training' && importance === 'essential') needs.push(skillId);
    } else if (importance === 'essential') {
      blocking.push({ skillId });
    } else {
      optionalWithoutRoute.push({ skillId });
    }
  }
  const total = sets.totalWeight[v] ?? 0;
  const fit = total > 0 ? earned / total : 0;
  const cover = core.cover(needs);
  const plan = EngineCore.toPlan(cover);
  for (const item of learnable) {
    if (item.route !== 'training') continue;
    const inPlan = cover.trainings.filter((t) => t.skillIds.includes(item.skillId));
    if (inPlan.length > 0) {
      item.trainingIds = inPlan.map((t) => t.id);
      item.inPlan = true;
    } else {
      // An optional gap outside the plan: point at the cheapest training that closes it.
      const options = [...core.trainings.teaching(item.skillId)];
      options.sort((a, b) => trainingPrice(a) - trainingPrice(b) || (a.id < b.id ? -1 : 1));
      item.trainingIds = options.slice(0, 1).map((t) => t.id);
    }
  }
  const readiness: Readiness =
    blocking.length > 0 ? 'not-now' : needs.length > 0 ? 'after-training' : 'direct';
  const code = checkConstraints(core.candidates, c, core.vacancies, v);
  return {
    candidateId: core.candidates.slots.idOf(c),
    vacancyId: core.vacancies.slots.idOf(v),
    score: toScore(fit),
    essentialCoverage: roundShare(nEss > 0 ? essHeld / nEss : 1),
    optionalCoverage: roundShare(nOpt > 0 ? optHeld / nOpt : 1),
    readiness,
    trainingWeeks: readiness === 'after-training' ? plan.totalWeeks : 0,
    matched,
    missing: { learnable, blocking, optionalWithoutRoute },
    trainingPlan: plan,
    earnedWeight: Math.round(earned * 1000) / 1000,
    totalWeight: total,
    excludedBy:
      code === PASS
        ? null
        : describeExclusion(code, core.candidates, c, core.vacancies, v, core.dicts),
  };
}
