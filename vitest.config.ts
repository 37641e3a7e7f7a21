// Every test runs on in-memory PGlite. When TEST_DATABASE_URL names a PostgreSQL 15 server (CI starts one),
// the repository and service tests run a second time against it as the "postgres" project, with the
// PostgreSQL-only tests (*.pg.test.ts: what only a real server has, such as its prepared statements).
import { defineConfig } from 'vitest/config';

const pgUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'pglite', include: ['tests/**/*.test.ts'], exclude: ['tests/**/*.pg.test.ts'], env: { TEST_DATABASE_URL: '' } },
      },
      ...(pgUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['tests/services/**/*.test.ts', 'tests/repositories/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/payments/**/*.test.ts', 'tests/**/*.pg.test.ts'],
                env: { TEST_DATABASE_URL: pgUrl },
                globalSetup: ['tests/helpers/global-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
