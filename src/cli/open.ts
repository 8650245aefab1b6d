import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { runMigrations } from '../db/migrate.ts';

/** Config + database + migrations: what every command needs first. */
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
  return { config, database, applied };
}
