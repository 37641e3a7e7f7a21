// The demo: twelve NTT producers with products and pictures, a curator for Ngada and Manggarai, an admin, a
// buyer, this month's flagships and a few licensing cases. Idempotent: stable ids and unique keys, and
// whatever already exists is left as it is, so it can be run again (a new month only adds its flagships).
import type { MediaStore } from '../../domain/media/media-store.ts';
import { witaMonth } from '../../domain/lib/time.ts';
import type { PrismaClient } from '../generated/client.ts';
import { demoUserId, loadDemoData, type DemoData } from './demo-data.ts';
import { seedDemoProducer, seedDemoStaff, type DemoCounter } from './demo-people.ts';
import { seedDemoProducts } from './demo-products.ts';
import { seedReference } from './reference.seed.ts';

export type DemoSeedCounts = DemoCounter;

export interface SeedDemoOptions {
  /** the clock, for tests; flagships are designated for the WITA month of this instant */
  now?: Date;
}

function adminIdOf(data: DemoData): string {
  const admin = data.staff.find((s) => s.role === 'ADMIN');
  if (!admin) throw new Error('demo data has no admin');
  return admin.id;
}

async function seedFlagships(prisma: PrismaClient, data: DemoData, productIds: Map<string, string>, month: string, counter: DemoCounter): Promise<void> {
  const designatedById = adminIdOf(data);
  for (const producer of data.producers) {
    for (const p of producer.products.filter((x) => x.flagship && x.status === 'APPROVED')) {
      const productId = productIds.get(p.code);
      if (!productId) continue;
      const where = { productId_month: { productId, month } };
      if (await prisma.flagshipDesignation.findUnique({ where, select: { id: true } })) continue;
      await prisma.flagshipDesignation.create({ data: { productId, month, regionCode: producer.regionCode, designatedById } });
      counter.flagships += 1;
    }
  }
}

async function seedLicensing(prisma: PrismaClient, data: DemoData, counter: DemoCounter): Promise<void> {
  const openedById = adminIdOf(data);
  for (const c of data.licensing) {
    if (await prisma.licensingCase.findUnique({ where: { id: c.id }, select: { id: true } })) continue;
    const product = await prisma.product.findUnique({ where: { code: c.productCode }, select: { id: true, producerId: true } });
    if (!product) throw new Error(`demo licensing case ${c.id}: no product ${c.productCode}`);
    await prisma.licensingCase.create({
      data: {
        id: c.id,
        productId: product.id,
        producerId: product.producerId,
        type: c.type,
        status: c.status,
        stepIndex: c.stepIndex,
        certificateNumber: c.certificateNumber,
        issuedAt: c.issuedAt,
        expiresAt: c.expiresAt,
        verified: c.verified,
        openedById,
      },
    });
    counter.licensingCases += 1;
  }
}

/** Seeds the demo (and the reference data it needs). Returns how many rows of each kind this run created. */
export async function seedDemo(prisma: PrismaClient, mediaStore: MediaStore, options: SeedDemoOptions = {}): Promise<DemoSeedCounts> {
  const now = options.now ?? new Date();
  const data = loadDemoData();
  await seedReference(prisma); // regions and categories must exist; a no-op when they do
  const counter: DemoCounter = { users: 0, producers: 0, products: 0, photos: 0, flagships: 0, licensingCases: 0 };

  const regions = new Map((await prisma.region.findMany({ select: { code: true, shortName: true, seat: true, island: true } })).map((r) => [r.code, r]));
  const categories = new Map((await prisma.category.findMany()).map((c) => [c.id, { nameId: c.nameId, nameEn: c.nameEn }]));

  await seedDemoStaff(prisma, data.staff, now, counter);
  const productIds = new Map<string, string>();
  for (const [index, producer] of data.producers.entries()) {
    const region = regions.get(producer.regionCode);
    if (!region) throw new Error(`demo producer ${producer.key}: unknown region ${producer.regionCode}`);
    const producerId = await seedDemoProducer(prisma, producer, now, counter);
    const ownerUserId = demoUserId(producer.key);
    const ids = await seedDemoProducts(prisma, mediaStore, { producerId, ownerUserId, producer, region, categories, index, now }, counter);
    for (const [code, id] of ids) productIds.set(code, id);
  }
  await seedFlagships(prisma, data, productIds, witaMonth(now), counter);
  await seedLicensing(prisma, data, counter);
  return counter;
}
