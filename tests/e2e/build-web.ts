import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

let outDir: string | undefined;

/**
 * Browser tests run against the production build, served by the app as in `npm start`. Each run
 * builds into its own directory (OVERSTAP_TEST_WEB_DIST, inherited by the workers), so two runs
 * at once never serve each other's half-written files.
 */
export async function setup(): Promise<void> {
  outDir = await mkdtemp(path.join(tmpdir(), 'overstap-web-'));
  process.env.OVERSTAP_TEST_WEB_DIST = outDir;
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle;
  // build what users get, then put the test environment back.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: 'web/vite.config.ts',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export async function teardown(): Promise<void> {
  if (outDir) await rm(outDir, { recursive: true, force: true });
}
