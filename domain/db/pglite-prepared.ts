// PGlite queries as named prepared statements, for the application's Prisma client.
//
// Why: PGlite's own query() speaks the extended protocol in six separate calls into the WebAssembly
// Postgres (parse, describe, bind, describe, execute, sync) and parses and plans the SQL text every time.
// Prisma sends the same few hundred SQL texts over and over, so here each text is prepared once under a
// name (parse + describe, one call) and every later run is bind + describe + execute + sync in ONE call.
// Measured (bench/tools/profile-chat.ts, BENCHMARKS.md): a one-row select 0.51 → 0.20 ms, a join 0.72 →
// 0.31 ms; with the parsers merged once (below) a row costs less again. Results are parsed and parameters serialised exactly as PGlite's query() does.
//
// Only the Prisma client uses this; migrations keep the plain path. A prepared statement that Postgres no
// longer has or can no longer use (after a schema change) is prepared again, once.
import { parse, protocol, type PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import type { QueryOptions } from '@electric-sql/pglite';

/** distinct SQL texts kept prepared by default; the least recently used beyond this are closed */
const MAX_PREPARED = 1_000;
/** "prepared statement does not exist", "cached plan must not change result type" */
const STALE_STATEMENT = new Set(['26000', '0A000']);

type Parsers = Parameters<typeof parse.parseResults>[1];
type Serializers = NonNullable<QueryOptions['serializers']>;

/** What the Prisma adapter calls on its client: query, exec and transaction. */
export type QueryClient = Pick<PGlite, 'query' | 'exec' | 'transaction'>;

/** PGlite members that exist at runtime but are not in its public typings. */
interface PGliteInternals {
  parsers: Parsers;
  serializers: Serializers;
  _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T>;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

interface Prepared {
  name: string;
  paramTypes: number[];
}

export interface PreparedStatementClient extends QueryClient {
  /** how many SQL texts are prepared now (tests) */
  readonly preparedCount: number;
}

export function preparedStatementClient(pglite: PGlite, maxPrepared = MAX_PREPARED): PreparedStatementClient {
  const internals = pglite as unknown as PGliteInternals;
  const serialize = protocol.serialize;
  const prepared = new Map<string, Prepared>(); // insertion order = least recently used first
  let toClose: string[] = [];
  const mergedParsers = new WeakMap<object, Parsers>();
  let counter = 0;

  async function prepare(sql: string, syncToFs: boolean): Promise<Prepared> {
    const hit = prepared.get(sql);
    if (hit) {
      prepared.delete(sql); // move to the most recently used end
      prepared.set(sql, hit);
      return hit;
    }
    const name = `etl_${++counter}`;
    const closing = toClose.map((n) => serialize.close({ type: 'S', name: n }));
    toClose = [];
    const { messages } = await pglite.execProtocol(concat([...closing, serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()]), { syncToFs });
    const entry = { name, paramTypes: parse.parseDescribeStatementResults(messages) };
    prepared.set(sql, entry);
    if (prepared.size > maxPrepared) {
      const [oldestSql, oldest] = prepared.entries().next().value as [string, Prepared];
      prepared.delete(oldestSql);
      toClose.push(oldest.name);
    }
    return entry;
  }

  async function run<T>(sql: string, params: unknown[], options: QueryOptions | undefined, syncToFs: boolean): Promise<Results<T>> {
    const statement = await prepare(sql, syncToFs);
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = options?.serializers?.[statement.paramTypes[i]!] ?? internals.serializers[statement.paramTypes[i]!];
      return serializer ? serializer(value) : String(value);
    });
    const { messages } = await pglite.execProtocol(
      concat([serialize.bind({ statement: statement.name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()]),
      { syncToFs },
    );
    // PGlite merges the caller's parsers into its ~300 defaults on every query (0.19 ms each, measured); the
    // adapter passes the same parsers object every time, so the merge is made once per object
    if (!options?.parsers) return parse.parseResults(messages, internals.parsers, options)[0] as Results<T>;
    let parsers = mergedParsers.get(options.parsers);
    if (!parsers) mergedParsers.set(options.parsers, (parsers = { ...internals.parsers, ...options.parsers }));
    return parse.parseResults(messages, parsers, { ...options, parsers: undefined })[0] as Results<T>;
  }

  /** Runs the query; a statement Postgres lost or can no longer use is prepared again, once (outside a transaction only). */
  async function runRetrying<T>(sql: string, params: unknown[], options: QueryOptions | undefined, inTransaction: boolean): Promise<Results<T>> {
    try {
      return await run<T>(sql, params, options, !inTransaction);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (inTransaction || typeof code !== 'string' || !STALE_STATEMENT.has(code) || !prepared.has(sql)) throw error;
      toClose.push(prepared.get(sql)!.name);
      prepared.delete(sql);
      return run<T>(sql, params, options, true);
    }
  }

  /** as PGlite's own query() does, so a closed database reads as unavailable (the API's 503) */
  function ready(): void {
    if (pglite.closed) throw new Error('PGlite is closed');
  }

  // PGLITE_SLOW_STATEMENT_MS: a statement that ran (its lock held, waiting excluded) longer is written to
  // stderr with its SQL: what stalls the one database every chat turn waits on (issue 29's tail)
  const slowMs = Number(process.env.PGLITE_SLOW_STATEMENT_MS ?? 0);
  const executing = <T>(sql: string, work: () => Promise<T>): Promise<T> => {
    if (!(slowMs > 0)) return work();
    const started = performance.now();
    return work().finally(() => {
      const ms = performance.now() - started;
      if (ms >= slowMs) process.stderr.write(`pglite slow statement ${ms.toFixed(1)} ms ${sql.replace(/\s+/g, ' ').slice(0, 200)}\n`);
    });
  };

  return {
    // same locking as PGlite's query(): wait for any transaction, then for the query lock
    query: async <T>(sql: string, params: unknown[] = [], options?: QueryOptions) => {
      ready();
      return internals._runExclusiveTransaction(() => pglite.runExclusive(() => executing(sql, () => runRetrying<T>(sql, params, options, false))));
    },
    exec: (sql, options) => pglite.exec(sql, options),
    get preparedCount() {
      return prepared.size;
    },
    transaction: <T>(work: (tx: Transaction) => Promise<T>) =>
      pglite.transaction((tx) =>
        work({
          ...tx,
          // inside the transaction its lock is already held; the query lock still orders the calls
          query: <R>(sql: string, params: unknown[] = [], options?: QueryOptions) => {
            if (tx.closed) throw new Error('Transaction is closed');
            return pglite.runExclusive(() => executing(sql, () => runRetrying<R>(sql, params, options, true)));
          },
          rollback: () => tx.rollback(),
          get closed() {
            return tx.closed;
          },
        }),
      ),
  };
}
