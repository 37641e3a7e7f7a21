// Counts (and, when asked, times) every SQL statement the application's Prisma client sends, at the driver
// adapter: the benchmark's "statements per event" and bench/tools/profile-chat.ts's per-statement list.
//
// Why here and not Prisma's `query` log event: with that event on, the client builds an event (the SQL, its
// parameters as JSON, the duration) for every statement, which cost 17 % of the client's CPU on a query
// mix (measured: 3,000 queries 2.14 → 1.77 s of CPU) — in production, for a count nobody reads there.
import type { SqlDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import { interceptFactory } from './adapter-intercept.ts';

export interface Statement {
  query: string;
  ms: number;
}

export interface StatementCounter {
  count(): number;
  /** every statement with its time; timing starts with the first listener */
  onStatement(listener: (statement: Statement) => void): void;
  wrap(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory;
}

export function createStatementCounter(): StatementCounter {
  let count = 0;
  const listeners: ((statement: Statement) => void)[] = [];
  return {
    count: () => count,
    onStatement: (listener) => listeners.push(listener),
    wrap: (factory) =>
      interceptFactory(factory, {
        around(run, query) {
          count += 1;
          // the statement's own promise, not one more wrapped around it (every statement passes here)
          if (listeners.length === 0) return run(query);
          return timed(run, query, listeners);
        },
      }),
  };
}

async function timed(run: (query: SqlQuery) => Promise<unknown>, query: SqlQuery, listeners: ((statement: Statement) => void)[]): Promise<unknown> {
  const started = performance.now();
  try {
    return await run(query);
  } finally {
    const statement = { query: query.sql, ms: performance.now() - started };
    for (const l of listeners) l(statement);
  }
}
