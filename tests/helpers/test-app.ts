import type { FastifyInstance } from 'fastify';
import type { Config } from '../../src/config.ts';
import type { Database, Db } from '../../src/db/database.ts';
import { buildApp } from '../../src/server/app.ts';
import { fixedClock } from '../../src/shared/clock.ts';
import { ApiClient } from './api-client.ts';
import { testConfig } from './test-config.ts';
import { freshDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  db: Db;
  clock: ReturnType<typeof fixedClock>;
  /** A new browser-like client with its own cookies. */
  client(): ApiClient;
  close(): Promise<void>;
}

/** The whole HTTP app on a fresh database, with a clock the test can move. */
export async function testApp(config: Partial<Config> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const clock = fixedClock(new Date());
  const app = await buildApp({ config: testConfig(config), database, db: database.db, clock });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    clock,
    client: () => new ApiClient(app),
    close: () => app.close(),
  };
}
