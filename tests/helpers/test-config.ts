import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', SEED_DEMO: 'never' }),
    // The browser tests' own build (tests/e2e/build-web.ts), else the one `npm start` makes.
    WEB_DIST: path.resolve(process.env.OVERSTAP_TEST_WEB_DIST ?? 'web/dist'),
    ...overrides,
  };
}
