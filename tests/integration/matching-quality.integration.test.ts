import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { MatchingEngine } from '../../src/matching/index.ts';
import type {
  CandidateInput,
  SkillHierarchyEdge,
  SkillRequirement,
} from '../../src/matching/index.ts';
import { collectEscoFile } from '../../src/modules/taxonomy/esco-csv/index.ts';
import type { EscoFileRef } from '../../src/modules/taxonomy/esco-csv/index.ts';

/**
 * Ranking quality on the real ESCO v1.1.1 data in ../shared/data/esco (never copied into the
 * repo; this file is skipped with a message where it is absent). The engine is built straight
 * from the CSV files through the importer's parsing layer — no database — so the test stays
 * fast: every occupation becomes one vacancy (its essential and optional skills), and people are
 * made from an occupation's essential skills with some dropped.
 *
 * ESCO data: "This service uses the ESCO classification of the European Commission."
 */
const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const ESCO_DIR = resolve(REPO_ROOT, '../shared/data/esco');
const present = existsSync(join(ESCO_DIR, 'occupationSkillRelations.csv'));
const title = present
  ? `matching quality on the real ESCO files in ${ESCO_DIR}`
  : `matching quality on real ESCO data — SKIPPED: ${ESCO_DIR} not found (the ESCO download is never in the repo)`;

/** ESCO occupation URIs (v1.1.1) of the catering pilot's occupations. */
const COOK = 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e';

interface Occupation {
  uri: string;
  label: string;
  isco: string;
  essential: number[];
  optional: number[];
}

interface EscoWorld {
  occupations: Map<string, Occupation>;
  hierarchy: SkillHierarchyEdge[];
  skillLabel: (id: number) => string;
}

async function records(ref: EscoFileRef) {
  const parsed = await collectEscoFile(ref);
  return parsed.records.map((r) => r.record);
}

async function loadEsco(): Promise<EscoWorld> {
  const ids = new Map<string, number>();
  const uris: string[] = [];
  const idOf = (uri: string): number => {
    let id = ids.get(uri);
    if (id === undefined) {
      ids.set(uri, (id = uris.length));
      uris.push(uri);
    }
    return id;
  };
  const occupations = new Map<string, Occupation>();
  const file = (name: string) => join(ESCO_DIR, name);
  for (const r of await records({
    path: file('occupations_en.csv'),
    kind: 'occupations',
    lang: 'en',
  })) {
    if (r.kind !== 'occupation') continue;
    occupations.set(r.uri, {
      uri: r.uri,
      label: r.preferredLabel,
      isco: r.iscoGroup,
      essential: [],
      optional: [],
    });
  }
  for (const r of await records({
    path: file('occupationSkillRelations.csv'),
    kind: 'occupationSkillRelations',
    lang: null,
  })) {
    if (r.kind !== 'occupationSkillRelation') continue;
    const occ = occupations.get(r.occupationUri);
    if (!occ) continue;
    (r.relationType === 'essential' ? occ.essential : occ.optional).push(idOf(r.skillUri));
  }
  const hierarchy: SkillHierarchyEdge[] = [];
  for (const r of await records({
    path: file('broaderRelationsSkillPillar.csv'),
    kind: 'broaderRelationsSkillPillar',
    lang: null,
  })) {
    if (r.kind !== 'broaderRelation') continue;
    hierarchy.push({ skillId: idOf(r.conceptUri), broaderId: idOf(r.broaderUri) });
  }
  const labels = new Map<string, string>();
  for (const r of await records({ path: file('skills_en.csv'), kind: 'skills', lang: 'en' })) {
    if (r.kind === 'skill') labels.set(r.uri, r.preferredLabel);
  }
  return {
    occupations,
    hierarchy,
    skillLabel: (id) => labels.get(uris[id] ?? '') ?? '',
  };
}

/** Deterministic pseudo-random numbers (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const requirements = (o: Occupation): SkillRequirement[] => [
  ...o.essential.map((skillId) => ({
    skillId,
    importance: 'essential' as const,
    learnableOnTheJob: false,
    minLevel: 2 as const,
  })),
  // An employer lists the occupation's essentials and a few of its optional skills.
  ...o.optional
    .filter((s) => !o.essential.includes(s))
    .slice(0, 5)
    .map((skillId) => ({
      skillId,
      importance: 'optional' as const,
      learnableOnTheJob: false,
      minLevel: 2 as const,
    })),
];

/** Care: ISCO 222/322 nursing, 53 personal care; logistics: 432 stock and transport clerks,
 * 83 drivers and mobile plant operators, 933 transport and storage labourers. */
const isCare = (isco: string) => /^(222|322|53)/.test(isco);
const isLogistics = (isco: string) => /^(432|83|933)/.test(isco);

describe.skipIf(!present)(title, () => {
  let esco: EscoWorld;
  let engine: MatchingEngine;
  /** Occupations with enough essential skills to tell a person's occupation from another. */
  let sample: Occupation[];

  beforeAll(async () => {
    esco = await loadEsco();
    engine = new MatchingEngine();
    engine.setSkillHierarchy(esco.hierarchy);
    for (const o of esco.occupations.values()) {
      if (o.essential.length === 0) continue;
      engine.upsertVacancy({
        id: `vac:${o.uri}`,
        occupationId: o.uri,
        requirements: requirements(o),
        positions: 1,
      });
      engine.upsertOccupation({
        id: o.uri,
        essentialSkillIds: o.essential,
        optionalSkillIds: o.optional.filter((s) => !o.essential.includes(s)),
      });
    }
    const random = prng(6);
    sample = [...esco.occupations.values()]
      .filter((o) => o.essential.length >= 8)
      .filter(() => random() < 0.1);
  });

  it('ranks the vacancy of a person’s own occupation first, with a fifth of the skills dropped', () => {
    const random = prng(2026);
    let first = 0;
    let topThree = 0;
    const misses: string[] = [];
    for (const o of sample) {
      const person: CandidateInput = {
        id: `person:${o.uri}`,
        skills: o.essential
          .filter(() => random() >= 0.2)
          .map((skillId) => ({ skillId, level: 3, evidence: 'self' })),
      };
      engine.upsertCandidate(person);
      const top = engine.topVacanciesForCandidate(person.id, 3).map((r) => r.vacancyId);
      if (top[0] === `vac:${o.uri}`) first++;
      else misses.push(`${o.label} → ${esco.occupations.get(top[0]?.slice(4) ?? '')?.label}`);
      if (top.includes(`vac:${o.uri}`)) topThree++;
    }
    expect(sample.length).toBeGreaterThan(150);
    // ESCO has near-twins (flight attendant / cabin crew manager, matrose / decksman) whose
    // essentials are nearly a subset of each other, so a few people land on the twin first;
    // their own occupation is then still in the top three.
    // Measured on ESCO v1.1.1: 91 % first, 98 % in the top three (297 people).
    expect(first / sample.length, misses.join('\n')).toBeGreaterThanOrEqual(0.88);
    expect(topThree / sample.length, misses.join('\n')).toBeGreaterThanOrEqual(0.96);
  });

  it('finds paths from cook and waiter into care or logistics occupations, with the gap listed', () => {
    expect(esco.occupations.get(COOK)?.label).toBe('cook');
    const waiter = [...esco.occupations.values()].find((o) => o.label === 'waiter/waitress');
    for (const from of [COOK, waiter?.uri ?? 'no waiter']) {
      const paths = engine.transitionPaths(from, 150);
      const into = paths.filter((p) => {
        const isco = esco.occupations.get(p.toOccupationId)?.isco ?? '';
        return isCare(isco) || isLogistics(isco);
      });
      const seen = paths.map((p) => esco.occupations.get(p.toOccupationId)?.label).join(', ');
      expect(into.length, `${from}: ${seen}`).toBeGreaterThan(0);
      for (const p of into) {
        expect(p.essentialCoverage).toBeGreaterThan(0);
        expect(p.essentialCoverage).toBeLessThan(1);
        // The gap: the target's essential skills this person does not bring, by name.
        expect(p.missing.length).toBeGreaterThan(0);
        for (const m of p.missing) expect(esco.skillLabel(m.skillId)).not.toBe('');
      }
    }
  });

  it('gives identical scores when name, birth year, age, gender or origin differ', () => {
    const o = sample[0];
    if (!o) throw new Error('no sample');
    const skills = o.essential.map((skillId) => ({
      skillId,
      level: 3 as const,
      evidence: 'self' as const,
    }));
    const people = [
      { name: 'Jan de Vries', birthYear: 1961, age: 65, gender: 'm', origin: 'NL' },
      { name: 'Fatima El Amrani', birthYear: 1998, age: 28, gender: 'f', origin: 'MA' },
      { name: 'Wojciech Nowak', birthYear: 1979, age: 47, gender: 'x', origin: 'PL' },
    ].map((attrs, i) => {
      // Passed in as a caller might by mistake: the engine's input has no such fields.
      const input = { id: `p${i}`, skills, ...attrs };
      engine.upsertCandidate(input as CandidateInput);
      return input.id;
    });
    const ranked = people.map((id) =>
      engine.topVacanciesForCandidate(id, 20).map((r) => [r.vacancyId, r.score]),
    );
    expect(ranked[0]?.length).toBe(20);
    expect(ranked[1]).toEqual(ranked[0]);
    expect(ranked[2]).toEqual(ranked[0]);
  });
});
