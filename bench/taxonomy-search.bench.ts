/**
 * Skill and occupation search on the full ESCO set (target ≤ 20 ms per query): imports the real
 * ESCO download from ../shared/data/esco into an in-memory PGlite, then times autocomplete queries
 * as people type them (prefixes of real labels, some with a typo) and job-title lookups.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions, wrapPglite } from '../src/db/database.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { importEsco } from '../src/modules/taxonomy/esco-import/index.ts';
import { conceptLabels } from '../src/modules/taxonomy/schema.ts';
import {
  findOccupationsForJobTitle,
  searchConcepts,
} from '../src/modules/taxonomy/use-cases/search-concepts.ts';

const escoDir = path.resolve('../shared/data/esco');

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

export async function runTaxonomySearchBench(opts: { quick?: boolean }): Promise<object> {
  if (opts.quick) return { skipped: 'quick run: the search bench needs the full ESCO import' };
  if (!fs.existsSync(path.join(escoDir, 'skills_en.csv'))) {
    return { skipped: `no ESCO download at ${escoDir}` };
  }
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const database = wrapPglite(client);
  try {
    await runMigrations(database);
    const t0 = performance.now();
    const summary = await importEsco(database.db, escoDir, { languages: ['nl', 'en'] });
    const importSeconds = (performance.now() - t0) / 1000;
    const labels = await database.db
      .select({ label: conceptLabels.label, type: conceptLabels.conceptType })
      .from(conceptLabels);
    const random = prng(42);
    const pick = () => labels[Math.floor(random() * labels.length)]?.label ?? 'kok';
    const queries = Array.from({ length: 400 }, (_, i) => {
      const label = pick();
      const prefix = label.slice(0, 3 + Math.floor(random() * 6));
      // Every fifth query drops a letter: people type fast.
      return i % 5 === 4 && prefix.length > 4 ? prefix.slice(0, 2) + prefix.slice(3) : prefix;
    });
    const time = async (fn: (q: string) => Promise<unknown>, qs: string[]) => {
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
      };
    };
    const skills = await time(
      (q) => searchConcepts(database.db, 'skill', { q, lang: 'nl', limit: 10 }),
      queries,
    );
    const occupations = await time(
      (q) => searchConcepts(database.db, 'occupation', { q, lang: 'nl', limit: 10 }),
      queries,
    );
    const titles = Array.from({ length: 30 }, () => pick());
    const jobTitles = await time(
      (title) => findOccupationsForJobTitle(database.db, { title, lang: 'nl', limit: 10 }),
      titles.filter((t) => t.length >= 2),
    );
    return {
      data: 'ESCO v1.1.1 (nl, en) — This service uses the ESCO classification of the European Commission.',
      importSeconds: Math.round(importSeconds * 10) / 10,
      rowsRead: summary.totals.rowsRead,
      labels: labels.length,
      skillSearchMs: skills,
      occupationSearchMs: occupations,
      jobTitleMs: jobTitles,
      target: { p95Ms: 20, pass: skills.p95 <= 20 && occupations.p95 <= 20 },
    };
  } finally {
    await database.close();
  }
}
