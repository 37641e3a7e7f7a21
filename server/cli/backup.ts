// npm run db:backup: a consistent backup of the embedded database into <DATA_DIR>/backups/ (taken by the
// running server when there is one). For PostgreSQL it explains pg_dump instead.
import { ConfigError, loadConfig } from '../config/config.ts';
import { localClient, unwrap } from '../../api/client/client.ts';
import { localSecret, lockEmbeddedDatabase, pgliteDirOf, waitForServer } from '../runtime/data-dir.ts';
import { backupPglite } from '../ops/backup.ts';
import { openPglite } from '../../domain/db/pglite.ts';

async function main(): Promise<number> {
  const config = loadConfig();
  if (config.databaseKind === 'postgresql') {
    console.log('DATABASE_URL points at PostgreSQL: back it up with pg_dump, for example\n  pg_dump --format=custom --file=etalase-$(date +%F).dump "$DATABASE_URL"\nand restore (server stopped) with\n  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" FILE\n(see docs/operations.md, "Backups").');
    return 2;
  }
  const server = await waitForServer(config.dataDir);
  const result = server
    ? unwrap(await localClient(server.port, localSecret(config.dataDir)).POST('/internal/backup', { body: {} }))
    : await (async () => {
        const unlock = lockEmbeddedDatabase(config.dataDir);
        const pg = await openPglite(pgliteDirOf(config.dataDir));
        try {
          return await backupPglite(pg, config.dataDir);
        } finally {
          await pg.close();
          unlock();
        }
      })();
  console.log(`backup written: ${result.file} (${Math.round(result.bytes / 1024)} KiB)${server ? ' by the running server' : ''}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`backup failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
