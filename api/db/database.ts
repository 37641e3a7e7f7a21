// Opens the database: embedded PGlite under DATA_DIR by default, PostgreSQL when DATABASE_URL is set.
// The same committed migrations are applied to either at start-up (prisma/engine, in-process).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../../prisma/generated/client.ts';
import { applyMigrations } from '../../prisma/engine/migrations.ts';
import { openPglite, pgliteAdapterFactory } from './pglite.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** present on the embedded database: used by backups and by tests that clone a migrated database */
  pglite?: PGlite;
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
  migrate?: boolean;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let kind: DatabaseKind;
  let adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  let pglite: PGlite | undefined;
  let clientFactory: SqlMigrationAwareDriverAdapterFactory;
  if (options.databaseUrl) {
    kind = 'postgresql';
    adapterFactory = new PrismaPg({ connectionString: options.databaseUrl, max: 10, connectionTimeoutMillis: 5_000 });
    clientFactory = adapterFactory;
  } else {
    kind = 'pglite';
    if (options.pgliteDir) await mkdir(path.dirname(options.pgliteDir), { recursive: true });
    pglite = options.pglite ?? (await openPglite(options.pgliteDir));
    adapterFactory = pgliteAdapterFactory(pglite);
    clientFactory = pgliteAdapterFactory(pglite, { preparedStatements: true });
  }
  if (options.migrate !== false) await applyMigrations(adapterFactory);

  const prisma = new PrismaClient({ adapter: clientFactory, log: [{ emit: 'event', level: 'query' }] });
  let queries = 0;
  const listeners: ((statement: { query: string; ms: number }) => void)[] = [];
  prisma.$on('query', (e) => {
    queries += 1;
    for (const l of listeners) l({ query: e.query, ms: Number(e.duration) });
  });
  return {
    prisma,
    kind,
    adapterFactory,
    pglite,
    queryCount: () => queries,
    onQuery: (listener) => listeners.push(listener),
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    close: async () => {
      await prisma.$disconnect();
      if (pglite && !pglite.closed) await pglite.close();
    },
  };
}
