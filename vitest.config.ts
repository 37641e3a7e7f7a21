// Every test runs on in-memory PGlite. When TEST_DATABASE_URL names a PostgreSQL 15 server (CI starts one),
// the repository and service tests run a second time against it as the "postgres" project, with the
// PostgreSQL-only tests (*.pg.test.ts: what only a real server has, such as its prepared statements).
//
// Speed (README, "Tests"): the global setups build the migrated databases once per run (PGlite dumps, a
// PostgreSQL template database), and both projects share the workers: one per core. Vitest's default on
// two cores is a single worker (cores − 1), which left one core idle while a test file waited on its
// database or a child process. TEST_WORKERS overrides it (e.g. 1 on a busy machine).
//
// isolate: false — a worker process runs one test file after another without starting again. Starting
// again cost every file ~2 s of imports and a cold WebAssembly PGlite (measured on tests/services: 76 s →
// 24 s of wall time, 100 → 45 s of CPU). So test files must not depend on module state another file may have
// changed: each opens its own database (createTestDatabase) and restores fake timers; helpers that number
// things (e.g. the dashboard harness's people) must be asserted through the values they return.
// The slow files go first (tests/helpers/slow-first-sequencer.ts) so the two workers finish together.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './tests/helpers/slow-first-sequencer.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
const workers = Number(process.env.TEST_WORKERS) || availableParallelism();

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    isolate: false,
    maxWorkers: workers,
    sequence: { sequencer: SlowFirstSequencer },
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
                include: ['tests/domain/services/**/*.test.ts', 'tests/domain/repositories/**/*.test.ts', 'tests/domain/db/**/*.test.ts', 'tests/domain/payments/**/*.test.ts', 'tests/**/*.pg.test.ts', 'tests/bench/buyer-journey.test.ts'],
                // what only the embedded database has (its worker thread, its prepared-statement client, its
                // autovacuum settings) is tested once, by the pglite project
                exclude: ['tests/domain/db/pglite-*.test.ts', 'tests/domain/db/embedded-*.test.ts'],
                env: { TEST_DATABASE_URL: pgUrl },
                globalSetup: ['tests/helpers/pglite-global-setup.ts', 'tests/helpers/global-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
