// The embedded database: PGlite (Postgres in WebAssembly) with the extensions our migrations use.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { preparedStatementClient } from './pglite-prepared.ts';

export const pgliteExtensions = { pg_trgm };

/** dataDir undefined → in memory. */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({ dataDir, extensions: pgliteExtensions, loadDataDir });
}

/**
 * The adapter package's own shadow database has no extensions, so `CREATE EXTENSION pg_trgm` in a migration
 * would fail there while creating the next migration. This factory gives it one with the same extensions.
 * `preparedStatements`: the application's client runs its queries as named prepared statements
 * (pglite-prepared.ts); migrations use the plain path.
 */
export function pgliteAdapterFactory(client: PGlite, options: { preparedStatements?: boolean } = {}): SqlMigrationAwareDriverAdapterFactory {
  // the adapter only calls query, exec and transaction, which the prepared-statement client provides
  const main = new PrismaPGlite(options.preparedStatements ? (preparedStatementClient(client) as unknown as PGlite) : client);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: (): Promise<SqlDriverAdapter> => main.connect(),
    connectToShadowDb: async (): Promise<SqlDriverAdapter> => new PrismaPGlite(await openPglite()).connect(),
  };
}
