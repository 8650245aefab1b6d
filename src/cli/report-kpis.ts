import type { Command } from 'commander';
import { eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { computeFigures } from '../modules/dashboard/compute-figures.ts';
import { readRegionFacts } from '../modules/dashboard/facts-cache.ts';
import { periodsOf } from '../modules/dashboard/use-cases/get-dashboard.ts';
import { suppress } from '../modules/dashboard/suppression.ts';
import { regions } from '../modules/organisations/schema.ts';
import { systemClock } from '../shared/clock.ts';
import { openMigrated } from './open.ts';
import { print } from './output.ts';

const day = z.iso.date('must be a date YYYY-MM-DD');
const kpiOptions = z.object({
  region: z.string().min(1).optional(),
  from: day.optional(),
  to: day.optional(),
  suppress: z.boolean(),
  json: z.boolean(),
});

const isUuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/**
 * `overstap report kpis`: the headline figures of a region for a period, computed from the event
 * log like the dashboard. For the operator: unsuppressed unless --suppress is given (then every
 * count under SUPPRESSION_THRESHOLD is "< N", exactly as in the dashboard and its exports).
 */
export function registerReportKpis(program: Command): void {
  const report = program.command('report').description('reports computed from the event log');
  report
    .command('kpis')
    .description('headline figures of a region for a period (the cohort started in it)')
    .option('--region <code|id>', 'region code or id (default: the only region)')
    .option('--from <date>', 'start of the period, YYYY-MM-DD (default: the beginning)')
    .option('--to <date>', 'end of the period, YYYY-MM-DD (default: now)')
    .option('--suppress', 'hide counts under the threshold as "< N"')
    .option('--json', 'print the result as JSON')
    .action(
      async (raw: {
        region?: string;
        from?: string;
        to?: string;
        suppress?: boolean;
        json?: boolean;
      }) => {
        const opts = kpiOptions.parse({
          ...raw,
          suppress: Boolean(raw.suppress),
          json: Boolean(raw.json),
        });
        const { config, database } = await openMigrated();
        try {
          const db = database.db;
          const found = opts.region
            ? await db
                .select()
                .from(regions)
                .where(
                  isUuid(opts.region)
                    ? or(eq(regions.id, opts.region), eq(regions.code, opts.region))
                    : eq(regions.code, opts.region),
                )
            : await db.select().from(regions);
          const region = found[0];
          if (!region || (!opts.region && found.length > 1)) {
            const codes = found.map((r) => r.code).join(', ');
            throw new Error(
              opts.region
                ? `region ${opts.region} not found`
                : `choose a region with --region (${codes})`,
            );
          }
          const { period } = periodsOf({ from: opts.from, to: opts.to }, systemClock.now());
          const facts = await readRegionFacts(db, region.id);
          const figures = computeFigures({ facts, period, previous: null, tension: [] });
          const threshold = opts.suppress ? config.SUPPRESSION_THRESHOLD : null;
          const headline = suppress(figures, threshold).tables.find((t) => t.id === 'headline');
          const value = (key: string) =>
            headline?.rows.find((r) => r.key === key)?.cells.current ?? null;
          const durability = suppress(figures, threshold).tables.find((t) => t.id === 'durability');
          const twelve = durability?.rows.find((r) => r.key === 'months_12')?.cells;
          const result = {
            region: region.code,
            from: opts.from ?? null,
            to: new Date(period.to).toISOString().slice(0, 10),
            suppressed: opts.suppress,
            started: value('started'),
            stopped: value('stopped'),
            in_progress: value('in_progress'),
            placed: value('placed'),
            in_work_and_training: value('in_work_and_training'),
            in_training: value('in_training'),
            placed_other_sector: value('placed_other_sector'),
            durable_12m: value('durable_12m'),
            durable_12m_unknown: twelve?.unknown ?? null,
            outflow_rate: value('outflow_rate'),
          };
          print(opts.json, result, () =>
            Object.entries(result)
              .map(([k, v]) => `${k.padEnd(22)} ${v === null ? '—' : String(v)}`)
              .join('\n'),
          );
        } finally {
          await database.close();
        }
      },
    );
}
