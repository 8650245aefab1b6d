import { Command } from 'commander';
import { ZodError } from 'zod';
import { ConfigError } from '../config.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { systemClock } from '../shared/clock.ts';
import { registerFindOccupation } from './find-occupation.ts';
import { registerImportEsco } from './import-esco.ts';
import { openMigrated } from './open.ts';
import { print } from './output.ts';
import { registerReportKpis } from './report-kpis.ts';
import { registerRetention } from './retention.ts';
import { serve } from './serve.ts';

const program = new Command()
  .name('overstap')
  .description('Overstap — work-to-work transitions for a labour-market region')
  .showHelpAfterError();

program
  .command('serve', { isDefault: true })
  .description('migrate the database and serve the API and UI (PORT, DATA_DIR, DATABASE_URL)')
  .action(serve);

program
  .command('migrate')
  .description('apply pending forward-only migrations and exit')
  .option('--json', 'print the result as JSON')
  .action(async (opts: { json?: boolean }) => {
    const { database, applied } = await openMigrated();
    await database.close();
    print(
      Boolean(opts.json),
      { database: database.kind, applied },
      () => `${applied} migration(s) applied on ${database.kind}`,
    );
  });

program
  .command('seed-demo')
  .description('load the demo region Noordoost-Brabant (does nothing when it is there)')
  .option('--json', 'print the result as JSON')
  .action(async (opts: { json?: boolean }) => {
    const { database } = await openMigrated();
    const result = await seedDemo(database.db, systemClock.now());
    await database.close();
    print(Boolean(opts.json), result, () =>
      [
        result.seeded
          ? `Demo region ${result.region} loaded.`
          : `Demo region ${result.region} was already there.`,
        `Demo accounts (password ${result.password}):`,
        ...result.users.map((u) => `  ${u.email.padEnd(32)} ${u.role}`),
      ].join('\n'),
    );
  });

registerFindOccupation(program);
registerImportEsco(program);
registerRetention(program);
registerReportKpis(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ZodError) {
    const lines = error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    process.stderr.write(`Invalid argument:\n${lines.join('\n')}\n`);
    process.exit(2);
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
