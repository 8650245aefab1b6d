import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', SEED_DEMO: 'never' }),
    WEB_DIST: path.resolve('web/dist'),
    ...overrides,
  };
}
