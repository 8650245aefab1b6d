import { demoSummary, isEmpty, seedDemo, type SeedSummary } from '../demo/seed-demo.ts';
import { startRetentionJob } from '../modules/consent/retention-job.ts';
import { warmLabelIndexes } from '../modules/taxonomy/label-index/label-index-cache.ts';
import { buildApp } from '../server/app.ts';
import { systemClock } from '../shared/clock.ts';
import { openMigrated } from './open.ts';

export async function serve(): Promise<void> {
  const { config, database, applied } = await openMigrated();
  let seed: SeedSummary | null = null;
  if (config.SEED_DEMO === 'auto' && database.kind === 'pglite' && (await isEmpty(database.db))) {
    seed = await seedDemo(database.db, systemClock.now());
  }
  const app = await buildApp({ config, database, db: database.db, clock: systemClock });
  app.log.info({ database: database.kind, migrationsApplied: applied }, 'database ready');
  const retention = startRetentionJob({
    db: database.db,
    clock: systemClock,
    months: config.RETENTION_MONTHS,
    onResult: (result) => app.log.info({ retention: result }, 'retention run'),
    onError: (err) => app.log.error({ err }, 'retention run failed'),
  });
  app.addHook('onClose', async () => retention.stop());
  // Skill and occupation search answer from memory: build those indexes before the first search.
  warmLabelIndexes(database.db).catch((err: unknown) =>
    app.log.error({ err }, 'building the label search index failed'),
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing open requests');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  const url = `http://localhost:${(app.server.address() as { port: number }).port}`;
  process.stdout.write(
    `\nOverstap draait op ${url}  (database: ${database.kind}${database.kind === 'pglite' ? `, ${config.DATA_DIR}` : ''})\n`,
  );
  printDemoAccounts(seed ?? (await demoSummary(database.db)));
}

function printDemoAccounts(seed: SeedSummary | null): void {
  if (!seed) return;
  const state = seed.seeded ? 'zojuist geladen' : 'aanwezig';
  process.stdout.write(
    `\nDemo-regio ${seed.region} ${state}. Demo-accounts (wachtwoord: ${seed.password}):\n`,
  );
  for (const u of seed.users)
    process.stdout.write(`  ${u.email.padEnd(32)} ${u.role.padEnd(13)} ${u.description}\n`);
  process.stdout.write('\n');
}
