// Demo products with their generated pictures. A product whose code already exists is left as it is; a demo
// product without photos (an earlier run stopped half-way) gets them now.
import type { MediaStore } from '../../domain/media/media-store.ts';
import { createMediaRepository } from '../../domain/repositories/media.repository.ts';
import { buildSearchText, regionSearchFields } from '../../domain/search/search-text.ts';
import type { PrismaClient } from '../generated/client.ts';
import { demoProductId, productSlug, type DemoProducer, type DemoProduct } from './demo-data.ts';
import type { DemoCounter } from './demo-people.ts';
import { renderDemoImage } from './demo-images.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ProductContext {
  producerId: string;
  ownerUserId: string;
  producer: DemoProducer;
  region: { shortName: string; seat: string; island: string };
  categories: Map<string, { nameId: string; nameEn: string }>;
  /** spreads approval dates over the past weeks so "newest" lists have an order */
  index: number;
  now: Date;
}

async function createProduct(prisma: PrismaClient, p: DemoProduct, ctx: ProductContext): Promise<void> {
  const category = ctx.categories.get(p.categoryId);
  if (!category) throw new Error(`demo product ${p.code}: unknown category ${p.categoryId}`);
  const submittedAt = p.status === 'DRAFT' ? null : new Date(ctx.now.getTime() - (ctx.index + 4) * DAY_MS);
  const approvedAt = p.status === 'APPROVED' ? new Date(ctx.now.getTime() - (ctx.index + 1) * DAY_MS) : null;
  await prisma.product.create({
    data: {
      id: demoProductId(p.code),
      code: p.code,
      slug: productSlug(p.nameId, p.code),
      producerId: ctx.producerId,
      categoryId: p.categoryId,
      nameId: p.nameId,
      nameEn: p.nameEn,
      descriptionId: p.descriptionId,
      descriptionEn: p.descriptionEn,
      priceIdr: p.priceIdr,
      unit: p.unit,
      weightGrams: p.weightGrams,
      stock: p.stock,
      status: p.status,
      packagingState: p.packagingState,
      bpomOnlyFood: p.bpomOnlyFood,
      declaredHalal: p.declaredHalal ?? null,
      declaredPirt: p.declaredPirt ?? null,
      curatorNote: p.curatorNote ?? null,
      searchText: buildSearchText({
        nameId: p.nameId,
        nameEn: p.nameEn,
        descriptionId: p.descriptionId,
        descriptionEn: p.descriptionEn,
        category,
        producerBusinessName: ctx.producer.businessName,
        ...regionSearchFields(ctx.region),
      }),
      submittedAt,
      approvedAt,
    },
  });
}

async function addPhotos(prisma: PrismaClient, store: MediaStore, p: DemoProduct, productId: string, ctx: ProductContext): Promise<number> {
  const media = createMediaRepository(prisma);
  const caption = `${ctx.region.shortName} · ${ctx.producer.businessName}`;
  for (let position = 0; position < p.photos; position++) {
    const png = await renderDemoImage({ categoryId: p.categoryId, name: p.nameId, caption, variant: position === 0 ? 0 : 1 });
    const stored = await store.save({ data: png, mime: 'image/png', kind: 'demo' });
    const row = await media.create({ ...stored, kind: 'demo', ownerId: ctx.ownerUserId });
    await prisma.productPhoto.create({ data: { productId, mediaId: row.id, position } });
  }
  return p.photos;
}

/** Creates the producer's missing products and photos; returns the product ids by code. */
export async function seedDemoProducts(prisma: PrismaClient, store: MediaStore, ctx: ProductContext, counter: DemoCounter): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [i, p] of ctx.producer.products.entries()) {
    const itemCtx = { ...ctx, index: ctx.index + i * 3 };
    let existing = await prisma.product.findUnique({ where: { code: p.code }, select: { id: true, _count: { select: { photos: true } } } });
    if (!existing) {
      await createProduct(prisma, p, itemCtx);
      counter.products += 1;
      existing = { id: demoProductId(p.code), _count: { photos: 0 } };
    }
    ids.set(p.code, existing.id);
    // only our own products get demo pictures; a real product that happens to share the code is left alone
    if (existing.id === demoProductId(p.code) && existing._count.photos === 0) {
      counter.photos += await addPhotos(prisma, store, p, existing.id, itemCtx);
    }
  }
  return ids;
}
