// The producer's regency as a term of the product's words ("region:53.09", prisma/engine/search-words.ts and
// the migration search_region_term): the place filter of a search is a lookup in the words' GIN index, so
// the term must be on every product, follow its producer when the producer moves, stay out of the words a
// buyer can type (the SearchWord vocabulary), and find exactly the regency's products. On the demo catalogue.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { regionTerm, searchPublic } from '../../../domain/repositories/product-search.ts';
import { createDemoDatabase } from '../../helpers/test-database.ts';

let db: Database;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'search-region-term-'));
  db = await createDemoDatabase(dataDir);
}, 120_000);
afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** each product's region terms, by product id */
async function termsOf(): Promise<Map<string, { producerId: string; terms: string[] }>> {
  const rows = await db.prisma.$queryRaw<{ id: string; producerId: string; terms: string[] }[]>`
    SELECT id, "producerId", ARRAY(SELECT w FROM unnest("searchWords") AS w WHERE w LIKE 'region:%') AS terms FROM "Product"`;
  return new Map(rows.map((r) => [r.id, { producerId: r.producerId, terms: r.terms }]));
}

it('gives every product exactly its producer’s regency as a term, and keeps the term out of the vocabulary', async () => {
  const producers = new Map((await db.prisma.producer.findMany({ select: { id: true, regionCode: true } })).map((p) => [p.id, p.regionCode]));
  const products = await termsOf();
  expect(products.size).toBeGreaterThan(10);
  for (const { producerId, terms } of products.values()) expect(terms).toEqual([regionTerm(producers.get(producerId)!)]);
  const [vocabulary] = await db.prisma.$queryRaw<{ n: number; terms: number }[]>`
    SELECT count(*)::int AS n, count(*) FILTER (WHERE word LIKE '%:%' OR word LIKE 'region%')::int AS terms FROM "SearchWord"`;
  expect(vocabulary!.n).toBeGreaterThan(100);
  expect(vocabulary!.terms).toBe(0);
  // the words are the search text's, once each, and the term
  const [words] = await db.prisma.$queryRaw<{ w: string[] }[]>`SELECT etalase_search_words('kopi bajawa kopi', '53.09') AS w`;
  expect([...words!.w].sort()).toEqual(['bajawa', 'kopi', 'region:53.09']);
});

it('a search filtered by a regency finds exactly what the producer filter finds, and a typed word never meets the term', async () => {
  const producer = await db.prisma.producer.findFirstOrThrow({ where: { products: { some: { status: 'APPROVED', nameId: { contains: 'Kopi' } } } }, select: { id: true, regionCode: true } });
  const here = await db.prisma.producer.findMany({ where: { regionCode: producer.regionCode }, select: { id: true } });
  const byPlace = (await searchPublic(db.prisma, 'kopi', { regionCode: producer.regionCode }, 50, 0)).ids;
  const byProducers = (await Promise.all(here.map(async (p) => (await searchPublic(db.prisma, 'kopi', { producerId: p.id }, 50, 0)).ids))).flat();
  expect(byPlace.length).toBeGreaterThan(0);
  expect([...byPlace].sort()).toEqual([...byProducers].sort());
  // an island: any of its regencies
  expect((await searchPublic(db.prisma, 'kopi', { regionCodes: ['53.00', producer.regionCode] }, 50, 0)).ids.sort()).toEqual([...byPlace].sort());
  // what someone might type to reach the term finds nothing through it
  for (const typed of ['region', `region ${producer.regionCode}`, 'region:' + producer.regionCode]) expect((await searchPublic(db.prisma, typed, {}, 50, 0)).ids).toEqual([]);
});

it('pages of several words continue past the every-word matches exactly as one long page does', async () => {
  // the every-word matches, then those with some of the words: a page may hold both, or begin past the
  // first kind (the search then counts them to know where the continuation starts)
  for (const q of ['kopi manggarai', 'madu kupang']) {
    const all = (await searchPublic(db.prisma, q, {}, 40, 0, 100)).ids;
    expect(all.length, q).toBeGreaterThan(2);
    for (const take of [1, 3]) {
      const paged: string[] = [];
      for (let offset = 0; offset < all.length + take; offset += take) paged.push(...(await searchPublic(db.prisma, q, {}, take, offset, 100)).ids);
      expect(paged, `${q} by ${take}`).toEqual(all);
    }
  }
});

it('moves the term with the producer, however the regency is changed', async () => {
  const producer = await db.prisma.producer.findFirstOrThrow({ where: { products: { some: { status: 'APPROVED' } } }, select: { id: true, regionCode: true } });
  const other = await db.prisma.region.findFirstOrThrow({ where: { code: { not: producer.regionCode }, producers: { none: {} } }, select: { code: true } });
  const mine = [...(await termsOf()).entries()].filter(([, p]) => p.producerId === producer.id).map(([id]) => id);
  expect(mine.length).toBeGreaterThan(0);
  const word = (await db.prisma.product.findFirstOrThrow({ where: { id: mine[0]!, status: 'APPROVED' }, select: { nameId: true } })).nameId.split(' ')[0]!;
  // a plain write, past the services (which would also rebuild the search text)
  await db.prisma.producer.update({ where: { id: producer.id }, data: { regionCode: other.code } });
  const after = await termsOf();
  for (const id of mine) expect(after.get(id)!.terms).toEqual([regionTerm(other.code)]);
  expect((await searchPublic(db.prisma, word, { regionCode: other.code }, 50, 0)).ids).toContain(mine[0]);
  expect((await searchPublic(db.prisma, word, { regionCode: producer.regionCode }, 50, 0)).ids).not.toContain(mine[0]);
  // a product written later for the moved producer takes the new regency too
  const [copy] = await db.prisma.$queryRaw<{ terms: string[] }[]>`
    INSERT INTO "Product" (id, code, slug, "producerId", "categoryId", "nameId", "descriptionId", "priceIdr", unit, "weightGrams", stock, status, "searchText", "updatedAt")
    SELECT 'moved-copy', 'MVCPY', 'moved-copy', "producerId", "categoryId", "nameId", "descriptionId", "priceIdr", unit, "weightGrams", stock, status, "searchText", now() FROM "Product" WHERE id = ${mine[0]}
    RETURNING ARRAY(SELECT w FROM unnest("searchWords") AS w WHERE w LIKE 'region:%') AS terms`;
  expect(copy!.terms).toEqual([regionTerm(other.code)]);
});
