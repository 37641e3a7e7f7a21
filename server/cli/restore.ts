// npm run db:restore FILE: restores a backup into an empty data folder (DATA_DIR). Refuses a non-empty one,
// a running server, and files that are not our backups; never leaves a half-restored folder.
import { ConfigError, loadConfig } from '../config/config.ts';
import { assertEmbeddedDatabaseFree, pgliteDirOf } from '../runtime/data-dir.ts';
import { restorePglite } from '../ops/backup.ts';

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('-'));
  if (!file) {
    console.error('usage: npm run db:restore -- FILE   (a .tar.gz written by npm run db:backup)');
    return 2;
  }
  const config = loadConfig();
  if (config.databaseKind === 'postgresql') {
    console.error('DATABASE_URL points at PostgreSQL: stop the server, then restore with\n  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" FILE\n(see docs/operations.md, "Backups")');
    return 2;
  }
  assertEmbeddedDatabaseFree(config.dataDir);
  const result = await restorePglite(file, pgliteDirOf(config.dataDir));
  console.log(`restored ${file} into ${pgliteDirOf(config.dataDir)} (${result.tables} tables, ${result.migrations} migrations); start the server with npm start`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`restore failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
