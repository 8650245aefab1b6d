import pg from 'pg';
import { openPostgres } from '../../src/db/database.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { serverUrl, templateDatabase, testDatabasePrefix, withDatabase } from './database-url.ts';

/**
 * On PostgreSQL: build one migrated template database per run; every test then gets its own
 * copy (CREATE DATABASE … TEMPLATE), which takes a fraction of a second.
 */
export async function setup(): Promise<void> {
  if (!serverUrl) return;
  const template = templateDatabase();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // Both test projects (integration, e2e) run this setup: build the template once, under a lock.
    await admin.query('select pg_advisory_lock(hashtext($1))', [template]);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount) return;
    await admin.query(`CREATE DATABASE ${template}`);
    const database = openPostgres(withDatabase(serverUrl, template));
    try {
      await runMigrations(database);
    } finally {
      await database.close();
    }
  } finally {
    await admin.end();
  }
}

export async function teardown(): Promise<void> {
  if (!serverUrl) return;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      'select datname from pg_database where datname = $1 or starts_with(datname, $2)',
      [templateDatabase(), testDatabasePrefix()],
    );
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
