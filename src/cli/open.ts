import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { runMigrations } from '../db/migrate.ts';
import { ensureStarterTaxonomy } from '../modules/taxonomy/use-cases/ensure-starter-taxonomy.ts';

/** Config + database + migrations + reference data: what every command needs first. */
export async function openMigrated(): Promise<{
  config: Config;
  database: Database;
  applied: number;
}> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  const applied = await runMigrations(database);
  await ensureStarterTaxonomy(database.db);
  return { config, database, applied };
}
