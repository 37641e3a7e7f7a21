// Checkout against the database (PGlite here, PostgreSQL in CI): one order per producer with price snapshots
// and stock reserved, idempotent confirmation, sold out between summary and confirmation, and 50 buyers
// racing for the last 5 units.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDER_NUMBER_PATTERN } from '../../../domain/services/order-number.ts';
import { courierInput, makeBuyer, makeProducer, makeProduct, pickupInput, putInCart } from './order-fixtures.ts';
import { createOrderTestEnv, rejection, type OrderTestEnv } from './order-test-env.ts';

let env: OrderTestEnv;
beforeAll(async () => {
  env = await createOrderTestEnv();
});
afterAll(() => env.close());

describe('checkout', () => {
  it('splits a cart of two producers into two orders with price snapshots, reserved stock, history and producer alerts', async () => {
    const { services, db } = env;
    const p1 = await makeProducer(services, db.prisma, { businessName: 'Kopi Inerie' });
    const p2 = await makeProducer(services, db.prisma, { businessName: 'Tenun Ikat Sumba' });
    const coffee = await makeProduct(db.prisma, p1, { name: 'Kopi Bajawa', priceIdr: 75_000, stock: 10 });
    const beans = await makeProduct(db.prisma, p1, { name: 'Kopi Robusta', priceIdr: 50_000, stock: 4 });
    const cloth = await makeProduct(db.prisma, p2, { name: 'Selendang Ikat', priceIdr: 350_000, stock: 2 });
    const buyer = await makeBuyer(services, db.prisma);
    await putInCart(db.prisma, buyer, coffee.id, 2);
    await putInCart(db.prisma, buyer, beans.id, 1);
    await putInCart(db.prisma, buyer, cloth.id, 1);

    const preview = await services.checkout.preview(buyer);
    expect(preview.groups).toHaveLength(2);
    expect(preview.totalIdr).toBe(2 * 75_000 + 50_000 + 350_000);
    const { created, orders } = await services.checkout.confirm(buyer, { ...courierInput(preview.checkoutKey), attributedPointCode: 'KOE' });
    expect(created).toBe(true);
    expect(orders).toHaveLength(2);
    const o1 = orders.find((o) => o.producer.id === p1.producerId)!;
    const o2 = orders.find((o) => o.producer.id === p2.producerId)!;
    expect(o1.subtotalIdr).toBe(200_000);
    expect(o2.subtotalIdr).toBe(350_000);
    expect(o1.status).toBe('AWAITING_CONFIRMATION');
    expect(o1.number).toMatch(ORDER_NUMBER_PATTERN);
    expect(o1.number.slice(4, 10)).toBe('261129');
    expect(o1.recipient.phone).toBe('6281234567890');
    expect(o1.attributedPointCode).toBe('KOE');

    // the price changes after checkout: the order keeps what the buyer agreed to
    await db.prisma.product.update({ where: { id: coffee.id }, data: { priceIdr: 99_000 } });
    const items = await db.prisma.orderItem.findMany({ where: { orderId: o1.id }, orderBy: { priceIdr: 'desc' } });
    expect(items.map((i) => [i.name, i.priceIdr, i.quantity])).toEqual([
      ['Kopi Bajawa', 75_000, 2],
      ['Kopi Robusta', 50_000, 1],
    ]);
    const stocks = await db.prisma.product.findMany({ where: { id: { in: [coffee.id, beans.id, cloth.id] } } });
    expect(Object.fromEntries(stocks.map((s) => [s.id, s.stock]))).toEqual({ [coffee.id]: 8, [beans.id]: 3, [cloth.id]: 1 });
    expect(await db.prisma.cartItem.count({ where: { cart: { userId: buyer.userId } } })).toBe(0);
    expect(await db.prisma.orderStatusChange.count({ where: { orderId: o1.id, from: null, to: 'AWAITING_CONFIRMATION' } })).toBe(1);

    const alert = await db.prisma.notification.findFirstOrThrow({ where: { recipientId: p1.userId, template: 'orders:notify.newOrder' } });
    expect(alert.params).toMatchObject({ number: o1.number, city: 'Kota Kupang', delivery: 't:orders:delivery.COURIER' });
    expect(JSON.stringify(alert.params)).not.toContain('El Tari'); // the address stays out of notifications
    expect(JSON.stringify(alert.params)).not.toContain('628123');
    expect((alert.choices as { value: string }[]).map((c) => c.value)).toEqual([`!order.accept:${o1.id}`, `!order.decline:${o1.id}`, `!order.open:${o1.id}`]);
    expect(await db.prisma.notification.count({ where: { recipientId: p2.userId, template: 'orders:notify.newOrder' } })).toBe(1);
  });

  it('a second confirmation with the same checkout key creates nothing, also when both arrive at once', async () => {
    const { services, db } = env;
    const producer = await makeProducer(services, db.prisma);
    const product = await makeProduct(db.prisma, producer, { stock: 6 });
    const buyer = await makeBuyer(services, db.prisma);
    await putInCart(db.prisma, buyer, product.id, 2);
    const key = (await services.checkout.preview(buyer)).checkoutKey;
    const [a, b] = await Promise.all([services.checkout.confirm(buyer, pickupInput(key)), services.checkout.confirm(buyer, pickupInput(key))]);
    expect(a.orders.map((o) => o.id)).toEqual(b.orders.map((o) => o.id));
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    const again = await services.checkout.confirm(buyer, pickupInput(key));
    expect(again.created).toBe(false);
    expect(again.orders[0]!.id).toBe(a.orders[0]!.id);
    expect(await db.prisma.order.count({ where: { buyerId: buyer.userId } })).toBe(1);
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(4);
  });

  it('a repeated confirmation after the buyer filled the cart again answers with the first orders and leaves the new line', async () => {
    const { services, db } = env;
    const producer = await makeProducer(services, db.prisma);
    const first = await makeProduct(db.prisma, producer, { stock: 6 });
    const second = await makeProduct(db.prisma, producer, { stock: 6 });
    const buyer = await makeBuyer(services, db.prisma);
    await putInCart(db.prisma, buyer, first.id, 1);
    const key = (await services.checkout.preview(buyer)).checkoutKey;
    const placed = await services.checkout.confirm(buyer, pickupInput(key));
    await putInCart(db.prisma, buyer, second.id, 3);
    const again = await services.checkout.confirm(buyer, pickupInput(key));
    expect(again.created).toBe(false);
    expect(again.orders.map((o) => o.id)).toEqual(placed.orders.map((o) => o.id));
    expect(await db.prisma.order.count({ where: { buyerId: buyer.userId } })).toBe(1);
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: second.id } })).stock).toBe(6);
    expect((await services.checkout.preview(buyer)).groups.flatMap((g) => g.lines.map((l) => [l.productId, l.quantity]))).toEqual([[second.id, 3]]);
  });

  it('an order number already taken is drawn again, and the orders are placed once', async () => {
    const { services, db } = env;
    const producer = await makeProducer(services, db.prisma);
    const product = await makeProduct(db.prisma, producer, { stock: 5 });
    const first = await makeBuyer(services, db.prisma);
    await putInCart(db.prisma, first, product.id, 1);
    const taken = (await services.checkout.confirm(first, pickupInput((await services.checkout.preview(first)).checkoutKey))).orders[0]!.number;

    const buyer = await makeBuyer(services, db.prisma);
    await putInCart(db.prisma, buyer, product.id, 2);
    const numbers = [taken, 'ETL-261129-ZZ99'];
    const drawn: string[] = [];
    const shared = { buyerId: buyer.userId, checkoutKey: 'clash-key', deliveryMethod: 'PICKUP_PRODUCER', paymentMethod: 'CASH_ON_PICKUP', pickupPointId: null, attributedPointId: null, recipientName: 'Maria', recipientPhone: '6281234567890', addressLine: null, city: null, province: null, postalCode: null, country: 'ID', createdAt: new Date() } as const;
    const result = await services.repos.orders.placeOrders(shared, [{ producerId: producer.producerId!, lines: [{ productId: product.id, quantity: 2 }] }], () => {
      const n = numbers.shift()!;
      drawn.push(n);
      return n;
    }, () => []);
    expect(drawn).toEqual([taken, 'ETL-261129-ZZ99']);
    expect(result).toMatchObject({ ok: true, created: true });
    const placed = await db.prisma.order.findMany({ where: { buyerId: buyer.userId }, include: { items: true } });
    expect(placed.map((o) => [o.number, o.subtotalIdr, o.items.length])).toEqual([['ETL-261129-ZZ99', placed[0]!.items[0]!.priceIdr * 2, 1]]);
    // the failed attempt reserved nothing: 5 - 1 - 2
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(2);
  });

  it('a product sold out between the summary and the confirmation: clear error, nothing reserved, cart adjusted', async () => {
    const { services, db } = env;
    const producer = await makeProducer(services, db.prisma);
    const scarce = await makeProduct(db.prisma, producer, { name: 'Madu Hutan Timor', stock: 3 });
    const plenty = await makeProduct(db.prisma, producer, { name: 'Gula Lontar', stock: 50 });
    const buyer = await makeBuyer(services, db.prisma);
    await putInCart(db.prisma, buyer, scarce.id, 3);
    await putInCart(db.prisma, buyer, plenty.id, 5);
    const key = (await services.checkout.preview(buyer)).checkoutKey;
    // someone else buys two of the three jars meanwhile
    await db.prisma.product.update({ where: { id: scarce.id }, data: { stock: 1 } });
    const error = await rejection(services.checkout.confirm(buyer, pickupInput(key)));
    expect(error.code).toBe('conflict');
    expect(error.messageKey).toBe('orders:errors.soldOut');
    expect(error.params.names).toContain('Madu Hutan Timor');
    expect(await db.prisma.order.count({ where: { buyerId: buyer.userId } })).toBe(0);
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: plenty.id } })).stock).toBe(50);
    const lines = await db.prisma.cartItem.findMany({ where: { cart: { userId: buyer.userId } } });
    expect(Object.fromEntries(lines.map((l) => [l.productId, l.quantity]))).toEqual({ [scarce.id]: 1, [plenty.id]: 5 });
    // with the adjusted cart the same key goes through
    const { orders } = await services.checkout.confirm(buyer, pickupInput(key));
    expect(orders[0]!.items.map((i) => i.quantity).sort()).toEqual([1, 5]);
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: scarce.id } })).stock).toBe(0);
  });

  it('50 buyers racing for the last 5 units: exactly 5 reserved, stock 0, never negative', async () => {
    const { services, db } = env;
    const producer = await makeProducer(services, db.prisma);
    const product = await makeProduct(db.prisma, producer, { stock: 5 });
    const buyers = await Promise.all(Array.from({ length: 50 }, () => makeBuyer(services, db.prisma)));
    for (const b of buyers) await putInCart(db.prisma, b, product.id, 1);
    const results = await Promise.allSettled(buyers.map((b) => services.checkout.confirm(b, pickupInput(`race-${b.userId}`))));
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(5);
    expect(lost.every((r) => r.reason?.messageKey === 'orders:errors.soldOut')).toBe(true);
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(0);
    const reserved = await db.prisma.orderItem.aggregate({ where: { productId: product.id }, _sum: { quantity: true } });
    expect(reserved._sum.quantity).toBe(5);
  });

  it('refuses incomplete or impossible choices with a message for the chat', async () => {
    const { services, db } = env;
    const producer = await makeProducer(services, db.prisma, { allowsCashOnPickup: false });
    const product = await makeProduct(db.prisma, producer);
    const buyer = await makeBuyer(services, db.prisma);
    await putInCart(db.prisma, buyer, product.id, 1);
    const key = (await services.checkout.preview(buyer)).checkoutKey;
    expect((await rejection(services.checkout.confirm(buyer, { ...courierInput(key), addressLine: undefined }))).messageKey).toBe('orders:errors.addressRequired');
    expect((await rejection(services.checkout.confirm(buyer, { ...courierInput(key), postalCode: '851' }))).messageKey).toBe('orders:errors.badPostalCode');
    expect((await rejection(services.checkout.confirm(buyer, { ...courierInput(key), recipientPhone: 'abc-def' }))).messageKey).toBe('orders:errors.badPhone');
    expect((await rejection(services.checkout.confirm(buyer, pickupInput(key, 'CASH_ON_PICKUP')))).messageKey).toBe('orders:errors.paymentNotOffered');
    expect((await rejection(services.checkout.confirm(buyer, { ...pickupInput(key), deliveryMethod: 'PICKUP_DISPLAY_POINT', pickupPointCode: 'NOPE' }))).messageKey).toBe('orders:errors.unknownPoint');
    // abroad: no province or postal code needed
    const abroad = await services.checkout.confirm(buyer, { ...courierInput(key), country: 'Australia', province: undefined, postalCode: undefined, city: 'Darwin' });
    expect(abroad.orders[0]!.city).toBe('Darwin, Australia');
    const empty = await makeBuyer(services, db.prisma);
    expect((await rejection(services.checkout.confirm(empty, pickupInput('emptycart1')))).messageKey).toBe('orders:errors.emptyCart');
  });
});
