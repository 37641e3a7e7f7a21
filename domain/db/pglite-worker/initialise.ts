// A new data folder's first start, in a process of its own that then exits (initialise-apart.ts): Postgres's
// initdb inside PGlite and the migrations (with the schema engine's WebAssembly). Sent back over the IPC
// channel: the migrations applied, or the error.
import { applyMigrations } from '../../../prisma/engine/migrations.ts';
import { openPglite, pgliteAdapterFactory } from '../pglite.ts';
import type { InitialiseMessage } from './initialise-apart.ts';

const [dataDir, migrate] = process.argv.slice(-2) as [string, string];

const answer = (message: InitialiseMessage, code: number) => process.send!(message, () => process.exit(code));

try {
  const pglite = await openPglite(dataDir);
  const migrationsApplied = migrate === 'migrate' ? await applyMigrations(pgliteAdapterFactory(pglite)) : [];
  await pglite.close();
  answer({ kind: 'ready', migrationsApplied }, 0);
} catch (error) {
  const e: Error & { code?: unknown } = error instanceof Error ? error : new Error(String(error));
  answer({ kind: 'failed', error: { message: e.message, name: e.name, code: typeof e.code === 'string' ? e.code : undefined } }, 1);
}
