/**
 * Runs the matching bench and prints its JSON result to stdout.
 *   npx tsx bench/run-matching.ts [--quick] [--region-workers=N]
 * `npx tsx --expose-gc bench/run-matching.ts` measures memory after a garbage collection.
 * With DATABASE_URL set, the SQL comparison also runs on that PostgreSQL server.
 */

import { runMatchingBench } from './matching.bench.ts';

const workersArg = process.argv.find((a) => a.startsWith('--region-workers='));
const { summary, details } = await runMatchingBench({
  quick: process.argv.includes('--quick'),
  ...(workersArg ? { regionWorkers: Number(workersArg.split('=')[1]) } : {}),
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
});
process.stdout.write(`${JSON.stringify({ ...summary, matching: details }, null, 2)}\n`);
