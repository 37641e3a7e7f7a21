// The API's product cards read on the direct path (one JSON text per card) must be exactly the rows the
// Prisma client reads with the card's include: every column, the producer with its region, the category,
// the photos in order with their media, the verified issued permits, the dates as Dates. On the demo
// catalogue (photos and permits), on both databases.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { readCardsByIds } from '../../../domain/repositories/product-cards-sql.ts';
import { createProductQueryRepository, productCardInclude, productCardOmit } from '../../../domain/repositories/product-query.repository.ts';
import { createDemoDatabase } from '../../helpers/test-database.ts';

let db: Database;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'cards-sql-'));
  db = await createDemoDatabase(dataDir);
}, 120_000);
afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

it('reads the same cards as the Prisma client, relations and dates included', async () => {
  const ids = (await db.prisma.product.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((p) => p.id);
  const byPrisma = await db.prisma.product.findMany({ where: { id: { in: ids } }, include: productCardInclude, omit: productCardOmit, orderBy: { id: 'asc' } });
  const direct = (await readCardsByIds(db.prisma, ids)).sort((a, b) => (a.id < b.id ? -1 : 1));
  // the comparison means something only if the catalogue has what a card nests
  expect(byPrisma.some((p) => p.photos.length > 1)).toBe(true);
  expect(byPrisma.some((p) => p.licensingCases.length > 0)).toBe(true);
  expect(byPrisma.some((p) => p.approvedAt !== null)).toBe(true);
  expect(direct).toEqual(byPrisma);
  expect(direct[0]!.createdAt).toBeInstanceOf(Date);
});

it('keeps the order asked for and leaves out unknown ids', async () => {
  const [a, b] = (await db.prisma.product.findMany({ where: { status: 'APPROVED' }, select: { id: true }, take: 2 })).map((p) => p.id);
  const cards = await createProductQueryRepository(db.prisma).findCardsByIds([b!, 'no-such-product', a!]);
  expect(cards.map((c) => c.id)).toEqual([b, a]);
});
