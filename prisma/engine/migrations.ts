// Applies and creates migrations with the in-process schema engine. Same migration files and the same
// `_prisma_migrations` table as `prisma migrate deploy`, on PGlite and on PostgreSQL.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { closeSchemaEngine, openSchemaEngine, type EngineLog } from './schema-engine.js';
import { searchWordStatements } from './search-words.js';
import { projectPath } from './project-root.ts';

export const prismaDir = projectPath('prisma');
export const migrationsDir = path.join(prismaDir, 'migrations');
export const schemaPath = path.join(prismaDir, 'schema.prisma');

const noFilter = { externalTables: [], externalEnums: [] };

export async function readMigrationsList(dir = migrationsDir): Promise<MigrationList> {
  await mkdir(dir, { recursive: true });
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(dir, 'migration_lock.toml');
  const lock = await readFile(lockPath, 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lock },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      entries.map(async (name) => {
        const content = await readFile(path.join(dir, name, 'migration.sql'), 'utf8')
          .then((value) => ({ tag: 'ok' as const, value }))
          .catch((error: Error) => ({ tag: 'error' as const, value: error.message }));
        return { path: name, migrationFile: { path: 'migration.sql', content } };
      }),
    ),
  };
}

async function readSchema() {
  return { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
}

/**
 * True when the database already holds every committed migration, finished, with the same checksum (the
 * sha256 of its migration.sql, as Prisma records it) and nothing failed half-way. The usual restart then
 * never loads the schema engine: its WebAssembly stays out of the server's memory (about 50 MB measured).
 */
export async function migrationsUpToDate(adapterFactory: SqlMigrationAwareDriverAdapterFactory, list: MigrationList): Promise<boolean> {
  const adapter = await adapterFactory.connect();
  try {
    const exists = await adapter.queryRaw({ sql: `SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`, args: [], argTypes: [] });
    if (!exists.rows[0]?.[0]) return false;
    const { rows } = await adapter.queryRaw({
      sql: 'SELECT migration_name, checksum, finished_at IS NOT NULL AND rolled_back_at IS NULL AS done FROM _prisma_migrations WHERE rolled_back_at IS NULL',
      args: [],
      argTypes: [],
    });
    if (rows.some((r) => !r[2])) return false;
    const applied = new Map(rows.map((r) => [String(r[0]), String(r[1])]));
    return list.migrationDirectories.every((m) => m.migrationFile.content.tag === 'ok' && applied.get(m.path) === createHash('sha256').update(m.migrationFile.content.value).digest('hex'));
  } finally {
    await adapter.dispose();
  }
}

/** An advisory lock key of our own ("etalase" start-up), not the schema engine's 72707369. */
export const STARTUP_LOCK_KEY = 74_657_461;

/**
 * Runs `task` while holding a transaction-scoped advisory lock on PostgreSQL, so processes started at once
 * migrate and (re)install the search triggers one after another: without it, two processes replacing the
 * same function at once failed one of them with "tuple concurrently updated". The lock lives in a
 * transaction on a connection of its own (a pooled adapter may put a session lock and its unlock on two
 * different connections) and goes with it when the process dies. The embedded database has one process per
 * data folder and one session (a transaction held here would block the task's own statements): no lock.
 */
export async function underStartupLock<T>(adapterFactory: SqlMigrationAwareDriverAdapterFactory, task: () => Promise<T>): Promise<T> {
  if (!adapterFactory.adapterName.includes('adapter-pg')) return task();
  const adapter = await adapterFactory.connect();
  try {
    // the adapter's commit/rollback only hand the connection back (Prisma's client sends COMMIT itself)
    const tx = await adapter.startTransaction();
    try {
      await tx.executeRaw({ sql: `SELECT pg_advisory_xact_lock(${STARTUP_LOCK_KEY})`, args: [], argTypes: [] });
      return await task();
    } finally {
      await tx.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] }).catch(() => undefined);
      await tx.rollback();
    }
  } finally {
    await adapter.dispose();
  }
}

/** Applies every pending migration, then the objects the schema cannot describe; returns the names it applied. */
export function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory, log?: EngineLog, options: { databaseObjects?: boolean } = {}): Promise<string[]> {
  return underStartupLock(adapterFactory, () => applyUnlocked(adapterFactory, log, options));
}

async function applyUnlocked(adapterFactory: SqlMigrationAwareDriverAdapterFactory, log: EngineLog | undefined, options: { databaseObjects?: boolean }): Promise<string[]> {
  const migrationsList = await readMigrationsList();
  let applied: string[] = [];
  if (!(await migrationsUpToDate(adapterFactory, migrationsList))) {
    const engine = await openSchemaEngine(await readSchema(), adapterFactory, log);
    try {
      const out = await engine.applyMigrations({ migrationsList, filters: noFilter });
      applied = out.appliedMigrationNames;
    } finally {
      await closeSchemaEngine(engine);
    }
  }
  // not while authoring a migration: the scratch database lacks the columns the new one adds
  if (options.databaseObjects === false) return applied;
  const adapter = await adapterFactory.connect();
  try {
    for (const sql of searchWordStatements) await adapter.executeRaw({ sql, args: [], argTypes: [] });
  } finally {
    await adapter.dispose();
  }
  return applied;
}

/**
 * Writes the next migration: the SQL that takes a database holding the committed migrations to the current
 * schema. The engine's own createMigration wants a shadow database from an "external factory" that the wasm
 * build does not take, so we do what it would do: apply the committed migrations to a scratch database
 * (given by the caller, normally in-memory PGlite) and diff that database against the schema.
 * Returns the folder written, or null when the schema has no change.
 */
export async function createMigration(scratch: SqlMigrationAwareDriverAdapterFactory, name: string, now = new Date()): Promise<string | null> {
  const schema = await readSchema();
  await applyMigrations(scratch, undefined, { databaseObjects: false });
  const engine = await openSchemaEngine(schema, scratch);
  try {
    const out = await engine.diff({
      from: { tag: 'schemaDatasource', files: [schema], configDir: prismaDir },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: noFilter,
    });
    if (out.exitCode !== 2 || !out.stdout) return null;
    const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'migration';
    const folder = path.join(migrationsDir, `${stamp}_${slug}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'migration.sql'), out.stdout);
    await writeFile(path.join(migrationsDir, 'migration_lock.toml'), '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
    return folder;
  } finally {
    await closeSchemaEngine(engine);
  }
}
