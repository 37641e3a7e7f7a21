// Small, fast catalogue fixtures for the storefront tests: producers, products (with a real stored photo),
// flagship designations and verified permits, written with Prisma in test setup.
import sharp from 'sharp';
import { witaMonth } from '../../domain/lib/time.ts';
import { buildSearchText } from '../../domain/search/search-text.ts';
import type { WebHarness } from './web-harness.ts';

let seq = 0;

export async function tinyPng(color = '#b45309'): Promise<Buffer> {
  return sharp({ create: { width: 48, height: 48, channels: 3, background: color } }).png().toBuffer();
}

export async function addProducer(h: WebHarness, input: { businessName: string; regionCode: string; story?: string | null; village?: string }) {
  const n = ++seq;
  const user = await h.db.prisma.user.create({ data: { displayName: `owner ${n}`, role: 'PRODUCER', onboardedAt: new Date() } });
  return h.db.prisma.producer.create({
    data: {
      userId: user.id,
      businessName: input.businessName,
      ownerName: `Owner ${n}`,
      phone: `62812000${String(n).padStart(5, '0')}`,
      bankAccount: `SECRET-ACCOUNT-${n}`,
      regionCode: input.regionCode,
      district: 'Golewa',
      village: input.village ?? 'Mangulewa',
      story: input.story ?? null,
    },
  });
}

export interface ProductFixture {
  producerId: string;
  code: string;
  nameId: string;
  nameEn?: string | null;
  categoryId?: string;
  priceIdr?: number;
  status?: 'APPROVED' | 'DRAFT' | 'SUBMITTED';
  flagship?: boolean;
  halal?: string;
  photo?: boolean;
  descriptionId?: string;
}

export async function addProduct(h: WebHarness, f: ProductFixture) {
  const prisma = h.db.prisma;
  const producer = await prisma.producer.findUniqueOrThrow({ where: { id: f.producerId }, include: { region: true } });
  const category = await prisma.category.findUniqueOrThrow({ where: { id: f.categoryId ?? 'kopi' } });
  const descriptionId = f.descriptionId ?? `Deskripsi ${f.nameId}`;
  const product = await prisma.product.create({
    data: {
      code: f.code,
      slug: `${f.code.toLowerCase()}-produk`,
      producerId: f.producerId,
      categoryId: category.id,
      nameId: f.nameId,
      nameEn: f.nameEn ?? null,
      descriptionId,
      descriptionEn: f.nameEn ? `Description of ${f.nameEn}` : null,
      priceIdr: f.priceIdr ?? 85_000,
      unit: 'bungkus',
      weightGrams: 250,
      stock: 10,
      status: f.status ?? 'APPROVED',
      approvedAt: new Date(),
      searchText: buildSearchText({ nameId: f.nameId, nameEn: f.nameEn, descriptionId, category, producerBusinessName: producer.businessName, regionShortName: producer.region.shortName }),
    },
  });
  if (f.photo) {
    const stored = await h.mediaStore.save({ data: await tinyPng(), kind: 'product_photo' });
    const media = await h.services.repos.media.create({ ...stored, kind: 'product_photo', ownerId: producer.userId });
    await prisma.productPhoto.create({ data: { productId: product.id, mediaId: media.id, position: 0 } });
  }
  const admin = await prisma.user.upsert({ where: { id: 'fixture-admin' }, update: {}, create: { id: 'fixture-admin', displayName: 'admin', role: 'ADMIN', onboardedAt: new Date() } });
  if (f.flagship) {
    await prisma.flagshipDesignation.create({ data: { productId: product.id, month: witaMonth(), regionCode: producer.regionCode, designatedById: admin.id } });
  }
  if (f.halal) {
    await prisma.licensingCase.create({
      data: { productId: product.id, producerId: producer.id, type: 'HALAL_SELF_DECLARE', status: 'ISSUED', verified: true, certificateNumber: f.halal, openedById: admin.id, expiresAt: new Date('2030-01-31T00:00:00Z') },
    });
  }
  return product;
}

export const XSS = `<script>alert(1)</script>"'`;

/** The storefront tests' catalogue: a Ngada coffee producer (flagship with a photo and a halal permit, a
 * product named with script tags, a draft), and a Sumba producer with nothing published. */
export async function seedStorefrontFixtures(h: WebHarness): Promise<{ producerId: string; hiddenProducerId: string }> {
  const producer = await addProducer(h, { businessName: 'Kopi Mangulewa', regionCode: '53.09', story: 'Kami petani <b>kopi</b> & "lamtoro"' });
  await addProduct(h, { producerId: producer.id, code: 'KBJ01', nameId: 'Kopi Arabika Bajawa', nameEn: 'Bajawa Arabica Coffee', flagship: true, halal: 'ID-HALAL-123', photo: true });
  await addProduct(h, { producerId: producer.id, code: 'XSS01', nameId: XSS, descriptionId: '<img src=x onerror=alert(2)>', categoryId: 'tenun', priceIdr: 150_000 });
  await addProduct(h, { producerId: producer.id, code: 'DRF01', nameId: 'Kopi Rahasia Draft', status: 'DRAFT', photo: true });
  const hidden = await addProducer(h, { businessName: 'Tenun Belum Terbit', regionCode: '53.11' });
  await addProduct(h, { producerId: hidden.id, code: 'DRF02', nameId: 'Tenun Draft', status: 'SUBMITTED' });
  return { producerId: producer.id, hiddenProducerId: hidden.id };
}
