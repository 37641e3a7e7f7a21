// Test databases. PGlite (default): migrate one in-memory template per worker once, then clone it per test
// file (fast). With TEST_DATABASE_URL (CI, `tests:pg` project): a real PostgreSQL 15, one database per
// call created from a migrated template database, dropped on close.
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database } from '../../api/db/database.ts';
import { openPglite, pgliteAdapterFactory } from '../../api/db/pglite.ts';
import { applyMigrations } from '../../prisma/engine/migrations.ts';

let pgliteTemplate: Promise<PGlite> | undefined;

async function migratedPgliteTemplate(): Promise<PGlite> {
  const template = await openPglite();
  await applyMigrations(pgliteAdapterFactory(template));
  return template;
}

const TEMPLATE_DB = 'etalase_test_template';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Called once by tests/helpers/global-setup.ts before any worker starts. */
export async function preparePgTemplate(url: string): Promise<void> {
  await adminQuery(url, `DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await adminQuery(url, `CREATE DATABASE ${TEMPLATE_DB}`);
  const db = await openDatabase({ databaseUrl: withDatabase(url, TEMPLATE_DB), migrate: false });
  try {
    await applyMigrations(db.adapterFactory);
  } finally {
    await db.close();
  }
}

export const testDatabaseKind = process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite';

/** A fresh PostgreSQL database made from the migrated template (TEST_DATABASE_URL must be set). */
export async function createPostgresTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const name = `etalase_t_${randomBytes(6).toString('hex')}`;
  // CREATE DATABASE ... TEMPLATE fails while another session is connected to the template: retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url: withDatabase(url, name), drop: () => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function createTestDatabase(): Promise<Database> {
  if (!process.env.TEST_DATABASE_URL) {
    pgliteTemplate ??= migratedPgliteTemplate();
    const clone = (await (await pgliteTemplate).clone()) as PGlite;
    return openDatabase({ pglite: clone, migrate: false });
  }
  const database = await createPostgresTestDatabase();
  const db = await openDatabase({ databaseUrl: database.url, migrate: false });
  const close = db.close;
  return {
    ...db,
    close: async () => {
      await close();
      await database.drop();
    },
  };
}
