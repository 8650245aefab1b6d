import pg from 'pg';
import { openPostgres } from '../../src/db/database.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { serverUrl, TEMPLATE_DB, withDatabase } from './database-url.ts';

/**
 * On PostgreSQL: build one migrated template database per run; every test then gets its own
 * copy (CREATE DATABASE … TEMPLATE), which takes a fraction of a second.
 */
export async function setup(): Promise<void> {
  if (!serverUrl) return;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const template = openPostgres(withDatabase(serverUrl, TEMPLATE_DB));
  await runMigrations(template);
  await template.close();
}

export async function teardown(): Promise<void> {
  if (!serverUrl) return;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'overstap_t_%'",
    );
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
