import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/database.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { buildApp } from '../../src/server/app.ts';
import { systemClock } from '../../src/shared/clock.ts';
import { testConfig } from './test-config.ts';
import { freshDatabase } from './test-database.ts';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** A real HTTP server on a free port, on a fresh database with the demo region, serving web/dist. */
export async function startTestServer(opts: { seedDemo?: boolean } = {}): Promise<TestServer> {
  const database = await freshDatabase();
  if (opts.seedDemo !== false) await seedDemo(database.db, systemClock.now());
  const app = await buildApp({
    config: testConfig({ LOGIN_RATE_LIMIT_PER_MINUTE: 1000 }),
    database,
    db: database.db,
    clock: systemClock,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, app, database, close: () => app.close() };
}
