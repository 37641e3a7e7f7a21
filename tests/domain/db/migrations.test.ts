// The committed migrations build exactly the schema, on PGlite and (in CI) on PostgreSQL, and applying
// them again changes nothing.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { applyMigrations, migrationsDir, migrationsUpToDate, prismaDir, readMigrationsList, schemaPath } from '../../../prisma/engine/migrations.ts';
import { closeSchemaEngine, openSchemaEngine } from '../../../prisma/engine/schema-engine.ts';
import { readFile } from 'node:fs/promises';
import { createTestDatabase, openTestPglite } from '../../helpers/test-database.ts';
import { pgliteAdapterFactory } from '../../../domain/db/pglite.ts';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe('migrations', () => {
  it('records every committed migration in _prisma_migrations', async () => {
    const folders = readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const rows = await db.prisma.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(db.adapterFactory)).toEqual([]);
  });

  // a restart skips the schema engine only when the database holds exactly the committed migrations
  it('knows when the database is up to date, by the checksums Prisma records', async () => {
    const list = await readMigrationsList();
    expect(await migrationsUpToDate(db.adapterFactory, list)).toBe(true);
    const newer = { ...list, migrationDirectories: [...list.migrationDirectories, { path: '29991231000000_later', migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: 'SELECT 1' } } }] };
    expect(await migrationsUpToDate(db.adapterFactory, newer)).toBe(false);
    const edited = { ...list, migrationDirectories: list.migrationDirectories.map((m, i) => (i === 0 && m.migrationFile.content.tag === 'ok' ? { ...m, migrationFile: { ...m.migrationFile, content: { tag: 'ok' as const, value: `${m.migrationFile.content.value}\n-- edited` } } } : m)) };
    expect(await migrationsUpToDate(db.adapterFactory, edited)).toBe(false);
    const fresh = await openTestPglite('empty');
    try {
      expect(await migrationsUpToDate(pgliteAdapterFactory(fresh), list)).toBe(false);
    } finally {
      await fresh.close();
    }
  });

  // Diffing reads the live catalogue, which the engine can only do through the PGlite adapter (the pg
  // adapter cannot decode pg_catalog's "char" columns); the migrations are the same files on both.
  it('leaves no difference between the migrated database and schema.prisma', async () => {
    const pglite = await openTestPglite('empty'); // a fresh cluster: the migrations below really run
    const factory = pgliteAdapterFactory(pglite);
    await applyMigrations(factory);
    const schema = { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
    const engine = await openSchemaEngine(schema, factory);
    try {
      const diff = await engine.diff({
        from: { tag: 'schemaDatasource', files: [schema], configDir: prismaDir },
        to: { tag: 'schemaDatamodel', files: [schema] },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      });
      expect(diff.exitCode, diff.stdout ?? '').toBe(0);
    } finally {
      await closeSchemaEngine(engine);
      await pglite.close();
    }
  });

  it('has the trigram extension the search index needs', async () => {
    const rows = await db.prisma.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`;
    expect(rows).toHaveLength(1);
  });
});
