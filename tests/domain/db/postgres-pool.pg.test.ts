// The application's PostgreSQL pool under more statements than connections: they wait their turn instead of
// failing, and only a wait longer than DATABASE_POOL_TIMEOUT_MS fails, as "busy" (the API's 503 + Retry-After).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../domain/db/database.ts';
import { isDatabaseBusy } from '../../../domain/db/postgres.ts';
import { createPostgresTestDatabase } from '../../helpers/test-database.ts';

let database: { url: string; drop(): Promise<void> };
let db: Database | undefined;

beforeEach(async () => {
  database = await createPostgresTestDatabase();
});
afterEach(async () => {
  await db?.close();
  db = undefined;
  await database.drop();
});

describe('PostgreSQL pool', () => {
  it('queues statements beyond its connections rather than failing them', async () => {
    db = await openDatabase({ databaseUrl: database.url, migrate: false, pool: { max: 2, waitMs: 10_000 } });
    // 12 statements of 100 ms on 2 connections: the last ones wait ~0.5 s for a connection, and all succeed
    const sleeps = Array.from({ length: 12 }, (_, i) => db!.sql.rows<{ n: number }>('SELECT $1::int AS n, pg_sleep(0.1)::text AS slept', [i]));
    const results = await Promise.all(sleeps);
    expect(results.map((r) => r[0]!.n)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });

  it('fails a statement that waited longer than its timeout as busy, not as down', async () => {
    db = await openDatabase({ databaseUrl: database.url, migrate: false, pool: { max: 1, waitMs: 100 } });
    await db.prisma.$queryRawUnsafe('SELECT 1 AS one'); // both paths connected: the order below is the pool's
    await db.sql.rows('SELECT 1 AS one', []);
    const holding = db.sql.rows('SELECT pg_sleep(0.5)::text AS slept', []);
    await new Promise((r) => setTimeout(r, 50)); // the sleep holds the only connection now
    const waiting = db.prisma.$queryRawUnsafe('SELECT 1 AS one').then(
      () => null,
      (error: unknown) => error,
    );
    const error = await waiting;
    await holding;
    expect(error).not.toBeNull();
    expect(isDatabaseBusy(error)).toBe(true);
  });
});
