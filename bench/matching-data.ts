/**
 * Data for the matching bench: occupation profiles from the real ESCO CSVs when present
 * (../shared/data/esco next to the repo), else synthetic profiles; and deterministic synthetic
 * vacancies, candidates and trainings built on those profiles.
 *
 * ESCO data: "This service uses the ESCO classification of the European Commission." The
 * bench only reads it at run time; nothing derived from it is written to the repo.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CandidateInput,
  ContractType,
  Evidence,
  SkillHierarchyEdge,
  SkillLevel,
  SkillRequirement,
  TrainingInput,
  VacancyInput,
} from '../src/matching/index.ts';

export interface Profile {
  id: string;
  essential: number[];
  optional: number[];
}

export interface Profiles {
  source: 'esco' | 'synthetic';
  note: string;
  /** Required wherever ESCO data is used or shown (ESCO licence). */
  attribution?: string;
  profiles: Profile[];
  hierarchy: SkillHierarchyEdge[];
  skillCount: number;
}

/** Mulberry32: deterministic, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** RFC 4180 records: quotes, doubled quotes, CRLF or LF, optional BOM. */
export function* csvRecords(text: string): Generator<string[]> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new Error('unterminated quote');
          field += text.slice(i, q);
          i = q + 1;
          if (text[i] === '"') {
            field += '"';
            i++;
          } else break;
        }
      } else {
        let j = i;
        while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
        field = text.slice(i, j);
        i = j;
      }
      row.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    yield row;
  }
}

function readTable(path: string, columns: string[]): string[][] {
  const records = csvRecords(readFileSync(path, 'utf8'));
  const header = records.next().value ?? [];
  const at = columns.map((c) => header.indexOf(c));
  if (at.some((x) => x < 0)) throw new Error(`${path}: missing one of ${columns.join(', ')}`);
  const out: string[][] = [];
  for (const r of records) if (r.length > 1) out.push(at.map((x) => r[x] ?? ''));
  return out;
}

export function loadProfiles(escoDir: string, seed = 1): Profiles {
  const relations = join(escoDir, 'occupationSkillRelations.csv');
  if (!existsSync(relations)) return syntheticProfiles(seed);
  const ids = new Map<string, number>();
  const idOf = (uri: string): number => {
    let id = ids.get(uri);
    if (id === undefined) ids.set(uri, (id = ids.size));
    return id;
  };
  const byOcc = new Map<string, Profile>();
  for (const [occ, type, skill] of readTable(relations, [
    'occupationUri',
    'relationType',
    'skillUri',
  ])) {
    if (!occ || !skill) continue;
    let p = byOcc.get(occ);
    if (!p) byOcc.set(occ, (p = { id: occ, essential: [], optional: [] }));
    (type === 'essential' ? p.essential : p.optional).push(idOf(skill));
  }
  const hierarchy: SkillHierarchyEdge[] = [];
  const broader = join(escoDir, 'broaderRelationsSkillPillar.csv');
  if (existsSync(broader)) {
    for (const [child, parent] of readTable(broader, ['conceptUri', 'broaderUri'])) {
      if (child && parent) hierarchy.push({ skillId: idOf(child), broaderId: idOf(parent) });
    }
  }
  return {
    source: 'esco',
    note: `ESCO occupation profiles (${byOcc.size} occupations) and skill hierarchy from ${escoDir}`,
    attribution: 'This service uses the ESCO classification of the European Commission.',
    profiles: [...byOcc.values()].filter((p) => p.essential.length >= 3),
    hierarchy,
    skillCount: ids.size,
  };
}

/** ~3,000 profiles over 13,500 skills with Zipf-like popularity, in groups of 2–40. */
function syntheticProfiles(seed: number): Profiles {
  const r = prng(seed);
  const skills = 13_500;
  const groups = 600;
  const hierarchy: SkillHierarchyEdge[] = [];
  for (let s = 0; s < skills; s++)
    hierarchy.push({ skillId: s, broaderId: skills + Math.floor(r() ** 1.5 * groups) });
  const popular = (): number => Math.floor(skills * r() ** 2.5);
  const profiles: Profile[] = [];
  for (let o = 0; o < 3000; o++) {
    const essential = [...new Set(Array.from({ length: 10 + Math.floor(r() * 24) }, popular))];
    const optional = [...new Set(Array.from({ length: 5 + Math.floor(r() * 30) }, popular))];
    profiles.push({ id: `occ-${o}`, essential, optional });
  }
  return {
    source: 'synthetic',
    note: 'ESCO CSVs not found: synthetic occupation profiles (Zipf-like skill popularity)',
    profiles,
    hierarchy,
    skillCount: skills + groups,
  };
}

const CONTRACTS: ContractType[] = ['permanent', 'fixed-term', 'conditional', 'temporary-agency'];
const SECTORS = [
  'care',
  'technology',
  'ict',
  'education',
  'logistics',
  'hospitality',
  'retail',
  'office',
  'safety',
];
const EVIDENCE: Evidence[] = ['self', 'self', 'coach_verified', 'test', 'certificate'];
/** A labour-market region of about 90 × 95 km around Utrecht/Gelderland. */
const BOX = { lat: 51.7, dLat: 0.8, lon: 4.8, dLon: 1.4 };
const REGION_GRID = 3;

function place(r: () => number): { lat: number; lon: number; regionId: string } {
  const a = r();
  const b = r();
  const regionId = `R${Math.floor(a * REGION_GRID)}${Math.floor(b * REGION_GRID)}`;
  return { lat: BOX.lat + a * BOX.dLat, lon: BOX.lon + b * BOX.dLon, regionId };
}

function day(r: () => number): string {
  return new Date(Date.UTC(2026, 0, 1) + Math.floor(r() * 300) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

export function makeVacancy(i: number, p: Profile, r: () => number): VacancyInput {
  const level = (): SkillLevel => (1 + Math.floor(r() * 3)) as SkillLevel;
  const reqs: SkillRequirement[] = [];
  // Random drops: employers list most, not all, of an occupation's essential skills.
  for (const s of p.essential) {
    if (r() < 0.6)
      reqs.push({
        skillId: s,
        importance: 'essential',
        learnableOnTheJob: r() < 0.15,
        minLevel: level(),
      });
  }
  for (const s of p.optional) {
    if (r() < 0.12)
      reqs.push({
        skillId: s,
        importance: 'optional',
        learnableOnTheJob: r() < 0.3,
        minLevel: level(),
      });
  }
  if (reqs.length === 0 && p.essential[0] !== undefined) {
    reqs.push({
      skillId: p.essential[0],
      importance: 'essential',
      learnableOnTheJob: false,
      minLevel: 1,
    });
  }
  const { lat, lon, regionId } = place(r);
  const hMin = 16 + Math.floor(r() * 5) * 4;
  const sMin = 2200 + Math.floor(r() * 20) * 100;
  return {
    id: `vac-${i}`,
    occupationId: p.id,
    sector: SECTORS[Math.floor(r() * SECTORS.length)],
    requirements: reqs,
    hours: { min: hMin, max: Math.min(40, hMin + 8) },
    salary: { min: sMin, max: sMin + 400 + Math.floor(r() * 10) * 100 },
    location: r() < 0.9 ? { point: { lat, lon }, regionId } : { regionId },
    startDate: day(r),
    contractType: CONTRACTS[Math.floor(r() * CONTRACTS.length)],
    positions: 1 + Math.floor(r() ** 3 * 4),
  };
}

export function makeCandidate(
  i: number,
  p: Profile,
  r: () => number,
  popular: () => number,
): CandidateInput {
  const skills = new Map<number, { skillId: number; level: SkillLevel; evidence: Evidence }>();
  const add = (s: number) =>
    skills.set(s, {
      skillId: s,
      level: (1 + Math.floor(r() ** 0.7 * 4)) as SkillLevel,
      evidence: EVIDENCE[Math.floor(r() * EVIDENCE.length)] ?? 'self',
    });
  for (const s of p.essential) if (r() < 0.75) add(s);
  for (const s of p.optional) if (r() < 0.2) add(s);
  for (let j = 0; j < 3; j++) add(popular());
  const { lat, lon, regionId } = place(r);
  const hMin = 16 + Math.floor(r() * 4) * 4;
  return {
    id: `cand-${i}`,
    skills: [...skills.values()],
    currentOccupationId: p.id,
    wishes: {
      ...(r() < 0.8 ? { maxTravelKm: 15 + Math.floor(r() * 46) } : {}),
      ...(r() < 0.9 ? { home: { lat, lon } } : {}),
      homeRegionId: regionId,
      ...(r() < 0.6 ? { minHours: hMin, maxHours: Math.min(40, hMin + 12) } : {}),
      ...(r() < 0.3 ? { minSalary: 2400 + Math.floor(r() * 12) * 100 } : {}),
      ...(r() < 0.4 ? { earliestStart: day(r) } : {}),
      ...(r() < 0.15 ? { contractTypes: ['permanent', 'conditional'] as ContractType[] } : {}),
      ...(r() < 0.1 ? { sectors: [SECTORS[Math.floor(r() * SECTORS.length)] ?? 'care'] } : {}),
    },
  };
}

export function makeTraining(i: number, pickSkill: () => number, r: () => number): TrainingInput {
  const n = 1 + Math.floor(r() * 6);
  return {
    id: `training-${i}`,
    skillIds: [...new Set(Array.from({ length: n }, pickSkill))],
    weeks: 1 + Math.floor(r() * 26),
    cost: Math.floor(r() * 50) * 100,
  };
}
