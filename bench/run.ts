/**
 * `npm run bench [-- --quick]`: runs every benchmark, prints one JSON document to stdout and
 * writes it to bench/results/latest.json plus a dated copy, so runs can be compared.
 * Speed goals live here, never in timed tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runMatchingBench } from './matching.bench.ts';
import { runTaxonomySearchBench } from './taxonomy-search.bench.ts';

const quick = process.argv.includes('--quick');
const startedAt = new Date();
const matching = await runMatchingBench({ quick });
const taxonomySearch = await runTaxonomySearchBench({ quick });
const result = { startedAt: startedAt.toISOString(), quick, matching, taxonomySearch };

const dir = path.resolve('bench/results');
fs.mkdirSync(dir, { recursive: true });
const json = `${JSON.stringify(result, null, 2)}\n`;
fs.writeFileSync(path.join(dir, 'latest.json'), json);
fs.writeFileSync(path.join(dir, `${startedAt.toISOString().replaceAll(':', '-')}.json`), json);
process.stdout.write(json);
