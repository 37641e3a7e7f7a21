// npm run db:migrate: applies the committed migrations to the configured database (npm start does this too).
import { ConfigError, loadConfig } from '../../server/config/config.ts';
import { openDatabase } from '../../domain/db/database.ts';
import { lockEmbeddedDatabase, pgliteDirOf } from '../../server/runtime/data-dir.ts';
import { applyMigrations } from '../engine/migrations.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const unlock = config.databaseKind === 'pglite' ? lockEmbeddedDatabase(config.dataDir) : () => {};
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: pgliteDirOf(config.dataDir), migrate: false });
  try {
    const applied = await applyMigrations(db.adapterFactory);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : `the ${db.kind} database is up to date`);
  } finally {
    await db.close();
    unlock();
  }
}

main().catch((error: unknown) => {
  console.error(`migrate failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
