// Backups of the embedded database: PGlite's own consistent dump of its data folder (a gzipped tar taken
// between two statements, so no half-written transaction is in it), and a restore that only ever writes
// into an empty data folder: the dump is loaded into a scratch folder, checked, then renamed into place.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

export class BackupError extends Error {}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** Writes <dataDir>/backups/etalase-<stamp>.tar.gz and returns its path and size. */
/** `source`: an open PGlite, or the server's database (which may run it in a thread of its own) */
export async function backupPglite(source: { dumpDataDir(compression: 'gzip'): Promise<Blob> }, dataDir: string, now = new Date()): Promise<{ file: string; bytes: number }> {
  const dir = path.join(dataDir, 'backups');
  await mkdir(dir, { recursive: true });
  const dump = await source.dumpDataDir('gzip');
  const data = Buffer.from(await dump.arrayBuffer());
  const file = path.join(dir, `etalase-${stamp(now)}.tar.gz`);
  await writeFile(`${file}.partial`, data);
  await rename(`${file}.partial`, file);
  return { file, bytes: data.length };
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch {
    return true;
  }
}

/**
 * Restores a backup file into `targetDir` (the embedded database folder), which must be empty or absent.
 * Returns the number of applied migrations found in it, as a sign that it is ours.
 */
export async function restorePglite(file: string, targetDir: string): Promise<{ migrations: number; tables: number }> {
  if (!(await isEmptyOrMissing(targetDir))) {
    throw new BackupError(`${targetDir} is not empty: restore only into an empty data folder (move the current one away first)`);
  }
  let data: Buffer;
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    data = await readFile(file);
  } catch {
    throw new BackupError(`cannot read the backup file ${file}`);
  }
  if (data.length < 512 || data[0] !== 0x1f || data[1] !== 0x8b) throw new BackupError(`${file} is not an Etalase NTT backup (not a gzipped database dump)`);

  const scratch = `${targetDir}.restoring-${process.pid}`;
  await rm(scratch, { recursive: true, force: true });
  await mkdir(path.dirname(targetDir), { recursive: true });
  let pg: PGlite | undefined;
  // loaded here: the server's own thread never needs PGlite (its database runs in a thread of its own)
  const { openPglite } = await import('../../domain/db/pglite.ts');
  try {
    pg = await openPglite(scratch, new Blob([new Uint8Array(data)]));
    const migrations = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL');
    const tables = await pg.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
    await pg.close();
    pg = undefined;
    await rm(targetDir, { recursive: true, force: true });
    await rename(scratch, targetDir);
    return { migrations: migrations.rows[0]!.n, tables: tables.rows[0]!.n };
  } catch (error) {
    if (pg && !pg.closed) await pg.close().catch(() => {});
    await rm(scratch, { recursive: true, force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not an Etalase NTT backup or is damaged (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
}
