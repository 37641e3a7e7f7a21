// Counts (and, when asked, times) every SQL statement the application's Prisma client sends, at the driver
// adapter: the benchmark's "statements per event" and bench/tools/profile-chat.ts's per-statement list.
//
// Why here and not Prisma's `query` log event: with that event on, the client builds an event (the SQL, its
// parameters as JSON, the duration) for every statement, which cost 17 % of the client's CPU on a query
// mix (measured: 3,000 queries 2.14 → 1.77 s of CPU) — in production, for a count nobody reads there.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

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

type Run = (query: SqlQuery) => Promise<unknown>;

export function createStatementCounter(): StatementCounter {
  let count = 0;
  const listeners: ((statement: Statement) => void)[] = [];

  const counted = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, key, receiver) {
        const value: unknown = Reflect.get(t, key, receiver);
        if (key === 'queryRaw' || key === 'executeRaw') {
          const run = (value as Run).bind(t);
          return async (query: SqlQuery) => {
            count += 1;
            if (listeners.length === 0) return run(query);
            const started = performance.now();
            try {
              return await run(query);
            } finally {
              const statement = { query: query.sql, ms: performance.now() - started };
              for (const l of listeners) l(statement);
            }
          };
        }
        if (key === 'startTransaction') {
          const start = (value as SqlDriverAdapter['startTransaction']).bind(t);
          return async (...args: Parameters<SqlDriverAdapter['startTransaction']>): Promise<Transaction> => counted(await start(...args));
        }
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
      },
    });

  return {
    count: () => count,
    onStatement: (listener) => listeners.push(listener),
    wrap: (factory) => ({
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => counted(await factory.connect()),
    }),
  };
}
