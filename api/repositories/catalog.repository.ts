// Regions and categories: reference data read by every channel and page.
import type { PrismaClient } from '../../prisma/generated/client.ts';

export function createCatalogRepository(prisma: PrismaClient) {
  return {
    listRegions: () => prisma.region.findMany({ orderBy: { code: 'asc' } }),
    findRegion: (code: string) => prisma.region.findUnique({ where: { code } }),
    listCategories: () => prisma.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    findCategory: (id: string) => prisma.category.findUnique({ where: { id } }),
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
