// Reading the public catalogue: listing with filters and typo-tolerant search (products' words, GIN-indexed,
// typos corrected against the word vocabulary; see product-search.ts). Only approved, unpaused products are public.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts';
import type { ProductFilter } from './product-filter.ts';
import { searchPublic, type SearchResult } from './product-search.ts';

export const productCardInclude = {
  producer: { select: { id: true, businessName: true, regionCode: true, story: true, village: true, district: true, storyEn: true, region: { select: { code: true, name: true, shortName: true, island: true } } } },
  category: true,
  photos: { orderBy: { position: 'asc' as const }, include: { media: true } },
  licensingCases: { where: { verified: true, status: 'ISSUED' as const }, select: { type: true, certificateNumber: true, expiresAt: true } },
} satisfies Prisma.ProductInclude;

/**
 * The search columns (text and word arrays, for the search's SQL) are not part of a card: a card read
 * without them moves and parses a few hundred words less per product (lists, cards, search results).
 */
export const productCardOmit = { searchText: true, searchWords: true, nameWords: true } satisfies Prisma.ProductOmit;

export type ProductCardRow = Prisma.ProductGetPayload<{ include: typeof productCardInclude; omit: typeof productCardOmit }>;

const publicWhere = (f: ProductFilter): Prisma.ProductWhereInput => ({
  status: 'APPROVED',
  paused: false,
  ...(f.categoryId ? { categoryId: f.categoryId } : {}),
  ...(f.regionCode ? { producer: { regionCode: f.regionCode } } : f.regionCodes?.length ? { producer: { regionCode: { in: f.regionCodes } } } : {}),
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
        omit: productCardOmit,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
        ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
      });
    },

    /** Ranked ids for a text query, `take` from `offset`, and optionally how many match: see product-search.ts. */
    searchPublic: (query: string, filter: ProductFilter, take: number, offset: number, countUpTo?: number): Promise<SearchResult> => searchPublic(prisma, query, filter, take, offset, countUpTo),

    async findCardsByIds(ids: string[]): Promise<ProductCardRow[]> {
      if (ids.length === 0) return [];
      const rows = await prisma.product.findMany({ where: { id: { in: ids } }, include: productCardInclude, omit: productCardOmit });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    findCard: (where: { id: string } | { code: string } | { slug: string }) =>
      prisma.product.findUnique({ where: where as Prisma.ProductWhereUniqueInput, include: productCardInclude, omit: productCardOmit }),

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
