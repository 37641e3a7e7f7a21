// Generated catalogues for the scaling runs: producers spread over the 22 regencies, each with about a
// hundred products drawn from real NTT product words. Producers go in with createMany (one statement each),
// the products with ONE `INSERT ... SELECT generate_series` statement, so 100,000 products take seconds,
// not minutes. Search texts are built with buildSearchText (names and category, producer and regency,
// descriptions: the same words as the product code builds, in that order of parts).
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts';
import { buildSearchText, regionSearchFields } from '../../domain/search/search-text.ts';
import { businessPrefixes, productBases, qualifiers, villageNames } from './catalogue-words.ts';

export const PRODUCTS_PER_PRODUCER = 100;
/** big enough that no number of benchmark buyers sells a generated product out */
export const GENERATED_STOCK = 1_000_000;

export interface GeneratedCatalogue {
  batch: string;
  products: number;
  producers: number;
  ms: number;
}

interface Template {
  categoryId: string;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  unit: string;
  weightGrams: number;
  priceIdr: number;
  head: string;
  tail: string;
}

function templates(categories: Map<string, { nameId: string; nameEn: string }>): Template[] {
  return productBases.flatMap((base) =>
    qualifiers.map((q) => {
      const nameId = q.id ? `${base.nameId} ${q.id}` : base.nameId;
      const nameEn = q.en ? `${q.en} ${base.nameEn}` : base.nameEn;
      const category = categories.get(base.categoryId) ?? null;
      return {
        ...base,
        nameId,
        nameEn,
        head: buildSearchText({ nameId, nameEn, category }),
        tail: buildSearchText({ nameId: '', descriptionId: base.descriptionId, descriptionEn: base.descriptionEn }),
      };
    }),
  );
}

/**
 * Adds `count` approved products (one in twenty left awaiting curation, as in a live catalogue) under new
 * producers. `batch` (letters only, unique per database) keeps ids and product codes apart between calls.
 */
export async function generateCatalogue(prisma: PrismaClient, count: number, batch: string): Promise<GeneratedCatalogue> {
  if (!/^[A-Z]{1,4}$/.test(batch)) throw new Error('batch must be 1-4 capital letters');
  const started = performance.now();
  const regions = await prisma.region.findMany({ orderBy: { code: 'asc' } });
  const categories = new Map((await prisma.category.findMany()).map((c) => [c.id, c]));
  const producerCount = Math.max(1, Math.ceil(count / PRODUCTS_PER_PRODUCER));
  const prefix = `bench-${batch.toLowerCase()}`;
  const now = new Date();

  const producers = Array.from({ length: producerCount }, (_, i) => {
    const region = regions[i % regions.length]!;
    const village = villageNames[i % villageNames.length]!;
    const businessName = `${businessPrefixes[i % businessPrefixes.length]} ${village} ${region.shortName}`;
    return {
      id: `${prefix}-pr-${i}`,
      userId: `${prefix}-u-${i}`,
      businessName,
      ownerName: `Produsen ${batch} ${i}`,
      regionCode: region.code,
      district: region.seat,
      village,
      fragment: buildSearchText({ nameId: '', producerBusinessName: businessName, ...regionSearchFields(region) }),
    };
  });
  await prisma.user.createMany({ data: producers.map((p) => ({ id: p.userId, role: 'PRODUCER' as const, displayName: p.ownerName, onboardedAt: now })) });
  await prisma.producer.createMany({
    data: producers.map((p) => ({
      id: p.id,
      userId: p.userId,
      businessName: p.businessName,
      ownerName: p.ownerName,
      regionCode: p.regionCode,
      district: p.district,
      village: p.village,
      bankName: 'BRI',
      bankAccount: '0123456789',
      bankHolder: p.ownerName,
      allowsCashOnPickup: true,
    })),
  });

  const tpl = templates(categories);
  const tplRows = tpl.map(
    (t, i) =>
      Prisma.sql`(${i}::int, ${t.categoryId}::text, ${t.nameId}::text, ${t.nameEn}::text, ${t.descriptionId}::text, ${t.descriptionEn}::text, ${t.unit}::text, ${t.weightGrams}::int, ${t.priceIdr}::int, ${t.head}::text, ${t.tail}::text)`,
  );
  const producerRows = producers.map((p, i) => Prisma.sql`(${i}::int, ${p.id}::text, ${p.fragment}::text)`);
  // a multiplier co-prime with the template count spreads templates evenly over consecutive rows
  await prisma.$executeRaw`
    WITH tpl(i, "categoryId", "nameId", "nameEn", "descriptionId", "descriptionEn", unit, "weightGrams", "priceIdr", head, tail) AS (VALUES ${Prisma.join(tplRows)}),
         pr(i, id, fragment) AS (VALUES ${Prisma.join(producerRows)})
    INSERT INTO "Product" (id, code, slug, "producerId", "categoryId", "nameId", "nameEn", "descriptionId", "descriptionEn", "priceIdr", unit, "weightGrams", stock, status, "searchText", "submittedAt", "approvedAt", "createdAt", "updatedAt")
    SELECT ${prefix} || '-p-' || g, ${batch} || g::text, ${prefix} || '-' || g, pr.id, tpl."categoryId", tpl."nameId", tpl."nameEn", tpl."descriptionId", tpl."descriptionEn",
           tpl."priceIdr" + (g % 10) * 1000, tpl.unit, tpl."weightGrams", ${GENERATED_STOCK}::int,
           (CASE WHEN g % 20 = 19 THEN 'SUBMITTED' ELSE 'APPROVED' END)::"ProductStatus",
           tpl.head || ' ' || pr.fragment || ' ' || tpl.tail,
           now() - interval '30 days', CASE WHEN g % 20 = 19 THEN NULL ELSE now() - make_interval(secs => g) END, now() - make_interval(secs => g), now()
    FROM generate_series(0, ${count - 1}::int) AS g
    JOIN tpl ON tpl.i = (g * 7919) % ${tpl.length}::int
    JOIN pr ON pr.i = g % ${producerCount}::int`;
  return { batch, products: count, producers: producerCount, ms: performance.now() - started };
}

/**
 * Refreshes the planner's statistics of the tables the seed and the generator filled (PGlite has no
 * autovacuum daemon to do it). The tables still empty (the ones a chat turn writes: sessions, handled
 * messages, carts, orders) are left never analysed, as in a newly migrated database: analysed empty, every
 * connection's prepared statements planned them as empty (sequential scans) and kept those plans for the
 * whole run, reading thousands of rows a turn by the end of it (issue 29, cpusql), where a running shop's
 * autovacuum analyses them at their size within a minute.
 */
export async function analyzeCatalogue(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  for (const { name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ filled: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM ${name}) AS filled`);
    if (row?.filled) await prisma.$executeRawUnsafe(`ANALYZE ${name}`);
  }
}
