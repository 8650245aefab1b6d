/**
 * Runs the matching bench and prints its JSON result to stdout.
 *   npx tsx bench/run-matching.ts [--quick] [--region-workers=N]
 * `npx tsx --expose-gc bench/run-matching.ts` measures memory after a garbage collection.
 */

import { runMatchingBench } from './matching.bench.ts';

const workersArg = process.argv.find((a) => a.startsWith('--region-workers='));
const result = await runMatchingBench({
  quick: process.argv.includes('--quick'),
  ...(workersArg ? { regionWorkers: Number(workersArg.split('=')[1]) } : {}),
});
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
