import { defineConfig } from 'vitest/config';

// Three levels, each runnable alone: unit (beside the code), integration (real database),
// e2e (browser). `npm test` runs them all; DATABASE_URL switches PGlite → PostgreSQL.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/*.e2e.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.integration.test.ts', 'tests/**/*.integration.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/helpers/global-setup.ts', 'tests/e2e/build-web.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
