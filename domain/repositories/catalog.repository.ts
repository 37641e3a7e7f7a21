// Regions and categories: reference data read by every channel and page.
import type { PrismaClient } from '../../prisma/generated/client.ts';

/**
 * Reference data changes only when the reference seed runs (start-up, `npm run db:seed`), yet the chat's
 * menus list the categories several times in every buyer's visit: each process keeps the lists for a few
 * seconds instead of asking the database each time (measured in BENCHMARKS.md).
 */
const REFERENCE_TTL_MS = 10_000;

function cached<T>(load: () => Promise<T[]>, ttlMs = REFERENCE_TTL_MS): () => Promise<T[]> {
  let value: Promise<T[]> | undefined;
  let loadedAt = 0;
  return () => {
    const now = Date.now();
    if (!value || now - loadedAt > ttlMs) {
      loadedAt = now;
      const loading = load();
      value = loading;
      // a failed read is not kept: the next caller asks the database again
      loading.catch(() => {
        if (value === loading) value = undefined;
      });
    }
    // a copy each time, so a caller that sorts or trims its list never changes the next caller's
    return value.then((rows) => [...rows]);
  };
}

export interface CategoryTileRow {
  id: string;
  nameId: string;
  nameEn: string;
  count: number;
  photo: { path: string; thumbPath: string | null; width: number | null; height: number | null; hash: string | null } | null;
}

export function createCatalogRepository(prisma: PrismaClient) {
  return {
    listRegions: cached(() => prisma.region.findMany({ orderBy: { code: 'asc' } })),
    findRegion: (code: string) => prisma.region.findUnique({ where: { code } }),
    listCategories: cached(() => prisma.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] })),
    findCategory: (id: string) => prisma.category.findUnique({ where: { id } }),

    /** every category with its number of products on sale and the newest one's first photo (home tiles) */
    categoryTiles: cached(async (): Promise<CategoryTileRow[]> => {
      const onSale = { status: 'APPROVED' as const, paused: false };
      const rows = await prisma.category.findMany({
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          nameId: true,
          nameEn: true,
          _count: { select: { products: { where: onSale } } },
          products: { where: { ...onSale, photos: { some: {} } }, orderBy: { approvedAt: 'desc' }, take: 1, select: { photos: { orderBy: { position: 'asc' }, take: 1, select: { media: { select: { path: true, thumbPath: true, width: true, height: true, hash: true } } } } } },
        },
      });
      return rows.map((r) => ({ id: r.id, nameId: r.nameId, nameEn: r.nameEn, count: r._count.products, photo: r.products[0]?.photos[0]?.media ?? null }));
    }),
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
