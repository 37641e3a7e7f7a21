// The embedded database in its own thread (domain/db/pglite-worker/), as the server opens it: migrations and
// the Prisma client through the thread, transactions that commit and roll back, Prisma's mapped errors
// (a unique violation stays P2002), a dump that opens as the same database, and a closed database that
// answers "closed" instead of hanging.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../../prisma/generated/client.ts';
import { openDatabase, type Database } from '../../../domain/db/database.ts';
import { createTestDataDir, dumpOf } from '../../helpers/test-database.ts';

let dir: string;
let db: Database;

beforeAll(async () => {
  // an initialised cluster without tables (the run's 'empty' dump), on disk as the server keeps it: the
  // migrations below really run, through the thread. initdb itself is tested by tests/ops/server-process,
  // whose server starts on an empty folder.
  dir = await createTestDataDir('etalase-worker-', 'empty');
  db = await openDatabase({ pgliteDir: path.join(dir, 'pglite'), worker: true });
}, 60_000);
afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

const category = (id: string) => ({ id, nameId: `Kategori ${id}`, nameEn: `Category ${id}`, sortOrder: 1 });

describe('PGlite in a worker thread', () => {
  it('runs the migrations and the Prisma client through the thread, not in this one', async () => {
    expect(db.kind).toBe('pglite');
    expect(db.pglite).toBeUndefined();
    await db.prisma.category.create({ data: category('uji-a') });
    const found = await db.prisma.category.findUnique({ where: { id: 'uji-a' } });
    expect(found).toMatchObject({ nameEn: 'Category uji-a', sortOrder: 1 });
    const migrations = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(Number(migrations[0]!.n)).toBeGreaterThan(0);
  });

  it('commits a transaction whole and rolls a failed one back whole', async () => {
    await db.prisma.$transaction([db.prisma.category.create({ data: category('uji-b') }), db.prisma.category.create({ data: category('uji-c') })]);
    expect(await db.prisma.category.count({ where: { id: { in: ['uji-b', 'uji-c'] } } })).toBe(2);
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.category.create({ data: category('uji-d') });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.prisma.category.findUnique({ where: { id: 'uji-d' } })).toBeNull();
  });

  it('keeps the database error Prisma maps: a duplicate key is P2002', async () => {
    const error = await db.prisma.category.create({ data: category('uji-a') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe('P2002');
  });

  it('serves simultaneous requests and interactive transactions without mixing them', async () => {
    const work = Array.from({ length: 20 }, (_, i) =>
      i % 2
        ? db.prisma.$transaction(async (tx) => {
            await tx.category.create({ data: category(`uji-tx-${i}`) });
            return tx.category.count({ where: { id: { startsWith: 'uji-tx-' } } });
          })
        : db.prisma.category.findMany({ where: { id: { startsWith: 'uji-' } } }).then((rows) => rows.length),
    );
    const answers = await Promise.all(work);
    expect(answers.every((n) => typeof n === 'number' && n > 0)).toBe(true);
    expect(await db.prisma.category.count({ where: { id: { startsWith: 'uji-tx-' } } })).toBe(10);
  });

  it('dumps a copy that opens as the same database', async () => {
    const dump = await db.dumpDataDir!('none');
    const copy = await openDatabase({ pgliteLoad: dump, worker: true, migrate: false });
    try {
      expect((await copy.prisma.category.findMany({ where: { id: { startsWith: 'uji-' } }, orderBy: { id: 'asc' } })).map((c) => c.id)).toEqual(
        (await db.prisma.category.findMany({ where: { id: { startsWith: 'uji-' } }, orderBy: { id: 'asc' } })).map((c) => c.id),
      );
    } finally {
      await copy.close();
    }
  });

  it('a thread that dies on its own (here: out of memory on a huge result) is reported once, and answers "closed"', async () => {
    const stopped: Error[] = [];
    // an empty cluster from the run's dump: initdb in the thread is tested by the first test
    const other = await openDatabase({ pgliteLoad: await dumpOf('empty'), worker: true, migrate: false, onDatabaseThreadStopped: (error) => stopped.push(error) });
    await expect(other.prisma.$queryRawUnsafe(`SELECT repeat('x', 2000) AS filler FROM generate_series(1, 150000)`)).rejects.toThrow(/closed|stopped/i);
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.message).toMatch(/database thread stopped/);
    await expect(other.prisma.$queryRawUnsafe('SELECT 1')).rejects.toThrow(/closed/i);
    await other.close();
    expect(stopped).toHaveLength(1);
  }, 60_000);

  it('answers "closed" once closed, instead of waiting forever', async () => {
    const stopped: Error[] = [];
    const other = await openDatabase({ pgliteLoad: await dumpOf('migrated'), worker: true, onDatabaseThreadStopped: (error) => stopped.push(error) });
    await other.prisma.category.count();
    await other.close();
    await expect(other.prisma.$queryRawUnsafe('SELECT 1')).rejects.toThrow(/closed/i);
    expect(stopped).toEqual([]); // closing is not dying: nothing to report
  });
});
