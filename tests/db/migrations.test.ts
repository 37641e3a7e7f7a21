// The committed migrations build exactly the schema, on PGlite and (in CI) on PostgreSQL, and applying
// them again changes nothing.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/db/database.ts';
import { applyMigrations, migrationsDir, prismaDir, schemaPath } from '../../prisma/engine/migrations.ts';
import { openSchemaEngine } from '../../prisma/engine/schema-engine.ts';
import { readFile } from 'node:fs/promises';
import { createTestDatabase } from '../helpers/test-database.ts';
import { openPglite, pgliteAdapterFactory } from '../../api/db/pglite.ts';

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

  // Diffing reads the live catalogue, which the engine can only do through the PGlite adapter (the pg
  // adapter cannot decode pg_catalog's "char" columns); the migrations are the same files on both.
  it('leaves no difference between the migrated database and schema.prisma', async () => {
    const pglite = await openPglite();
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
      engine.free();
      await pglite.close();
    }
  });

  it('has the trigram extension the search index needs', async () => {
    const rows = await db.prisma.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`;
    expect(rows).toHaveLength(1);
  });
});
