// A backup of the embedded database restores with every row; bad files and non-empty folders are refused
// and leave nothing half-written.
import { mkdtempSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { openPglite } from '../../../domain/db/pglite.ts';
import { openDatabase, type Database } from '../../../domain/db/database.ts';
import { BackupError, backupPglite, restorePglite } from '../../../server/ops/backup.ts';
import { copyDemoMedia, createTestDataDir } from '../../helpers/test-database.ts';

let dataDir: string;
let pg: PGlite;
let db: Database;

async function rowCounts(p: PGlite): Promise<Record<string, number>> {
  const tables = await p.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
  const out: Record<string, number> = {};
  for (const { table_name } of tables.rows) out[table_name] = (await p.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`)).rows[0]!.n;
  return out;
}

beforeAll(async () => {
  // a data folder holding the demo and its pictures, as `npm run db:seed -- --demo` leaves it (seeded once per run)
  dataDir = await createTestDataDir('etalase-backup-', 'demo');
  await copyDemoMedia(dataDir);
  pg = await openPglite(path.join(dataDir, 'pglite'));
  db = await openDatabase({ pglite: pg });
}, 120_000);
afterAll(() => db.close());

describe('backup and restore', () => {
  it('restores every row of every table into an empty folder', async () => {
    const before = await rowCounts(pg);
    expect(before.Product).toBeGreaterThan(10);
    const { file, bytes } = await backupPglite(pg, dataDir);
    expect(bytes).toBeGreaterThan(1000);
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'etalase-restore-')), 'pglite');
    const result = await restorePglite(file, target);
    expect(result.migrations).toBeGreaterThan(0);
    const restored = await openPglite(target);
    try {
      expect(await rowCounts(restored)).toEqual(before);
    } finally {
      await restored.close();
    }
  }, 120_000);

  it('refuses to restore over a non-empty folder and changes nothing there', async () => {
    const { file } = await backupPglite(pg, dataDir);
    await expect(restorePglite(file, path.join(dataDir, 'pglite'))).rejects.toThrow(/not empty/);
    expect(existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
  }, 60_000);

  it('refuses foreign and corrupt files without leaving a half-restored folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'etalase-bad-'));
    const foreign = path.join(dir, 'notes.txt');
    writeFileSync(foreign, 'hello '.repeat(200));
    const corrupt = path.join(dir, 'corrupt.tar.gz');
    writeFileSync(corrupt, gzipSync(Buffer.from('x'.repeat(5000))));
    for (const file of [foreign, corrupt, path.join(dir, 'missing.tar.gz')]) {
      const target = path.join(dir, `target-${path.basename(file)}`);
      await expect(restorePglite(file, target)).rejects.toBeInstanceOf(BackupError);
      expect(existsSync(target)).toBe(false);
    }
    expect(readdirSync(dir).filter((f) => f.includes('restoring'))).toEqual([]);
  }, 60_000);
});
