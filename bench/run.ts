/**
 * `npm run bench [-- --quick] [-- --only matching|taxonomy|dashboard]`: runs the benchmarks, prints one JSON document to stdout and
 * writes it to bench/results/latest.json plus a dated copy, so runs can be compared.
 * Speed goals live here, never in timed tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runDashboardBench } from './dashboard.bench.ts';
import { runMatchingBench } from './matching.bench.ts';
import { runTaxonomySearchBench } from './taxonomy-search.bench.ts';

const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const runs = (name: string) => only === undefined || only === name;
const startedAt = new Date();
const databaseUrl = process.env.DATABASE_URL; // SQL comparison on that server too, when set
const matching = runs('matching')
  ? await runMatchingBench({ quick, ...(databaseUrl ? { databaseUrl } : {}) })
  : undefined;
const taxonomySearch = runs('taxonomy') ? await runTaxonomySearchBench({ quick }) : undefined;
const dashboard = runs('dashboard') ? await runDashboardBench({ quick }) : undefined;
// The matching keys of issue 6 sit at the top level, so runs compare at a glance.
const result = {
  ...matching?.summary,
  startedAt: startedAt.toISOString(),
  quick,
  ...(only ? { only } : {}),
  matching: matching?.details,
  taxonomySearch,
  dashboard,
};

const dir = path.resolve('bench/results');
fs.mkdirSync(dir, { recursive: true });
const json = `${JSON.stringify(result, null, 2)}\n`;
fs.writeFileSync(path.join(dir, 'latest.json'), json);
fs.writeFileSync(path.join(dir, `${startedAt.toISOString().replaceAll(':', '-')}.json`), json);
process.stdout.write(json);
