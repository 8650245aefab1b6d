import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import {
  openPostgres,
  pgliteExtensions,
  wrapPglite,
  type Database,
} from '../../src/db/database.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { serverUrl, templateDatabase, testDatabasePrefix, withDatabase } from './database-url.ts';

let pgliteTemplate: Promise<PGlite> | undefined;

/** A migrated PGlite built once per worker; each test gets a clone of it. */
function migratedPglite(): Promise<PGlite> {
  pgliteTemplate ??= (async () => {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    await runMigrations(wrapPglite(client));
    return client;
  })();
  return pgliteTemplate;
}

/** A new, migrated, empty PostgreSQL database (copied from the template) and how to drop it. */
export async function freshPostgresDatabase(
  url: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${testDatabasePrefix()}${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(url, name),
    drop: async () => {
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      try {
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await drop.end();
      }
    },
  };
}

/**
 * A fresh, migrated, empty database for one test: a PGlite clone, or a new PostgreSQL database
 * copied from the template when DATABASE_URL is set. `close()` disposes of it.
 */
export async function freshDatabase(): Promise<Database> {
  if (!serverUrl) {
    // clone() is typed as the interface but returns a full PGlite instance.
    const clone = (await (await migratedPglite()).clone()) as PGlite;
    return wrapPglite(clone);
  }
  const fresh = await freshPostgresDatabase(serverUrl);
  const database = openPostgres(fresh.url);
  return {
    ...database,
    close: async () => {
      await database.close();
      await fresh.drop();
    },
  };
}
