// Puts code around every statement a Prisma driver adapter runs (queryRaw, executeRaw), in and out of the
// transactions it starts. Used to count statements (statement-counter.ts) and to prepare stale PostgreSQL
// statements again (postgres.ts); everything else the adapter has passes through untouched.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

export type RunStatement = (query: SqlQuery) => Promise<unknown>;

export interface StatementInterceptor {
  /** runs one statement outside (inTransaction false) or inside a transaction */
  around(run: RunStatement, query: SqlQuery, inTransaction: boolean): Promise<unknown>;
}

function intercept<T extends object>(target: T, interceptor: StatementInterceptor, inTransaction: boolean): T {
  // the functions handed out, made once per method (every statement reads queryRaw or executeRaw through
  // this proxy, twice over: the statement counter's and the prepared statements' layers)
  const made = new Map<PropertyKey, { from: unknown; fn: unknown }>();
  const wrap = (t: T, key: PropertyKey, value: unknown): unknown => {
    if (key === 'queryRaw' || key === 'executeRaw') {
      const run = (value as RunStatement).bind(t);
      return (query: SqlQuery) => interceptor.around(run, query, inTransaction);
    }
    if (key === 'startTransaction') {
      const start = (value as SqlDriverAdapter['startTransaction']).bind(t);
      return async (...args: Parameters<SqlDriverAdapter['startTransaction']>): Promise<Transaction> => intercept(await start(...args), interceptor, true);
    }
    return (value as (...a: unknown[]) => unknown).bind(t);
  };
  return new Proxy(target, {
    get(t, key, receiver) {
      const value: unknown = Reflect.get(t, key, receiver);
      if (typeof value !== 'function') return value;
      const known = made.get(key);
      if (known?.from === value) return known.fn;
      const fn = wrap(t, key, value);
      made.set(key, { from: value, fn });
      return fn;
    },
  });
}

/** The factory whose adapters (and their transactions) run every statement through `interceptor`. */
export function interceptFactory(factory: SqlDriverAdapterFactory, interceptor: StatementInterceptor): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => intercept(await factory.connect(), interceptor, false),
  };
}
