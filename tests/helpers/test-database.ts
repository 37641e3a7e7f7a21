// Test databases. PGlite (default): each database starts from a dump of a migrated data folder that the
// global setup built once for the whole run (pglite-templates.ts), ~0.7 s of CPU instead of initdb and the
// migrations in every test file. With TEST_DATABASE_URL (CI, the `postgres` project): a real PostgreSQL 15,
// one database per call created from a migrated template database, dropped on close.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../domain/db/database.ts';
import { openPglite } from '../../domain/db/pglite.ts';
import { pgliteDirOf } from '../../server/runtime/data-dir.ts';
import { applyMigrations } from '../../prisma/engine/migrations.ts';
import { seedReference } from '../../prisma/seed/reference.seed.ts';
import { createMediaStore } from '../../domain/media/media-store.ts';
import { seedDemo } from '../../prisma/seed/index.ts';
import { buildPgliteTemplates, demoTemplate, loadDump, type PgliteTemplatePaths } from './pglite-templates.ts';

/** a dump of the run: the three the global setup makes, or the demo (made when first wanted) */
export type TemplateName = keyof PgliteTemplatePaths | 'demo';

let templates: Promise<PgliteTemplatePaths> | undefined;
const dumps = new Map<TemplateName, Promise<Blob>>();

/** The run's dumps; a process started without the global setup builds its own (slow, but the same). */
function templatePaths(): Promise<PgliteTemplatePaths> {
  templates ??= (async () => inject('pgliteTemplates') ?? buildPgliteTemplates(await mkdtemp(path.join(tmpdir(), 'etalase-templates-'))))();
  return templates;
}

/** An in-memory PGlite started from one of the run's dumps: `empty` is a fresh cluster without initdb. */
export async function openTestPglite(template: TemplateName = 'migrated'): Promise<PGlite> {
  return openPglite(undefined, await dumpOf(template));
}

/** The run's dump of a template, for code that opens a database from one itself (the worker thread's `pgliteLoad`). */
export function dumpOf(template: TemplateName): Promise<Blob> {
  let dump = dumps.get(template);
  if (!dump) {
    dump = templatePaths().then(async (paths) => loadDump(template === 'demo' ? (await demoTemplate(paths)).dump : paths[template]));
    dumps.set(template, dump);
  }
  return dump;
}

/**
 * A new data folder (DATA_DIR) whose embedded database already holds the migrations, as a first `npm start`
 * leaves it, for tests that start real processes (the server, the command-line tools): initdb and the
 * migrations cost each such process ~8 s of CPU, and that path is not what those tests test (tests/ops's
 * server-process test and tests/db/pglite-worker start from an empty folder). Written from the run's dump in
 * under a second.
 */
export async function createTestDataDir(prefix = 'etalase-data-', template: TemplateName = 'migrated'): Promise<string> {
  // inside the run's folder, which the global setup removes at the end (a data folder is ~15 MB)
  const dir = await mkdtemp(path.join(path.dirname((await templatePaths()).reference), prefix));
  const pglite = await openPglite(pgliteDirOf(dir), await dumpOf(template));
  await pglite.close();
  return dir;
}

const TEMPLATE_DB = 'etalase_test_template';
/** the migrated template with the reference data (createPostgresTestDatabase(REFERENCE_DB)) */
export const REFERENCE_DB = 'etalase_test_template_reference';

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

/** CREATE DATABASE ... TEMPLATE fails while another session is still connected to the template (a pool
 * closing, another worker's copy): retry briefly. */
async function createFromTemplate(url: string, name: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
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
  // a second template with the reference data, for the harnesses (createTestDatabase({ referenceData }))
  await adminQuery(url, `DROP DATABASE IF EXISTS ${REFERENCE_DB} WITH (FORCE)`);
  await createFromTemplate(url, REFERENCE_DB, TEMPLATE_DB);
  const ref = await openDatabase({ databaseUrl: withDatabase(url, REFERENCE_DB), migrate: false });
  try {
    await seedReference(ref.prisma);
  } finally {
    await ref.close();
  }
}

export const testDatabaseKind = process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite';

/** A fresh PostgreSQL database made from the migrated template (TEST_DATABASE_URL must be set). */
export async function createPostgresTestDatabase(template = TEMPLATE_DB): Promise<{ url: string; drop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const name = `etalase_t_${randomBytes(6).toString('hex')}`;
  await createFromTemplate(url, name, template);
  return { url: withDatabase(url, name), drop: () => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export interface TestDatabaseOptions {
  /** start with the reference data (regencies, categories, display points) as seedReference writes them */
  referenceData?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  if (!process.env.TEST_DATABASE_URL) {
    return openDatabase({ pglite: await openTestPglite(options.referenceData ? 'reference' : 'migrated'), migrate: false });
  }
  const database = await createPostgresTestDatabase(options.referenceData ? REFERENCE_DB : TEMPLATE_DB);
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

/** Copies the demo's pictures into <dataDir>/media, where the `demo` dump's rows expect them. */
export async function copyDemoMedia(dataDir: string): Promise<void> {
  await cp((await demoTemplate(await templatePaths())).media, path.join(dataDir, 'media'), { recursive: true });
}

/**
 * A new test database holding the demo (seedDemo), its pictures in <dataDir>/media. On PGlite it comes from
 * the run's demo dump and a copy of its media folder (seeding took ~4 s of CPU per file); on PostgreSQL it
 * is seeded.
 */
export async function createDemoDatabase(dataDir: string): Promise<Database> {
  if (process.env.TEST_DATABASE_URL) {
    const db = await createTestDatabase({ referenceData: true });
    await seedDemo(db.prisma, createMediaStore({ dataDir, maxBytes: 10 * 1024 * 1024 }));
    return db;
  }
  await copyDemoMedia(dataDir);
  return openDatabase({ pglite: await openTestPglite('demo'), migrate: false });
}
