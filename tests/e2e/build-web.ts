import { build } from 'vite';

/** Browser tests run against the production build, served by the app as in `npm start`. */
export async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle;
  // build what users get, then put the test environment back.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
