// A guest's cart joining a chat user's when the browser signs in (cart.mergeGuest), and the one-time web
// sign-in codes (webSignIn), against the database: quantities of one product add into one line and stop at
// the stock, what can no longer be bought is dropped, the guest's web chat identity follows; a code is
// claimed once, used once, and dead after ten minutes.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../domain/db/database.ts';
import { createMediaStore } from '../../../domain/media/media-store.ts';
import type { Actor } from '../../../domain/services/actor.ts';
import { createServices, type Services } from '../../../domain/services/services.ts';
import { createTestDatabase } from '../../helpers/test-database.ts';
import { seedSmallShop } from '../../bot/buyer/catalog-fixtures.ts';

let db: Database;
let services: Services;
let shop: Awaited<ReturnType<typeof seedSmallShop>>;
let clock = new Date('2026-12-08T01:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase({ referenceData: true });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'shop-identity-'));
  services = createServices({ prisma: db.prisma, mediaStore: createMediaStore({ dataDir, maxBytes: 1024 * 1024 }), now: () => clock });
  shop = await seedSmallShop(db.prisma);
});
afterAll(() => db.close());

async function chatUser(channel: 'TELEGRAM' | 'WHATSAPP', externalId: string): Promise<Actor> {
  return services.repos.users.createBuyerForIdentity({ channel, externalId, chatId: externalId, displayName: externalId, language: 'id' });
}

const cartOf = async (a: Actor) => (await services.cart.view(a)).lines.map((l) => [l.code, l.quantity]).sort();

describe('cart.mergeGuest', () => {
  it('adds the guest lines into the user cart: one line per product, capped at the stock, guest emptied, web chat identity moved', async () => {
    const guest = await services.repos.users.createBuyerForIdentity({ channel: 'WEB', externalId: 'web-guest-1', chatId: 'web-guest-1', displayName: 'Tamu', language: 'id' });
    const yohana = await chatUser('TELEGRAM', '777001');
    // coffee has 4 in stock: 3 (guest) + 2 (chat) stop at 4; the cloth (3 in stock) is only the guest's
    await services.cart.add(guest, { productId: shop.products.coffee.id, quantity: 3 });
    await services.cart.add(guest, { productId: shop.products.ikat.id, quantity: 1 });
    await services.cart.add(yohana, { productId: shop.products.coffee.id, quantity: 2 });
    await services.cart.add(yohana, { productId: shop.products.ground.id, quantity: 1 });

    const result = await services.cart.mergeGuest(guest, yohana, 'web-guest-1');
    expect(result).toEqual({ moved: 2, capped: 1, dropped: 0 });
    expect(await cartOf(yohana)).toEqual([
      ['KBJ01', 4],
      ['KBJ02', 1],
      ['TSB01', 1],
    ]);
    expect(await db.prisma.cartItem.count({ where: { cart: { userId: yohana.userId }, productId: shop.products.coffee.id } })).toBe(1);
    expect(await cartOf(guest)).toEqual([]);
    // the browser's web chat now speaks as Yohana too: one cart on the page and in the web chat
    expect((await services.webBuyers.find('web-guest-1'))?.userId).toBe(yohana.userId);
    // merging again (a second sign-in of the same browser) changes nothing
    expect(await services.cart.mergeGuest(yohana, yohana, 'web-guest-1')).toEqual({ moved: 0, capped: 0, dropped: 0 });
  });

  it('drops what can no longer be bought and the user own products', async () => {
    const guest = await services.repos.users.createBuyerForIdentity({ channel: 'WEB', externalId: 'web-guest-2', chatId: 'web-guest-2', displayName: 'Tamu', language: 'id' });
    await services.cart.add(guest, { productId: shop.products.ground.id, quantity: 2 });
    await services.cart.add(guest, { productId: shop.products.ikat.id, quantity: 1 });
    await db.prisma.product.update({ where: { id: shop.products.ikat.id }, data: { paused: true } });
    // the coffee's producer signs in: their own coffee cannot join their cart
    const producerUser = await db.prisma.producer.findFirstOrThrow({ where: { products: { some: { id: shop.products.ground.id } } } });
    const producer = (await services.repos.users.loadActor(producerUser.userId))!;
    try {
      expect(await services.cart.mergeGuest(guest, producer, 'web-guest-2')).toEqual({ moved: 0, capped: 0, dropped: 2 });
      expect(await cartOf(producer)).toEqual([]);
      expect(await cartOf(guest)).toEqual([]);
    } finally {
      await db.prisma.product.update({ where: { id: shop.products.ikat.id }, data: { paused: false } });
    }
  });
});

describe('webSignIn', () => {
  it('a code is claimed once, signs its own browser in once, and only its own browser', async () => {
    const wa = await chatUser('WHATSAPP', '6281299990001');
    const mallory = await chatUser('WHATSAPP', '6281299990002');
    const { code, browserSecret } = await services.webSignIn.start();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    // only hashes are stored
    const row = await db.prisma.webSignIn.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(JSON.stringify(row)).not.toContain(code);
    expect(JSON.stringify(row)).not.toContain(browserSecret);

    expect(await services.webSignIn.complete(browserSecret)).toEqual({ state: 'waiting' });
    expect(await services.webSignIn.claimable(code.toLowerCase())).toBe(true);
    expect(await services.webSignIn.claim(wa, code)).toBe(true);
    expect(await services.webSignIn.claim(mallory, code)).toBe(false);
    // another browser's secret gets nothing
    expect(await services.webSignIn.complete('x'.repeat(43))).toEqual({ state: 'none' });
    const done = await services.webSignIn.complete(browserSecret);
    expect(done.state === 'signedIn' && [done.buyer.userId, done.name]).toEqual([wa.userId, '6281299990001']);
    expect(await services.webSignIn.complete(browserSecret)).toEqual({ state: 'none' });
  });

  it('a code dies after ten minutes', async () => {
    const wa = await chatUser('WHATSAPP', '6281299990003');
    const { code, browserSecret } = await services.webSignIn.start();
    clock = new Date(clock.getTime() + 10 * 60_000 + 1);
    expect(await services.webSignIn.claimable(code)).toBe(false);
    expect(await services.webSignIn.claim(wa, code)).toBe(false);
    expect(await services.webSignIn.complete(browserSecret)).toEqual({ state: 'expired' });
  });
});
