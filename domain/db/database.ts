// Opens the database: embedded PGlite under DATA_DIR by default, PostgreSQL when DATABASE_URL is set.
// The same committed migrations are applied to either at start-up (prisma/engine, in-process).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapterFactory, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../../prisma/generated/client.ts';
import { applyMigrations } from '../../prisma/engine/migrations.ts';
import { startPgliteWorker, type PgliteWorker } from './pglite-worker/pglite-worker.ts';
import { startAutovacuum } from './embedded-autovacuum.ts';
import { adapterSql, registerDirectSql, type DirectSql } from './direct-sql.ts';
import { createPool, DEFAULT_POOL, postgresAdapterFactory, preparedPostgresAdapterFactory, type PoolSettings } from './postgres.ts';
import { createStatementCounter } from './statement-counter.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** the embedded database when it runs in this thread: tests and the benchmark clone a migrated one */
  pglite?: PGlite;
  /** the embedded database's consistent dump (backups), in this thread or in its own */
  dumpDataDir?(compression: 'none' | 'gzip'): Promise<Blob>;
  /** the embedded database's own thread, when it has one: how busy it is (the benchmark reports it) */
  databaseThread?: Pick<PgliteWorker, 'eventLoopUtilization'>;
  /** the hot statements' path past the Prisma client (direct-sql.ts); counted like the client's */
  sql: DirectSql;
  /** the migrations this opening applied, in order ([] when the database had them all; unset with migrate: false) */
  migrationsApplied?: string[];
  /** counts SQL statements sent, for the benchmark's "queries per event" */
  queryCount(): number;
  /** every statement sent, with the time it took (bench/tools/profile-chat.ts) */
  onQuery(listener: (statement: { query: string; ms: number }) => void): void;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  /** folder for the embedded database; undefined with no databaseUrl → in memory */
  pgliteDir?: string;
  /** an already open PGlite (tests clone a migrated template) */
  pglite?: PGlite;
  /**
   * run the embedded database in a thread of its own (pglite-worker/): what the server does, so the
   * database and the bots use both cores; `pgliteLoad` starts it from a dump
   */
  worker?: boolean;
  pgliteLoad?: Blob;
  /** vacuum and analyse the embedded database as Postgres's autovacuum would (embedded-autovacuum.ts) */
  autovacuum?: boolean;
  /** what a failed autovacuum pass reports to (the server's log) */
  onMaintenanceError?: (error: unknown) => void;
  /** the database's thread ended on its own (out of memory, a crash): the server exits on it */
  onDatabaseThreadStopped?: (error: Error) => void;
  migrate?: boolean;
  /** PostgreSQL's connection pool: size, and how long a statement waits for a connection */
  pool?: PoolSettings;
}

/**
 * A new data folder is created (Postgres's initdb, inside PGlite) and migrated in a thread that then ends.
 * initdb grows the WebAssembly heap it runs in, which never shrinks, and the schema engine's WebAssembly
 * stays loaded once used: the server's first start on an empty folder stayed at 300 MB idle (peak 722 MB)
 * against 220 MB when the same folder was opened again. Done apart, the database thread that serves starts
 * as on any later start, and this thread never loads the schema engine. Returns the migrations applied.
 */
async function initialiseApart(pgliteDir: string, migrate: boolean): Promise<string[]> {
  const initialiser = await startPgliteWorker({ dataDir: pgliteDir, migrate });
  await initialiser.close();
  return initialiser.migrationsApplied ?? [];
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let kind: DatabaseKind;
  let adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  let pglite: PGlite | undefined;
  let worker: PgliteWorker | undefined;
  let clientFactory: SqlDriverAdapterFactory;
  let pool: ReturnType<typeof createPool> | undefined;
  let migratedApart: string[] = [];
  if (options.databaseUrl) {
    kind = 'postgresql';
    adapterFactory = postgresAdapterFactory(options.databaseUrl);
    pool = createPool(options.databaseUrl, options.pool ?? DEFAULT_POOL);
    clientFactory = preparedPostgresAdapterFactory(pool);
  } else {
    kind = 'pglite';
    if (options.pgliteDir) await mkdir(path.dirname(options.pgliteDir), { recursive: true });
    if (options.worker && !options.pglite) {
      if (options.pgliteDir && !options.pgliteLoad && !existsSync(path.join(options.pgliteDir, 'PG_VERSION'))) {
        migratedApart = await initialiseApart(options.pgliteDir, options.migrate !== false);
      }
      worker = await startPgliteWorker({ dataDir: options.pgliteDir, load: options.pgliteLoad, onStopped: options.onDatabaseThreadStopped });
      adapterFactory = worker.adapterFactory();
      clientFactory = worker.adapterFactory({ preparedStatements: true });
    } else {
      // loaded here, not at the top: a process whose database runs in its own thread (the server) or on
      // PostgreSQL never loads PGlite in this thread (about 45 MB)
      const { openPglite, pgliteAdapterFactory } = await import('./pglite.ts');
      pglite = options.pglite ?? (await openPglite(options.pgliteDir, options.pgliteLoad));
      adapterFactory = pgliteAdapterFactory(pglite);
      clientFactory = pgliteAdapterFactory(pglite, { preparedStatements: true });
    }
  }
  let migrationsApplied: string[] | undefined;
  try {
    // after a migration apart (a new folder) this finds every migration applied and never loads the engine
    if (options.migrate !== false) migrationsApplied = [...migratedApart, ...(await applyMigrations(adapterFactory))];
  } catch (error) {
    await worker?.close();
    await pool?.end();
    throw error;
  }

  const statements = createStatementCounter();
  const counted = statements.wrap(clientFactory);
  const prisma = new PrismaClient({ adapter: counted });
  const sql = adapterSql(counted);
  registerDirectSql(prisma, sql);
  const autovacuum = kind === 'pglite' && options.autovacuum ? startAutovacuum(prisma, { onError: options.onMaintenanceError, activity: () => statements.count() }) : undefined;
  return {
    prisma,
    kind,
    adapterFactory,
    pglite,
    databaseThread: worker,
    migrationsApplied,
    dumpDataDir: worker ? (compression) => worker.dumpDataDir(compression) : pglite ? (compression) => pglite.dumpDataDir(compression) : undefined,
    sql,
    queryCount: () => statements.count(),
    onQuery: (listener) => statements.onStatement(listener),
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    close: async () => {
      await autovacuum?.stop();
      await prisma.$disconnect();
      await sql.dispose();
      await pool?.end();
      if (pglite && !pglite.closed) await pglite.close();
      await worker?.close();
    },
  };
}
