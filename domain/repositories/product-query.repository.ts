// Reading the public catalogue: listing with filters and typo-tolerant search (products' words, GIN-indexed,
// typos corrected against the word vocabulary; see product-search.ts). Only approved, unpaused products are public.
import type { PrismaClient } from '../../prisma/generated/client.ts';
import { cardBy, cardsByIds, cardWithCart, listPublicCards, type ProductCardRow } from './product-cards.ts';
import type { ProductFilter } from './product-filter.ts';
import { searchPublic, type SearchResult } from './product-search.ts';

export type { ProductCardRow } from './product-cards.ts';

export function createProductQueryRepository(prisma: PrismaClient) {
  return {
    /** newest first; keyset pagination on (createdAt, id) */
    listPublic: (filter: ProductFilter, take: number, cursorId?: string): Promise<ProductCardRow[]> => listPublicCards(prisma, filter, take, cursorId),

    /** Ranked ids for a text query, `take` from `offset`, and optionally how many match: see product-search.ts. */
    searchPublic: (query: string, filter: ProductFilter, take: number, offset: number, countUpTo?: number): Promise<SearchResult> => searchPublic(prisma, query, filter, take, offset, countUpTo),

    findCardsByIds: (ids: string[]): Promise<ProductCardRow[]> => cardsByIds(prisma, ids),

    /** a card by id and how many of it are in the user's cart (one statement) */
    findCardWithCart: (id: string, userId: string) => cardWithCart(prisma, id, userId),

    findCard: (where: { id: string } | { code: string } | { slug: string }): Promise<ProductCardRow | null> => cardBy(prisma, where),

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
