// Small, fast catalogue fixtures for the buyer tests: producers and products created with Prisma in test
// setup (the searchText built with buildSearchText, as the product services do), flagships of a month and
// optional photo rows. The full demo (seedDemo, ~7 s with pictures) is used only by the search-quality test.
import type { PrismaClient, ProductStatus } from '../../../prisma/generated/client.ts';
import { witaMonth } from '../../../domain/lib/time.ts';
import { buildSearchText, regionSearchFields } from '../../../domain/search/search-text.ts';

let seq = 0;

export interface TestProducer {
  userId: string;
  producerId: string;
  regionCode: string;
}

export async function createProducer(prisma: PrismaClient, spec: { businessName: string; regionCode: string; story?: string; village?: string }): Promise<TestProducer> {
  const n = ++seq;
  const user = await prisma.user.create({ data: { displayName: `${spec.businessName} owner`, role: 'PRODUCER', onboardedAt: new Date() } });
  const producer = await prisma.producer.create({
    data: {
      userId: user.id,
      businessName: spec.businessName,
      ownerName: `Owner ${n}`,
      regionCode: spec.regionCode,
      district: 'Kecamatan',
      village: spec.village ?? 'Desa',
      story: spec.story ?? null,
    },
  });
  return { userId: user.id, producerId: producer.id, regionCode: spec.regionCode };
}

export interface ProductSpec {
  code: string;
  nameId: string;
  nameEn?: string;
  categoryId: string;
  priceIdr: number;
  stock: number;
  status?: ProductStatus;
  paused?: boolean;
  descriptionId?: string;
  descriptionEn?: string;
  unit?: string;
  photo?: boolean;
}

export interface TestProduct {
  id: string;
  code: string;
  slug: string;
}

export async function createProduct(prisma: PrismaClient, producer: TestProducer, spec: ProductSpec): Promise<TestProduct> {
  const category = await prisma.category.findUniqueOrThrow({ where: { id: spec.categoryId } });
  const region = await prisma.region.findUniqueOrThrow({ where: { code: producer.regionCode } });
  const p = await prisma.producer.findUniqueOrThrow({ where: { id: producer.producerId } });
  const descriptionId = spec.descriptionId ?? `${spec.nameId} asli dari ${region.shortName}.`;
  const product = await prisma.product.create({
    data: {
      code: spec.code,
      slug: `${spec.code.toLowerCase()}-${spec.nameId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(0, 80),
      producerId: producer.producerId,
      categoryId: spec.categoryId,
      nameId: spec.nameId,
      nameEn: spec.nameEn ?? null,
      descriptionId,
      descriptionEn: spec.descriptionEn ?? null,
      priceIdr: spec.priceIdr,
      unit: spec.unit ?? 'bungkus',
      weightGrams: 250,
      stock: spec.stock,
      status: spec.status ?? 'APPROVED',
      paused: spec.paused ?? false,
      approvedAt: (spec.status ?? 'APPROVED') === 'APPROVED' ? new Date() : null,
      searchText: buildSearchText({
        nameId: spec.nameId,
        nameEn: spec.nameEn,
        descriptionId,
        descriptionEn: spec.descriptionEn,
        category,
        producerBusinessName: p.businessName,
        ...regionSearchFields(region),
      }),
    },
  });
  if (spec.photo) {
    const media = await prisma.media.create({ data: { kind: 'product_photo', path: `products/${spec.code}.jpg`, mime: 'image/jpeg', bytes: 1234, ownerId: producer.userId } });
    await prisma.productPhoto.create({ data: { productId: product.id, mediaId: media.id, position: 0 } });
  }
  return { id: product.id, code: product.code, slug: product.slug };
}

export async function makeFlagship(prisma: PrismaClient, product: TestProduct, regionCode: string, now = new Date()): Promise<void> {
  const admin = await prisma.user.create({ data: { displayName: 'admin', role: 'ADMIN', onboardedAt: now } });
  await prisma.flagshipDesignation.create({ data: { productId: product.id, regionCode, month: witaMonth(now), designatedById: admin.id } });
}

/** A small shop: coffee from Ngada (flagship, with a photo and a verified halal permit), ikat from East Sumba. */
export async function seedSmallShop(prisma: PrismaClient) {
  const kopi = await createProducer(prisma, { businessName: 'Kopi Mangulewa', regionCode: '53.09', village: 'Mangulewa', story: 'Kami 28 keluarga petani kopi di lereng Gunung Inerie.' });
  const tenun = await createProducer(prisma, { businessName: 'Tenun Prailiu', regionCode: '53.11', village: 'Prailiu' });
  const coffee = await createProduct(prisma, kopi, {
    code: 'KBJ01',
    nameId: 'Kopi Arabika Bajawa 250 g',
    nameEn: 'Bajawa Arabica Coffee 250 g',
    categoryId: 'kopi',
    priceIdr: 85_000,
    stock: 4,
    photo: true,
  });
  const ground = await createProduct(prisma, kopi, { code: 'KBJ02', nameId: 'Kopi Bajawa Bubuk 200 g', nameEn: 'Bajawa Ground Coffee 200 g', categoryId: 'kopi', priceIdr: 65_000, stock: 10 });
  const ikat = await createProduct(prisma, tenun, { code: 'TSB01', nameId: 'Kain Tenun Ikat Sumba Timur', nameEn: 'East Sumba Ikat Cloth', categoryId: 'tenun', priceIdr: 1_500_000, stock: 3, unit: 'lembar' });
  const draft = await createProduct(prisma, tenun, { code: 'TSB02', nameId: 'Selendang Tenun Draf', categoryId: 'tenun', priceIdr: 400_000, stock: 5, status: 'DRAFT' });
  await makeFlagship(prisma, coffee, '53.09');
  await makeFlagship(prisma, ikat, '53.11');
  const admin = await prisma.user.findFirstOrThrow({ where: { role: 'ADMIN' } });
  await prisma.licensingCase.create({
    data: { productId: coffee.id, producerId: kopi.producerId, type: 'HALAL_SELF_DECLARE', status: 'ISSUED', verified: true, certificateNumber: 'ID53090012345', openedById: admin.id },
  });
  return { producers: { kopi, tenun }, products: { coffee, ground, ikat, draft } };
}
