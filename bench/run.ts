/**
 * `npm run bench [-- --quick]`: runs every benchmark, prints one JSON document to stdout and
 * writes it to bench/results/latest.json plus a dated copy, so runs can be compared.
 * Speed goals live here, never in timed tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runDashboardBench } from './dashboard.bench.ts';
import { runMatchingBench } from './matching.bench.ts';
import { runTaxonomySearchBench } from './taxonomy-search.bench.ts';

const quick = process.argv.includes('--quick');
const startedAt = new Date();
const databaseUrl = process.env.DATABASE_URL; // SQL comparison on that server too, when set
const matching = await runMatchingBench({ quick, ...(databaseUrl ? { databaseUrl } : {}) });
const taxonomySearch = await runTaxonomySearchBench({ quick });
const dashboard = await runDashboardBench({ quick });
// The matching keys of issue 6 sit at the top level, so runs compare at a glance.
const result = {
  ...matching.summary,
  startedAt: startedAt.toISOString(),
  quick,
  matching: matching.details,
  taxonomySearch,
  dashboard,
};

const dir = path.resolve('bench/results');
fs.mkdirSync(dir, { recursive: true });
const json = `${JSON.stringify(result, null, 2)}\n`;
fs.writeFileSync(path.join(dir, 'latest.json'), json);
fs.writeFileSync(path.join(dir, `${startedAt.toISOString().replaceAll(':', '-')}.json`), json);
process.stdout.write(json);
