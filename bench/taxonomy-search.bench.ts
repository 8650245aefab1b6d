/**
 * Skill and occupation search (target ≤ 20 ms per query; an in-memory index plus one read of the
 * taxonomy revision per query) and job title → occupation (target ≤ 50 ms, SQL) on the full ESCO
 * set: imports the real ESCO download from ../shared/data/esco into an
 * in-memory PGlite once, then times the queries as people type them:
 *   - autocomplete: prefixes of real labels (3–8 characters), every fifth with a letter dropped;
 *   - job titles: whole occupation labels (preferred and alternative), some with a word dropped,
 *     a word added or a typo, plus titles from the catering pilot.
 * `quick` uses the starter taxonomy (loaded on an empty database) instead of the ESCO import, so
 * the smoke run stays well under a minute; its figures are not the target's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { pgliteExtensions, wrapPglite } from '../src/db/database.ts';
import type { Db } from '../src/db/database.ts';
import { rows, runMigrations } from '../src/db/migrate.ts';
import { analyzeTaxonomy } from '../src/modules/taxonomy/analyze-taxonomy.ts';
import { importEsco } from '../src/modules/taxonomy/esco-import/index.ts';
import { warmLabelIndexes } from '../src/modules/taxonomy/label-index/label-index-cache.ts';
import { ensureStarterTaxonomy } from '../src/modules/taxonomy/use-cases/ensure-starter-taxonomy.ts';
import {
  findOccupationsForJobTitle,
  searchConcepts,
} from '../src/modules/taxonomy/use-cases/search-concepts.ts';

const escoDir = path.resolve('../shared/data/esco');

const TARGET = { searchP95Ms: 20, jobTitleP95Ms: 50 };

/** Job titles as the pilot's people wrote them (seed 003), and a few more everyday ones. */
const PILOT_TITLES = [
  'kok',
  'sous-chef',
  'cateringmedewerker',
  'medewerker catering',
  'gastvrouw',
  'locatiemanager',
  'administratief medewerker',
  'accountmanager',
  'medewerker marketing en communicatie',
  'medewerker bediening',
  'zorgmedewerker niveau 3',
  'heftruckchauffeur',
  'verzorgende ig',
  'schoonmaakster',
  'magazijnmedewerker',
  'vrachtwagenchauffeur',
];

/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const percentile = (sorted: number[], p: number) =>
  Math.round(
    (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 100,
  ) / 100;

async function time(fn: (q: string) => Promise<unknown>, qs: string[]) {
  for (const q of qs.slice(0, 20)) await fn(q); // warm-up
  const ms: number[] = [];
  for (const q of qs) {
    const start = performance.now();
    await fn(q);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return {
    queries: qs.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: percentile(ms, 100),
  };
}

async function labelsOf(db: Db, conceptType: 'skill' | 'occupation'): Promise<string[]> {
  const res = await db.execute(sql`
    select label from concept_labels
    where concept_type = ${conceptType} and kind <> 'hidden'
    order by id
  `);
  return rows<{ label: string }>(res).map((r) => r.label);
}

/** Autocomplete input: a 3–8 character prefix of a label, every fifth with a letter dropped. */
function typedPrefixes(labels: string[], n: number, random: () => number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const label = labels[Math.floor(random() * labels.length)] ?? 'kok';
    const prefix = label.slice(0, 3 + Math.floor(random() * 6));
    return i % 5 === 4 && prefix.length > 4 ? prefix.slice(0, 2) + prefix.slice(3) : prefix;
  });
}

/** Job titles: occupation labels as is, without their last word, with a word added, a typo. */
function typedTitles(labels: string[], n: number, random: () => number): string[] {
  const extra = ['medewerker', 'senior', 'niveau 3', 'assistent', 'junior'];
  const out = [...PILOT_TITLES];
  while (out.length < n) {
    const label = labels[Math.floor(random() * labels.length)] ?? 'kok';
    const words = label.split(' ');
    const variant = out.length % 4;
    if (variant === 1 && words.length > 1) out.push(words.slice(0, -1).join(' '));
    else if (variant === 2) out.push(`${label} ${extra[Math.floor(random() * extra.length)]}`);
    else if (variant === 3 && label.length > 5) {
      const at = 2 + Math.floor(random() * (label.length - 3));
      out.push(label.slice(0, at) + label.slice(at + 1));
    } else out.push(label);
  }
  return out.filter((t) => t.trim().length >= 2);
}

export async function runTaxonomySearchBench(opts: { quick?: boolean }): Promise<object> {
  const quick = opts.quick === true;
  const esco = !quick && fs.existsSync(path.join(escoDir, 'skills_en.csv'));
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const database = wrapPglite(client);
  try {
    await runMigrations(database);
    const t0 = performance.now();
    const summary = esco
      ? await importEsco(database.db, escoDir, { languages: ['nl', 'en'] })
      : await ensureStarterTaxonomy(database.db);
    await analyzeTaxonomy(database.db);
    const loadSeconds = (performance.now() - t0) / 1000;
    // Search answers from an in-memory index built at the first query (on start, in the server).
    const tIndex = performance.now();
    await warmLabelIndexes(database.db);
    const indexSeconds = (performance.now() - tIndex) / 1000;
    const skillLabels = await labelsOf(database.db, 'skill');
    const occupationLabels = await labelsOf(database.db, 'occupation');
    const random = prng(42);
    const n = quick ? 200 : 400;
    const skills = await time(
      (q) => searchConcepts(database.db, 'skill', { q, lang: 'nl', limit: 10 }),
      typedPrefixes(skillLabels, n, random),
    );
    const occupations = await time(
      (q) => searchConcepts(database.db, 'occupation', { q, lang: 'nl', limit: 10 }),
      typedPrefixes(occupationLabels, n, random),
    );
    const jobTitles = await time(
      (title) => findOccupationsForJobTitle(database.db, { title, lang: 'nl', limit: 10 }),
      typedTitles(occupationLabels, quick ? 100 : 200, random),
    );
    return {
      data: esco
        ? 'ESCO v1.1.1 (nl, en) — This service uses the ESCO classification of the European Commission.'
        : quick
          ? 'starter taxonomy (quick run; the targets are for the full ESCO set)'
          : `starter taxonomy: no ESCO download at ${escoDir}`,
      loadSeconds: Math.round(loadSeconds * 10) / 10,
      searchIndexBuildSeconds: Math.round(indexSeconds * 100) / 100,
      ...(esco && summary && 'totals' in summary ? { rowsRead: summary.totals.rowsRead } : {}),
      labels: { skill: skillLabels.length, occupation: occupationLabels.length },
      skillSearchMs: skills,
      occupationSearchMs: occupations,
      jobTitleMs: jobTitles,
      target: {
        searchP95Ms: TARGET.searchP95Ms,
        jobTitleP95Ms: TARGET.jobTitleP95Ms,
        pass:
          skills.p95 <= TARGET.searchP95Ms &&
          occupations.p95 <= TARGET.searchP95Ms &&
          jobTitles.p95 <= TARGET.jobTitleP95Ms,
      },
    };
  } finally {
    await database.close();
  }
}
