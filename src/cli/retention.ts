import type { Command } from 'commander';
import { z } from 'zod';
import {
  DEFAULT_RETENTION_MONTHS,
  runRetention,
} from '../modules/consent/use-cases/run-retention.ts';
import { systemClock } from '../shared/clock.ts';
import { openMigrated } from './open.ts';
import { print } from './output.ts';

const retentionOptions = z.object({
  months: z.coerce
    .number()
    .int('must be a whole number of months')
    .min(1, 'must be at least 1')
    .max(240, 'must be at most 240'),
  dryRun: z.boolean(),
  json: z.boolean(),
});

/** `overstap retention`: the retention rule by hand (the server runs it daily). */
export function registerRetention(program: Command): void {
  program
    .command('retention')
    .description(
      'remove the personal data of trajectories closed longer ago than the retention period',
    )
    .option('--months <n>', 'retention period in months', String(DEFAULT_RETENTION_MONTHS))
    .option('--dry-run', 'count what would be removed; change nothing')
    .option('--json', 'print the result as JSON')
    .action(async (raw: { months: string; dryRun?: boolean; json?: boolean }) => {
      const opts = retentionOptions.parse({
        months: raw.months,
        dryRun: Boolean(raw.dryRun),
        json: Boolean(raw.json),
      });
      const { database } = await openMigrated();
      try {
        const result = await runRetention(database.db, {
          months: opts.months,
          dryRun: opts.dryRun,
          now: systemClock.now(),
        });
        print(opts.json, result, () =>
          [
            `Retention ${result.months} months (closed before ${result.cutoff.slice(0, 10)})` +
              (result.dryRun ? ' — dry run, nothing changed' : ''),
            `  trajectories with personal data removed: ${result.trajectoriesScrubbed}`,
            `  persons erased:                          ${result.personsErased}`,
          ].join('\n'),
        );
      } finally {
        await database.close();
      }
    });
}
