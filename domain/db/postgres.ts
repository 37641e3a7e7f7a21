// PostgreSQL through @prisma/adapter-pg, with the application's statements prepared once per connection.
//
// Why: without a statement name, node-postgres sends every query as an unnamed statement, so the server
// parses and plans the same few hundred SQL texts Prisma generates again on every call. Measured on the chat
// scenario's closed loop (bench/tools/profile-postgres.ts, BENCHMARKS.md): the PostgreSQL server's CPU per
// chat event 2.57 → 1.24 ms, this process's 2.77 → 2.24 ms, 313 → 463 events/s on the same two cores.
//
// Names are given per distinct SQL text (bounded: texts beyond MAX_NAMED run unnamed, as before). A
// prepared statement Postgres can no longer use (its result type changed under a migration another process
// applied, or it was deallocated) is prepared again under a new name: outside a transaction the statement is
// retried at once; inside one the error stands (the transaction is aborted anyway) and the next try uses
// fresh names. Migrations use a plain factory without names.
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { interceptFactory } from './adapter-intercept.ts';

export { isDatabaseBusy } from './busy.ts';

/** distinct SQL texts given a statement name; the application has a few hundred */
export const MAX_NAMED = 2_000;
/** "prepared statement does not exist", "cached plan must not change result type" */
const STALE_STATEMENT = new Set(['26000', '0A000']);

/**
 * The application's connections (DATABASE_POOL_MAX, DATABASE_POOL_TIMEOUT_MS). When all are busy a statement
 * waits in the pool's queue, up to `waitMs`, rather than failing: a burst of chat turns queues for a moment
 * instead of losing visits (issue 29: at 1,000 events/s offered on a pool of 10 that waited 5 s, visits failed).
 * Only after `waitMs` does it fail, as a busy database (isDatabaseBusy: the API answers 503 with Retry-After).
 */
export interface PoolSettings {
  max: number;
  waitMs: number;
}

export const DEFAULT_POOL: PoolSettings = { max: 10, waitMs: 30_000 };

export function createPool(url: string, settings: PoolSettings = DEFAULT_POOL): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: settings.max, connectionTimeoutMillis: settings.waitMs });
  // an idle connection the server closed (a restart, a dropped database) is an 'error' event on the pool,
  // which would end the process unheard; the pool has already let that connection go, the next statement
  // opens another
  pool.on('error', () => {});
  return pool;
}

/** A plain factory: every statement unnamed (migrations, tools); a pool of its own, ended on dispose. */
export function postgresAdapterFactory(url: string, settings: PoolSettings = DEFAULT_POOL): SqlMigrationAwareDriverAdapterFactory {
  return new PrismaPg({ connectionString: url, max: settings.max, connectionTimeoutMillis: settings.waitMs });
}

/** Names for SQL texts, in generations: a stale statement moves every text to a fresh name. */
export function statementNames(max = MAX_NAMED) {
  const names = new Map<string, string>();
  let generation = 0;
  return {
    /** '' (unnamed) once `max` texts have names */
    nameOf(sql: string): string {
      let name = names.get(sql);
      if (name === undefined) {
        if (names.size >= max) return '';
        name = `etl_${generation}_${names.size}`;
        names.set(sql, name);
      }
      return name;
    },
    renew(): void {
      names.clear();
      generation += 1;
    },
    size: () => names.size,
  };
}

export function isStaleStatement(error: unknown): boolean {
  const cause = (error as { cause?: { originalCode?: unknown } } | null)?.cause;
  return typeof cause?.originalCode === 'string' && STALE_STATEMENT.has(cause.originalCode);
}

/**
 * The application's factory: statements named per SQL text, stale ones prepared again. Every adapter it
 * connects shares `pool` (the Prisma client's and the direct path's, domain/db/direct-sql.ts); the pool's
 * owner ends it.
 */
export function preparedPostgresAdapterFactory(pool: pg.Pool): SqlDriverAdapterFactory {
  const names = statementNames();
  const inner = new PrismaPg(pool, { statementNameGenerator: (query) => names.nameOf(query.sql) });
  return interceptFactory(inner, {
    async around(run, query, inTransaction) {
      try {
        return await run(query);
      } catch (error) {
        if (!isStaleStatement(error)) throw error;
        names.renew();
        if (inTransaction) throw error; // the transaction is aborted: its caller's next try uses the new names
        return run(query);
      }
    },
  });
}
