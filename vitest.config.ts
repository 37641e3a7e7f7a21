// Every test runs on in-memory PGlite. When TEST_DATABASE_URL names a PostgreSQL 15 server (CI starts one),
// the repository and service tests run a second time against it as the "postgres" project, with the
// PostgreSQL-only tests (*.pg.test.ts: what only a real server has, such as its prepared statements).
//
// Speed (README, "Tests"): the global setups build the migrated databases once per run (PGlite dumps, a
// PostgreSQL template database), and both projects share the workers: one per core. Vitest's default on
// two cores is a single worker (cores − 1), which left one core idle while a test file waited on its
// database or a child process. TEST_WORKERS overrides it (e.g. 1 on a busy machine).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const pgUrl = process.env.TEST_DATABASE_URL;
const workers = Number(process.env.TEST_WORKERS) || availableParallelism();

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: workers,
    projects: [
      {
        extends: true,
        test: {
          name: 'pglite',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.pg.test.ts'],
          env: { TEST_DATABASE_URL: '' },
          globalSetup: ['tests/helpers/pglite-global-setup.ts'],
        },
      },
      ...(pgUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['tests/services/**/*.test.ts', 'tests/repositories/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/payments/**/*.test.ts', 'tests/**/*.pg.test.ts'],
                env: { TEST_DATABASE_URL: pgUrl },
                globalSetup: ['tests/helpers/pglite-global-setup.ts', 'tests/helpers/global-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
