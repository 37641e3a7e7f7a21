// Reading the public catalogue: listing with filters and typo-tolerant search (products' words, GIN-indexed,
// typos corrected against the word vocabulary; see product-search.ts). Only approved, unpaused products are public.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts';
import type { ProductFilter } from './product-filter.ts';
import { searchPublic, type SearchResult } from './product-search.ts';
import { readCardsByIds } from './product-cards-sql.ts';

import { productCardInclude, productCardOmit, type ProductCardRow } from './product-card.ts';

export { productCardInclude, productCardOmit, type ProductCardRow };

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
      // one JSON text per card on the direct path: the same rows as findMany with productCardInclude (tested)
      const rows = await readCardsByIds(prisma, ids);
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
