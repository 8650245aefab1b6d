/** `npx tsx bench/run-dashboard.ts [--quick]`: only the dashboard bench, JSON on stdout. */
import { runDashboardBench } from './dashboard.bench.ts';

const result = await runDashboardBench({ quick: process.argv.includes('--quick') });
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
