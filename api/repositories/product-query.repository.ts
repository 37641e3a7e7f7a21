// Reading the public catalogue: listing with filters and typo-tolerant search (pg_trgm word similarity
// over the normalised searchText, GIN-indexed). Only approved, unpaused products are public.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts';
import { queryWords } from '../search/normalize.ts';

export const productCardInclude = {
  producer: { select: { id: true, businessName: true, regionCode: true, story: true, village: true, district: true, region: { select: { code: true, name: true, shortName: true, island: true } } } },
  category: true,
  photos: { orderBy: { position: 'asc' as const }, include: { media: true } },
  licensingCases: { where: { verified: true, status: 'ISSUED' as const }, select: { type: true, certificateNumber: true, expiresAt: true } },
} satisfies Prisma.ProductInclude;

export type ProductCardRow = Prisma.ProductGetPayload<{ include: typeof productCardInclude }>;

export interface ProductFilter {
  regionCode?: string;
  categoryId?: string;
  /** only products with a verified permit of this kind */
  permit?: 'HALAL' | 'SPP_IRT' | 'BPOM_MD';
  producerId?: string;
  ids?: string[];
}

const publicWhere = (f: ProductFilter): Prisma.ProductWhereInput => ({
  status: 'APPROVED',
  paused: false,
  ...(f.categoryId ? { categoryId: f.categoryId } : {}),
  ...(f.regionCode ? { producer: { regionCode: f.regionCode } } : {}),
  ...(f.producerId ? { producerId: f.producerId } : {}),
  ...(f.ids ? { id: { in: f.ids } } : {}),
  ...(f.permit
    ? { licensingCases: { some: { verified: true, status: 'ISSUED', type: f.permit === 'HALAL' ? { in: ['HALAL_SELF_DECLARE', 'HALAL_REGULAR'] } : f.permit } } }
    : {}),
});

export function createProductQueryRepository(prisma: PrismaClient) {
  return {
    /** newest first; keyset pagination on (createdAt, id) through Prisma's cursor */
    async listPublic(filter: ProductFilter, take: number, cursorId?: string): Promise<ProductCardRow[]> {
      return prisma.product.findMany({
        where: publicWhere(filter),
        include: productCardInclude,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
        ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
      });
    },

    /**
     * Ranked ids for a text query: a product matches when any query word is word-similar to its text
     * (the `<%` operator, index-backed); rank = summed similarity of all words, so products matching every
     * word come first, plus half a point for each word that matches the product's own name: "kopi" puts
     * coffees before a palm syrup whose description mentions coffee, "coffe flores" puts "Flores Bajawa
     * Arabica Coffee" before other Flores coffees. The name bonus is computed on the matched rows only.
     * Returns ids in rank order, `take` from `offset`.
     */
    async searchPublicIds(query: string, filter: ProductFilter, take: number, offset: number): Promise<string[]> {
      const words = queryWords(query);
      if (words.length === 0) return [];
      const match = Prisma.join(words.map((w) => Prisma.sql`${w} <% p."searchText"`), ' OR ');
      // apostrophes dropped as in the search text's variants, so "sei" meets "Se'i"; pg_trgm ignores case
      const name = Prisma.sql`regexp_replace(p."nameId" || ' ' || coalesce(p."nameEn", ''), '[''’ʼ\`]', '', 'g')`;
      const score = Prisma.join(
        words.map((w) => Prisma.sql`word_similarity(${w}, p."searchText") + CASE WHEN ${w} <% ${name} THEN 0.5 * word_similarity(${w}, ${name}) ELSE 0 END`),
        ' + ',
      );
      const conditions: Prisma.Sql[] = [Prisma.sql`p.status = 'APPROVED'`, Prisma.sql`p.paused = false`, Prisma.sql`(${match})`];
      if (filter.categoryId) conditions.push(Prisma.sql`p."categoryId" = ${filter.categoryId}`);
      if (filter.regionCode) conditions.push(Prisma.sql`pr."regionCode" = ${filter.regionCode}`);
      if (filter.producerId) conditions.push(Prisma.sql`p."producerId" = ${filter.producerId}`);
      if (filter.permit) {
        const types = filter.permit === 'HALAL' ? ['HALAL_SELF_DECLARE', 'HALAL_REGULAR'] : [filter.permit];
        conditions.push(
          Prisma.sql`EXISTS (SELECT 1 FROM "LicensingCase" lc WHERE lc."productId" = p.id AND lc.verified AND lc.status = 'ISSUED' AND lc.type::text IN (${Prisma.join(types)}))`,
        );
      }
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        SELECT p.id FROM "Product" p JOIN "Producer" pr ON pr.id = p."producerId"
        WHERE ${Prisma.join(conditions, ' AND ')}
        ORDER BY (${score}) DESC, p.id
        LIMIT ${take} OFFSET ${offset}`;
      return rows.map((r) => r.id);
    },

    async findCardsByIds(ids: string[]): Promise<ProductCardRow[]> {
      if (ids.length === 0) return [];
      const rows = await prisma.product.findMany({ where: { id: { in: ids } }, include: productCardInclude });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    findCard: (where: { id: string } | { code: string } | { slug: string }) =>
      prisma.product.findUnique({ where: where as Prisma.ProductWhereUniqueInput, include: productCardInclude }),

    /** this month's flagship products (month "YYYY-MM" in WITA), optionally of one regency */
    async flagshipIds(month: string, regionCode?: string): Promise<string[]> {
      const rows = await prisma.flagshipDesignation.findMany({
        where: { month, ...(regionCode ? { regionCode } : {}), product: { status: 'APPROVED', paused: false } },
        orderBy: [{ regionCode: 'asc' }, { createdAt: 'asc' }],
        select: { productId: true },
      });
      return rows.map((r) => r.productId);
    },
  };
}

export type ProductQueryRepository = ReturnType<typeof createProductQueryRepository>;
