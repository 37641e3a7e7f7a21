// What a product card holds (lists, search results, the API's product): the shape both card reads share,
// Prisma's (product-query.repository.ts) and the direct one (product-cards-sql.ts).
import type { Prisma } from '../../prisma/generated/client.ts';

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
