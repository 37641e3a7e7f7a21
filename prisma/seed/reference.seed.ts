// Reference data every installation needs: the 22 regencies and cities of NTT, the product categories and
// the airports and seaports where products are displayed. Safe to run at every start or deploy.
import type { PrismaClient } from '../generated/client.ts';
import { loadCategories, loadDisplayPoints, loadRegions } from './reference-data.ts';

export interface ReferenceSeedCounts {
  regions: number;
  categories: number;
  displayPoints: number;
}

export async function seedReference(prisma: PrismaClient): Promise<ReferenceSeedCounts> {
  const regions = loadRegions();
  for (const r of regions) {
    const { code, ...rest } = r;
    await prisma.region.upsert({ where: { code }, create: r, update: rest });
  }
  const categories = loadCategories();
  for (const c of categories) {
    const { id, ...rest } = c;
    await prisma.category.upsert({ where: { id }, create: c, update: rest });
  }
  const points = loadDisplayPoints(regions);
  for (const p of points) {
    // Officials manage display points afterwards (address, contact, manager, active): an existing point is
    // left as they set it; only missing ones are created.
    await prisma.displayPoint.upsert({ where: { code: p.code }, create: p, update: {} });
  }
  return { regions: regions.length, categories: categories.length, displayPoints: points.length };
}
