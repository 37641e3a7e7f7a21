// The embedded database: PGlite (Postgres in WebAssembly) with the extensions our migrations use.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { preparedStatementClient } from './pglite-prepared.ts';

export const pgliteExtensions = { pg_trgm };

/**
 * Postgres's default 128 MB of shared buffers cost 150 MB of resident memory inside the WebAssembly heap
 * (measured: 559 → 405 MB RSS on opening); pages beyond 16 MB are read from the data folder's files, which
 * the operating system caches anyway. 32 → 16 MB: the server after the chat scenario 291 → 271 MB; the
 * closed-loop chat 377–432 events/s at 32 MB, 365–408 at 16 (alternating runs, within their noise).
 *
 * default_statistics_target 100 → 10: PGlite has one thread, so an ANALYZE of the catalogue (the embedded
 * autovacuum runs one after about a thousand stock changes) holds every chat turn up meanwhile. Its sample
 * is 300 × the target rows: at 10,000 products ANALYZE "Product" took 203–264 ms, now 57 ms; the catalogue
 * scenario's searches at 100,000 products kept their plans and times (API p99 21.7 → 20.9 ms, same run pair).
 */
export const pgliteStartParams = [
  ...(PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams,
  ...['-c', 'shared_buffers=16MB', '-c', 'default_statistics_target=10'],
];

/** dataDir undefined → in memory. */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({ dataDir, extensions: pgliteExtensions, loadDataDir, startParams: pgliteStartParams });
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
