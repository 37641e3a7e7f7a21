// The product cards read on the direct path (product-cards.ts: one flat statement, photos and licences as
// JSON arrays) must be exactly what the Prisma client reads with the same relations: every field a card
// has, the producer with its region, the category, the photos in order with their media (sizes and hash
// included), the verified issued permits, the dates as Dates. On the demo catalogue (photos and permits).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { cardBy, cardsByIds, type ProductCardRow } from '../../../domain/repositories/product-cards.ts';
import { createProductQueryRepository } from '../../../domain/repositories/product-query.repository.ts';
import { createDemoDatabase } from '../../helpers/test-database.ts';

let db: Database;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'cards-direct-'));
  db = await createDemoDatabase(dataDir);
}, 120_000);
afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** the cards as the Prisma client reads them, in the card's shape */
async function cardsByPrisma(ids: string[]): Promise<ProductCardRow[]> {
  const rows = await db.prisma.product.findMany({
    where: { id: { in: ids } },
    orderBy: { id: 'asc' },
    include: {
      producer: { include: { region: true } },
      category: true,
      photos: { orderBy: { position: 'asc' }, include: { media: true } },
      licensingCases: { where: { verified: true, status: 'ISSUED' }, select: { type: true, certificateNumber: true, expiresAt: true } },
    },
  });
  return rows.map((p) => ({
    id: p.id,
    code: p.code,
    slug: p.slug,
    nameId: p.nameId,
    nameEn: p.nameEn,
    descriptionId: p.descriptionId,
    descriptionEn: p.descriptionEn,
    priceIdr: p.priceIdr,
    unit: p.unit,
    weightGrams: p.weightGrams,
    stock: p.stock,
    status: p.status,
    paused: p.paused,
    ratingSum: p.ratingSum,
    ratingCount: p.ratingCount,
    category: { id: p.category.id, nameId: p.category.nameId, nameEn: p.category.nameEn },
    producer: {
      id: p.producer.id,
      businessName: p.producer.businessName,
      village: p.producer.village,
      district: p.producer.district,
      story: p.producer.story,
      storyEn: p.producer.storyEn,
      region: { code: p.producer.region.code, name: p.producer.region.name, shortName: p.producer.region.shortName, island: p.producer.region.island },
    },
    photos: p.photos.map((ph) => ({ mediaId: ph.mediaId, media: { path: ph.media.path, thumbPath: ph.media.thumbPath, width: ph.media.width, height: ph.media.height, hash: ph.media.hash } })),
    licensingCases: p.licensingCases,
  }));
}

it('reads the same cards as the Prisma client, relations and dates included', async () => {
  const ids = (await db.prisma.product.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((p) => p.id);
  // a photo with its true size and hash, so the comparison covers the columns the pages' srcset needs
  const firstPhoto = await db.prisma.productPhoto.findFirstOrThrow({ orderBy: { position: 'asc' } });
  await db.prisma.media.update({ where: { id: firstPhoto.mediaId }, data: { width: 1200, height: 900, hash: '0123456789abcdef' } });
  const byPrisma = await cardsByPrisma(ids);
  const direct = (await cardsByIds(db.prisma, ids)).sort((a, b) => (a.id < b.id ? -1 : 1));
  // the comparison means something only if the catalogue has what a card nests
  expect(byPrisma.some((p) => p.photos.length > 1)).toBe(true);
  expect(byPrisma.some((p) => p.licensingCases.length > 0)).toBe(true);
  expect(byPrisma.some((p) => p.photos.some((ph) => ph.media.hash === '0123456789abcdef'))).toBe(true);
  expect(direct).toEqual(byPrisma);
  expect(byPrisma.flatMap((p) => p.licensingCases).some((l) => l.expiresAt instanceof Date)).toBe(true);
  const one = byPrisma.find((p) => p.licensingCases.length > 0)!;
  expect(await cardBy(db.prisma, { code: one.code })).toEqual(one);
});

it('keeps the order asked for and leaves out unknown ids', async () => {
  const [a, b] = (await db.prisma.product.findMany({ where: { status: 'APPROVED' }, select: { id: true }, take: 2 })).map((p) => p.id);
  const cards = await createProductQueryRepository(db.prisma).findCardsByIds([b!, 'no-such-product', a!]);
  expect(cards.map((c) => c.id)).toEqual([b, a]);
});
