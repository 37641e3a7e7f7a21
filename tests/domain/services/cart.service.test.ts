// The cart service against the database (PGlite here, PostgreSQL in CI): merging, bounds, what may be
// bought, whose lines are whose, warnings when a product changes, and that the cart lives in the database.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { DomainError } from '../../../domain/lib/errors.ts';
import { createMediaStore } from '../../../domain/media/media-store.ts';
import type { Actor } from '../../../domain/services/actor.ts';
import { createServices, type Services } from '../../../domain/services/services.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';
import { createProduct, seedSmallShop } from '../../bot/buyer/catalog-fixtures.ts';

let db: Database;
let services: Services;
let shop: Awaited<ReturnType<typeof seedSmallShop>>;
let dataDir: string;

async function newServices(): Promise<Services> {
  return createServices({ prisma: db.prisma, mediaStore: createMediaStore({ dataDir, maxBytes: 1024 * 1024 }) });
}

async function buyer(role: Actor['role'] = 'BUYER'): Promise<Actor> {
  const user = await db.prisma.user.create({ data: { displayName: 'buyer', role, onboardedAt: new Date() } });
  return { kind: 'user', userId: user.id, role, language: 'id', regionCodes: [], onboarded: true };
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

beforeAll(async () => {
  db = await createTestDatabase({ referenceData: true }); // the reference data as seedReference writes them
  dataDir = await mkdtemp(path.join(tmpdir(), 'cart-svc-'));
  services = await newServices();
  shop = await seedSmallShop(db.prisma);
});
afterAll(() => db.close());

describe('cart.add', () => {
  it('merges a second add of the same product into one line', async () => {
    const me = await buyer();
    const first = await services.cart.add(me, { productId: shop.products.ground.id, quantity: 2 });
    const second = await services.cart.add(me, { productId: shop.products.ground.id, quantity: 3 });
    expect(second).toMatchObject({ lineId: first.lineId, quantity: 5 });
    const view = await services.cart.view(me);
    // the add returns the cart as it left it (its own statement), the same as reading it afterwards
    expect(first.cart.lines.map((l) => l.quantity)).toEqual([2]);
    expect(second.cart).toEqual(view);
    expect(view.lines).toHaveLength(1);
    expect(view.lines[0]).toMatchObject({ productId: shop.products.ground.id, quantity: 5, lineTotalIdr: 325_000, orderable: true, warning: null });
  });

  it('returns the whole cart after an add, other lines included, in the order they were added', async () => {
    const me = await buyer();
    await services.cart.add(me, { productId: shop.products.ground.id, quantity: 1 });
    const added = await services.cart.add(me, { productId: shop.products.coffee.id, quantity: 2 });
    const view = await services.cart.view(me);
    expect(added.cart).toEqual(view);
    expect(added.cart.lines.map((l) => [l.productId, l.quantity])).toEqual([
      [shop.products.ground.id, 1],
      [shop.products.coffee.id, 2],
    ]);
  });

  it('refuses quantities outside 1..stock, also counting what is already in the cart', async () => {
    const me = await buyer();
    for (const quantity of [0, -1, 1.5, Number.NaN]) {
      const error = await rejection(services.cart.add(me, { productId: shop.products.coffee.id, quantity }));
      expect(error.code).toBe('validation');
      expect(error.messageKey).toBe('buyer:errors.badQuantity');
    }
    const above = await rejection(services.cart.add(me, { productId: shop.products.coffee.id, quantity: 5 }));
    expect(above).toMatchObject({ code: 'unprocessable', messageKey: 'buyer:errors.aboveStock', params: { stock: 4 } });
    await services.cart.add(me, { productId: shop.products.coffee.id, quantity: 3 });
    const merged = await rejection(services.cart.add(me, { productId: shop.products.coffee.id, quantity: 2 }));
    expect(merged).toMatchObject({ messageKey: 'buyer:errors.aboveStockWithCart', params: { stock: 4, inCart: 3, canAdd: 1 } });
    expect((await services.cart.view(me)).lines[0]!.quantity).toBe(3);
  });

  it('lets simultaneous taps add only up to the stock, into one line', async () => {
    const me = await buyer();
    // stock 4: six taps of 1 at once; four fit, two are refused, never a second line or a fifth unit
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => services.cart.add(me, { productId: shop.products.coffee.id, quantity: 1 })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(4);
    const view = await services.cart.view(me);
    expect(view.lines).toHaveLength(1);
    expect(view.lines[0]!.quantity).toBe(4);
  });

  it('refuses unpublished, paused, sold-out, unknown and own products', async () => {
    const me = await buyer();
    expect((await rejection(services.cart.add(me, { productId: shop.products.draft.id, quantity: 1 }))).messageKey).toBe('buyer:errors.productUnavailable');
    expect((await rejection(services.cart.add(me, { productId: 'no-such-product', quantity: 1 }))).code).toBe('not_found');
    const paused = await createProduct(db.prisma, shop.producers.kopi, { code: 'PAU01', nameId: 'Kopi Dijeda', categoryId: 'kopi', priceIdr: 10_000, stock: 5, paused: true });
    expect((await rejection(services.cart.add(me, { productId: paused.id, quantity: 1 }))).messageKey).toBe('buyer:errors.productUnavailable');
    const soldOut = await createProduct(db.prisma, shop.producers.kopi, { code: 'SLD01', nameId: 'Kopi Habis', categoryId: 'kopi', priceIdr: 10_000, stock: 0 });
    expect((await rejection(services.cart.add(me, { productId: soldOut.id, quantity: 1 }))).messageKey).toBe('buyer:errors.soldOut');
    const producer: Actor = { kind: 'user', userId: shop.producers.kopi.userId, role: 'PRODUCER', language: 'id', regionCodes: [], producerId: shop.producers.kopi.producerId, onboarded: true };
    expect((await rejection(services.cart.add(producer, { productId: shop.products.ground.id, quantity: 1 }))).code).toBe('forbidden');
    expect(await db.prisma.cartItem.count({ where: { cart: { userId: me.userId } } })).toBe(0);
  });

  it('lets producers and officials shop (another producer’s product)', async () => {
    const producer: Actor = { kind: 'user', userId: shop.producers.tenun.userId, role: 'PRODUCER', language: 'id', regionCodes: [], producerId: shop.producers.tenun.producerId, onboarded: true };
    await services.cart.add(producer, { productId: shop.products.ground.id, quantity: 1 });
    const curator = await buyer('CURATOR');
    await services.cart.add(curator, { productId: shop.products.ground.id, quantity: 1 });
    expect((await services.cart.view(producer)).itemCount).toBe(1);
    expect((await services.cart.view(curator)).itemCount).toBe(1);
  });
});

describe('cart lines belong to their user', () => {
  it("someone else's line id is not found, and their cart is untouched", async () => {
    const ana = await buyer();
    const budi = await buyer();
    const { lineId } = await services.cart.add(ana, { productId: shop.products.ground.id, quantity: 2 });
    const attempts = [() => services.cart.setQuantity(budi, { lineId, quantity: 1 }), () => services.cart.remove(budi, lineId), () => services.cart.line(budi, lineId)];
    for (const attempt of attempts) {
      expect(await rejection(attempt())).toMatchObject({ code: 'not_found', messageKey: 'buyer:errors.lineNotFound' });
    }
    expect(await services.cart.clear(budi)).toBe(0);
    expect((await services.cart.view(ana)).lines[0]).toMatchObject({ id: lineId, quantity: 2 });
  });

  it('setQuantity stays within the stock; remove and clear empty the cart', async () => {
    const me = await buyer();
    const { lineId } = await services.cart.add(me, { productId: shop.products.coffee.id, quantity: 1 });
    expect((await rejection(services.cart.setQuantity(me, { lineId, quantity: 5 }))).messageKey).toBe('buyer:errors.aboveStock');
    expect((await rejection(services.cart.setQuantity(me, { lineId, quantity: 0 }))).code).toBe('validation');
    expect(await services.cart.setQuantity(me, { lineId, quantity: 4 })).toEqual({ lineId, quantity: 4 });
    await services.cart.remove(me, lineId);
    expect((await services.cart.view(me)).lines).toHaveLength(0);
    await services.cart.add(me, { productId: shop.products.coffee.id, quantity: 1 });
    await services.cart.add(me, { productId: shop.products.ikat.id, quantity: 1 });
    expect(await services.cart.clear(me)).toBe(2);
    expect((await services.cart.view(me)).canCheckout).toBe(false);
  });
});

describe('cart.view', () => {
  it('groups lines per producer with subtotals, and warns about lines that changed since', async () => {
    const me = await buyer();
    const extra = await createProduct(db.prisma, shop.producers.kopi, { code: 'VIE01', nameId: 'Kopi Lihat', categoryId: 'kopi', priceIdr: 20_000, stock: 6 });
    const gone = await createProduct(db.prisma, shop.producers.tenun, { code: 'VIE02', nameId: 'Tenun Lihat', categoryId: 'tenun', priceIdr: 300_000, stock: 2 });
    await services.cart.add(me, { productId: shop.products.ground.id, quantity: 2 });
    await services.cart.add(me, { productId: extra.id, quantity: 5 });
    await services.cart.add(me, { productId: shop.products.ikat.id, quantity: 1 });
    await services.cart.add(me, { productId: gone.id, quantity: 1 });
    // after adding: one product is paused, another's stock drops below the quantity
    await db.prisma.product.update({ where: { id: gone.id }, data: { paused: true } });
    await db.prisma.product.update({ where: { id: extra.id }, data: { stock: 3 } });

    const view = await services.cart.view(me);
    expect(view.groups.map((g) => g.producer.businessName)).toEqual(['Kopi Mangulewa', 'Tenun Prailiu']);
    expect(view.groups[0]).toMatchObject({ subtotalIdr: 130_000, producer: { regionShortName: 'Ngada', island: 'Flores' } });
    expect(view.groups[1]!.subtotalIdr).toBe(1_500_000);
    expect(view.totalIdr).toBe(1_630_000);
    expect(view.itemCount).toBe(3);
    expect(view.warnings.map((w) => [w.code, w.kind, w.stock])).toEqual([
      ['VIE01', 'aboveStock', 3],
      ['VIE02', 'unavailable', 2],
    ]);
    expect(view.canCheckout).toBe(true);
    // the buyer fixes the quantity: the warning goes away and the line counts again
    await services.cart.setQuantity(me, { lineId: view.warnings[0]!.lineId, quantity: 3 });
    const fixed = await services.cart.view(me);
    expect(fixed.warnings.map((w) => w.code)).toEqual(['VIE02']);
    expect(fixed.groups[0]!.subtotalIdr).toBe(190_000);
  });

  it('is kept in the database: a fresh set of services (a restart) sees the same cart', async () => {
    const me = await buyer();
    await services.cart.add(me, { productId: shop.products.ikat.id, quantity: 2 });
    const restarted = await newServices();
    const view = await restarted.cart.view(me);
    expect(view.lines.map((l) => [l.code, l.quantity])).toEqual([['TSB01', 2]]);
    const rows = await db.prisma.cartItem.findMany({ where: { cart: { userId: me.userId } } });
    expect(rows.map((r) => r.quantity)).toEqual([2]);
  });
});

describe('displayScans.recordScan', () => {
  it('records a scan at a known point and ignores unknown points', async () => {
    const me = await buyer();
    const scan = await services.displayScans.recordScan(me, { pointCode: 'koe', productId: shop.products.coffee.id, channel: 'TELEGRAM' });
    expect(scan?.pointCode).toBe('KOE');
    const row = await db.prisma.displayScan.findUniqueOrThrow({ where: { id: scan!.scanId }, include: { point: true } });
    expect(row).toMatchObject({ productId: shop.products.coffee.id, channel: 'TELEGRAM', point: { code: 'KOE' } });
    expect(await services.displayScans.recordScan(me, { pointCode: 'NOPE-X', productId: null, channel: 'WHATSAPP' })).toBeNull();
    expect(await services.displayScans.recordScan(me, { pointCode: 'bad code!', channel: 'WHATSAPP' })).toBeNull();
    expect(await db.prisma.displayScan.count()).toBe(1);
  });
});
