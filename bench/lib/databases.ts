// Databases for the scenarios: a template is migrated and seeded once per run, and every measured run
// gets its own fresh copy (a PGlite clone in memory, or a PostgreSQL database created from a template
// database), so runs never see each other's buyers, carts or orders.
import { randomBytes } from 'node:crypto';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../../domain/db/database.ts';
import { openPglite } from '../../domain/db/pglite.ts';
import { pgliteDirOf } from '../../server/runtime/data-dir.ts';

export interface Template {
  kind: DatabaseKind;
  /** a fresh, independent copy of the template */
  fork(): Promise<Database>;
  close(): Promise<void>;
}

export interface PostgresTemplate extends Template {
  /** a fresh copy for another process (the server): its URL, and how to drop it afterwards */
  forkUrl(): Promise<{ url: string; drop(): Promise<void> }>;
}

export interface PgliteTemplate extends Template {
  pglite: PGlite;
}

/** An in-memory PGlite template: a clone of `from` (or freshly migrated), then `setup`. */
export async function pgliteTemplate(from: PgliteTemplate | undefined, setup: (db: Database) => Promise<void>): Promise<PgliteTemplate> {
  const pglite = from ? ((await from.pglite.clone()) as PGlite) : await openPglite();
  const db = await openDatabase({ pglite, migrate: !from });
  await setup(db);
  await db.prisma.$disconnect();
  return {
    kind: 'pglite',
    pglite,
    // as the server runs it: the database in a thread of its own (domain/db/pglite-worker/), with its autovacuum
    fork: async () => openDatabase({ worker: true, autovacuum: true, pgliteLoad: await pglite.dumpDataDir('none'), migrate: false }),
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}

/**
 * Writes the template into `dataDir` the way `npm start` expects it (the embedded database under
 * <dataDir>/pglite, demo pictures under <dataDir>/media), for the scenarios that run the real server.
 */
export async function writeDataDir(template: PgliteTemplate, mediaDataDir: string, dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const dump = await template.pglite.dumpDataDir('none');
  const copy = await openPglite(pgliteDirOf(dataDir), dump);
  await copy.close();
  await cp(path.join(mediaDataDir, 'media'), path.join(dataDir, 'media'), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The server's version string, for the machine section of the results. */
export async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ server_version: string }>('SHOW server_version');
    return r.rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end();
  }
}

/**
 * A PostgreSQL template: its own database on the server DATABASE_URL names (created and dropped here; the
 * database in the URL itself is never written to). Needs a role allowed to CREATE DATABASE.
 */
export async function postgresTemplate(url: string, setup: (db: Database) => Promise<void>): Promise<PostgresTemplate> {
  const name = `etalase_bench_${randomBytes(4).toString('hex')}`;
  await admin(url, `CREATE DATABASE ${name}`);
  const db = await openDatabase({ databaseUrl: withDatabase(url, name) });
  try {
    await setup(db);
  } finally {
    await db.close();
  }
  let forks = 0;
  const copy = async () => {
    const copyName = `${name}_r${++forks}`;
    await admin(url, `CREATE DATABASE ${copyName} TEMPLATE ${name}`);
    return { name: copyName, url: withDatabase(url, copyName), drop: () => admin(url, `DROP DATABASE IF EXISTS ${copyName} WITH (FORCE)`) };
  };
  return {
    kind: 'postgresql',
    forkUrl: copy,
    async fork() {
      const { url: copyUrl, drop } = await copy();
      const forked = await openDatabase({ databaseUrl: copyUrl, migrate: false });
      return {
        ...forked,
        close: async () => {
          await forked.close();
          await drop();
        },
      };
    },
    close: () => admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A new empty database on the server `url` names (a first start's: the server migrates it itself). */
export async function emptyPostgresDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `etalase_bench_empty_${randomBytes(4).toString('hex')}`;
  await admin(url, `CREATE DATABASE ${name}`);
  return { url: withDatabase(url, name), drop: () => admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
