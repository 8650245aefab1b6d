import { build } from 'vite';

/** Browser tests run against the production build, served by the app as in `npm start`. */
export async function setup(): Promise<void> {
  await build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
}
