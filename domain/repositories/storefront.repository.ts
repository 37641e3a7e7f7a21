// Reads the public storefront needs beyond the product cards: a producer's public profile, the URLs of the
// sitemap, and whether a stored photo belongs to a published product (only those are served publicly).
import type { PrismaClient } from '../../prisma/generated/client.ts';

const publicProduct = { status: 'APPROVED' as const, paused: false };

export interface PublicProducerRow {
  id: string;
  businessName: string;
  village: string;
  district: string;
  story: string | null;
  storyEn: string | null;
  updatedAt: Date;
  region: { code: string; name: string; shortName: string; island: string };
}

export function createStorefrontRepository(prisma: PrismaClient) {
  return {
    /** A producer with at least one published product; private fields (phone, bank, NIB) are never read. */
    findPublicProducer: (id: string): Promise<PublicProducerRow | null> =>
      prisma.producer.findFirst({
        where: { id, products: { some: publicProduct } },
        select: {
          id: true,
          businessName: true,
          village: true,
          district: true,
          story: true,
          storyEn: true,
          updatedAt: true,
          region: { select: { code: true, name: true, shortName: true, island: true } },
        },
      }),

    /** slugs of every published product, newest change first (a sitemap holds at most 50,000 URLs) */
    publicProductSlugs: () =>
      prisma.product.findMany({ where: publicProduct, select: { slug: true, updatedAt: true }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], take: 45_000 }),

    publicProducerIds: () =>
      prisma.producer.findMany({ where: { products: { some: publicProduct } }, select: { id: true, updatedAt: true }, orderBy: { id: 'asc' }, take: 4_000 }),

    /** true when the relative media path (photo or its thumbnail) shows a published product */
    async isPublicPhotoPath(path: string): Promise<boolean> {
      const count = await prisma.media.count({
        where: { OR: [{ path }, { thumbPath: path }], photos: { some: { product: publicProduct } } },
      });
      return count > 0;
    },

    /** A published product's photo by its stored path (not a thumbnail): what its copies need to know. */
    findPublicPhoto: (path: string) =>
      prisma.media.findFirst({
        where: { path, photos: { some: { product: publicProduct } } },
        select: { id: true, path: true, width: true, height: true, hash: true },
      }),
  };
}

export type StorefrontRepository = ReturnType<typeof createStorefrontRepository>;
