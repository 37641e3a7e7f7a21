// The embedded database in a thread of its own (worker.ts), seen from the application's thread as Prisma
// driver adapters. Why: PGlite runs Postgres in WebAssembly on whatever thread calls it; in the bot's
// thread it took over half of every chat event's time (BENCHMARKS.md), leaving the second core idle.
// Here the database works on the second core while this thread runs the bots, services and Prisma client.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { EventLoopUtilization } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from '@prisma/driver-adapter-utils';
import type { Answer, Connection, Request, WireError, WorkerInit, WorkerMessage } from './protocol.ts';

const PROVIDER = 'postgres' as const;
const ADAPTER_NAME = 'pglite-prisma-adapter';

export interface PgliteWorker {
  /** Prisma adapters over the worker's database: `preparedStatements` for the application's client */
  adapterFactory(options?: { preparedStatements?: boolean }): SqlMigrationAwareDriverAdapterFactory;
  /** PGlite's consistent dump of the data folder (backups, copies) */
  dumpDataDir(compression?: 'none' | 'gzip'): Promise<Blob>;
  /** how busy the database's thread has been (performance.eventLoopUtilization of the worker) */
  eventLoopUtilization(since?: EventLoopUtilization): EventLoopUtilization;
  readonly closed: boolean;
  close(): Promise<void>;
}

function fromWire(error: WireError): Error {
  if (error.driverCause) return new DriverAdapterError(error.driverCause as ConstructorParameters<typeof DriverAdapterError>[0]);
  const e = new Error(error.message) as Error & { code?: string };
  e.name = error.name;
  if (error.code) e.code = error.code;
  return e;
}

/**
 * Run from the TypeScript sources (tsx, vitest), the thread first registers tsx (boot.mjs) and then loads
 * worker.ts; run from the build (npm start: dist/, scripts/build.mjs), it loads the thread's own bundle.
 */
const fromSources = import.meta.url.endsWith('.ts');
/**
 * The build this code runs from (dist-builds/<hash>, in the project or in BUILD_DIR): the folder above this
 * module that holds the build's hash, so the thread always comes from the same build as the rest of the
 * server, even after a later build switched the dist link (scripts/build.mjs).
 */
const buildDir = fromSources ? '' : buildFolderOf(path.dirname(fileURLToPath(import.meta.url)));

function buildFolderOf(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.build-hash'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no build (.build-hash) above ${from}`);
  }
}

/**
 * Starts the thread and opens the database in it (dataDir undefined → in memory; `load` a dump to start from).
 * `onStopped`: called once if the thread ends without close() (out of memory, a crash); the server exits
 * then, so its supervisor starts it again, rather than answering 503 with a database that is gone.
 */
export async function startPgliteWorker(options: { dataDir?: string; load?: Blob; onStopped?: (error: Error) => void } = {}): Promise<PgliteWorker> {
  const init: WorkerInit = { dataDir: options.dataDir, load: options.load ? await options.load.arrayBuffer() : undefined };
  const worker = new Worker(fromSources ? new URL('./boot.mjs', import.meta.url) : path.join(buildDir, 'pglite-worker.js'), {
    workerData: { ...init, entry: fromSources ? new URL('./worker.ts', import.meta.url).href : undefined },
    transferList: init.load ? [init.load] : [],
    // the thread's own JavaScript lives briefly (a statement's rows; 100,000 sitemap rows are ~20 MB); Postgres's
    // memory is WebAssembly, outside these limits. Without them V8 grows this heap to what the whole process
    // may have before collecting.
    resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
  });
  const pending = new Map<number, { resolve: (value: Answer) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let closed = false;
  let stopped: Error | undefined;
  let started = false;
  let closing = false;

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') return resolve();
      if (message.kind === 'failed') return reject(fromWire(message.error));
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      if (message.ok) waiter.resolve(message.value);
      else waiter.reject(fromWire(message.error));
    });
    // a thread that dies takes its answers with it: every waiting caller hears so (the API answers 503)
    const fail = (error: Error) => {
      if (stopped) return;
      stopped = new Error(`PGlite is closed: the database thread stopped (${error.message})`);
      if (!closing && started) options.onStopped?.(stopped);
      closed = true;
      for (const waiter of pending.values()) waiter.reject(stopped);
      pending.clear();
      reject(stopped);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
  });
  await ready;
  started = true;

  function call<T extends Answer>(request: Request): Promise<T> {
    if (stopped) return Promise.reject(stopped);
    if (closed && request.op !== 'close') return Promise.reject(new Error('PGlite is closed'));
    const id = ++nextId;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: Answer) => void, reject });
      worker.postMessage({ ...request, id });
    });
  }

  const queryable = (connection: Connection, tx?: number) => ({
    provider: PROVIDER,
    adapterName: ADAPTER_NAME,
    queryRaw: (query: SqlQuery) => call<SqlResultSet>({ op: 'queryRaw', connection, tx, query }),
    executeRaw: (query: SqlQuery) => call<number>({ op: 'executeRaw', connection, tx, query }),
  });

  const connect = (connection: Connection): SqlDriverAdapter => ({
    ...queryable(connection),
    executeScript: async (script: string) => {
      await call({ op: 'executeScript', connection, script });
    },
    startTransaction: async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
      const { tx, options } = await call<{ tx: number; options: TransactionOptions }>({ op: 'startTransaction', connection, isolationLevel });
      return {
        ...queryable(connection, tx),
        options,
        commit: async () => {
          await call({ op: 'commit', tx });
        },
        rollback: async () => {
          await call({ op: 'rollback', tx });
        },
      };
    },
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {},
  });

  return {
    adapterFactory: (factoryOptions = {}) => ({
      provider: PROVIDER,
      adapterName: ADAPTER_NAME,
      connect: async () => connect(factoryOptions.preparedStatements ? 'prepared' : 'plain'),
      // only `db:migration:new` uses a shadow database: an in-memory one in this thread is enough
      connectToShadowDb: async () => {
        const [{ openPglite }, { PrismaPGlite }] = await Promise.all([import('../pglite.ts'), import('pglite-prisma-adapter')]);
        return new PrismaPGlite(await openPglite()).connect();
      },
    }),
    dumpDataDir: async (compression = 'none') => new Blob([await call<ArrayBuffer>({ op: 'dump', compression })]),
    eventLoopUtilization: (since) => worker.performance.eventLoopUtilization(since),
    get closed() {
      return closed;
    },
    close: async () => {
      if (closed) return;
      closing = true;
      await call({ op: 'close' });
      closed = true;
      await worker.terminate();
    },
  };
}
