// The checkout as one statement (domain/repositories/checkout-statement.ts): one statement in all, the
// orders it reads back equal to the order read's, all or nothing when a line is short, and a price changed
// since the summary placed at the price of the moment through the transaction it falls back to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckoutGroup, CheckoutShared } from '../../../domain/repositories/order-write.repository.ts';
import { makeBuyer, makeProducer, makeProduct, putInCart } from '../services/order-fixtures.ts';
import { createOrderTestEnv, type OrderTestEnv } from '../services/order-test-env.ts';

let env: OrderTestEnv;
beforeAll(async () => {
  env = await createOrderTestEnv();
});
afterAll(() => env.close());

let keys = 0;
async function shared(buyerId: string, extra: Partial<CheckoutShared> = {}): Promise<CheckoutShared> {
  const point = await env.services.repos.orders.findActivePointByCode('KOE');
  return {
    buyerId,
    checkoutKey: `one-statement-${++keys}`,
    deliveryMethod: 'PICKUP_DISPLAY_POINT',
    paymentMethod: 'BANK_TRANSFER',
    pickupPointId: point!.id,
    attributedPointId: point!.id,
    recipientName: 'Maria Goreti',
    recipientPhone: '6281234567890',
    buyerEmail: 'maria@example.com',
    addressLine: null,
    city: 'Kota Kupang',
    province: null,
    postalCode: null,
    country: 'ID',
    createdAt: new Date('2026-11-29T02:00:00.123Z'),
    ...extra,
  };
}

let numbers = 0;
const newNumber = () => `ETL-261129-S${String(++numbers).padStart(3, '0')}`;

const stockOf = async (id: string) => (await env.db.prisma.product.findUniqueOrThrow({ where: { id } })).stock;

describe('checkout in one statement', () => {
  it('reserves, writes and reads back two orders in one statement, as the order read returns them', async () => {
    const { services, db } = env;
    const p1 = await makeProducer(services, db.prisma, { businessName: 'Kopi Inerie' });
    const p2 = await makeProducer(services, db.prisma, { businessName: 'Tenun Ikat Sumba' });
    const coffee = await makeProduct(db.prisma, p1, { name: 'Kopi Bajawa', priceIdr: 75_000, stock: 10 });
    const cloth = await makeProduct(db.prisma, p2, { name: 'Selendang Ikat', priceIdr: 350_000, stock: 2, unit: 'lembar' });
    const buyer = await makeBuyer(services, db.prisma);
    await putInCart(db.prisma, buyer, coffee.id, 3);
    await putInCart(db.prisma, buyer, cloth.id, 1);
    const groups: CheckoutGroup[] = [
      { producerId: p1.producerId!, lines: [{ productId: coffee.id, quantity: 3, priceIdr: 75_000, name: 'Kopi Bajawa', unit: '250 g' }] },
      { producerId: p2.producerId!, lines: [{ productId: cloth.id, quantity: 1, priceIdr: 350_000, name: 'Selendang Ikat', unit: 'lembar' }], shippingIdr: 20_000 },
    ];

    const online = await shared(buyer.userId, { initialStatus: 'AWAITING_PAYMENT', expiresAt: new Date('2026-11-30T02:00:00.456Z') });
    const before = db.queryCount();
    const result = await services.repos.orders.placeOrders(online, groups, newNumber, (o) => [
      { recipientId: p1.userId, template: 'orders:notify.newOrder', params: { number: o.number, subtotal: String(o.subtotalIdr) } },
    ]);
    expect(db.queryCount() - before).toBe(1);
    if (!result.ok) throw new Error('not placed');
    expect(result.created).toBe(true);
    expect(result.orders).toEqual(await services.repos.orders.findByIds(result.orderIds));
    expect(result.orders!.map((o) => [o.subtotalIdr, o.shippingIdr, o.totalIdr, o.attributedPoint?.code, o.producer.businessName])).toEqual([
      [225_000, null, null, 'KOE', 'Kopi Inerie'],
      [350_000, 20_000, 370_000, 'KOE', 'Tenun Ikat Sumba'],
    ]);
    expect([await stockOf(coffee.id), await stockOf(cloth.id)]).toEqual([7, 1]);
    expect(await db.prisma.cartItem.count({ where: { cart: { userId: buyer.userId } } })).toBe(0);
    expect(await db.prisma.notification.count({ where: { recipientId: p1.userId, template: 'orders:notify.newOrder' } })).toBe(2);
    expect(await db.prisma.orderStatusChange.count({ where: { orderId: { in: result.orderIds }, from: null, to: 'AWAITING_PAYMENT' } })).toBe(2);
  });

  it('one line short: nothing reserved, nothing written, the short line named', async () => {
    const { services, db } = env;
    const producer = await makeProducer(services, db.prisma);
    const plenty = await makeProduct(db.prisma, producer, { name: 'Gula Lontar', priceIdr: 30_000, stock: 50 });
    const scarce = await makeProduct(db.prisma, producer, { name: 'Madu Hutan', priceIdr: 90_000, stock: 1 });
    const buyer = await makeBuyer(services, db.prisma);
    const lines = [
      { productId: plenty.id, quantity: 5, priceIdr: 30_000, name: 'Gula Lontar', unit: '250 g' },
      { productId: scarce.id, quantity: 2, priceIdr: 90_000, name: 'Madu Hutan', unit: '250 g' },
    ];
    const result = await services.repos.orders.placeOrders(await shared(buyer.userId), [{ producerId: producer.producerId!, lines }], newNumber, () => []);
    expect(result).toEqual({ ok: false, shortProductIds: [scarce.id] });
    expect([await stockOf(plenty.id), await stockOf(scarce.id)]).toEqual([50, 1]);
    expect(await db.prisma.order.count({ where: { buyerId: buyer.userId } })).toBe(0);
  });

  it('a price changed since the summary: placed once at the price of the moment, the stock taken once', async () => {
    const { services, db } = env;
    const producer = await makeProducer(services, db.prisma);
    const coffee = await makeProduct(db.prisma, producer, { name: 'Kopi Manggarai', priceIdr: 80_000, stock: 10 });
    const buyer = await makeBuyer(services, db.prisma);
    await db.prisma.product.update({ where: { id: coffee.id }, data: { priceIdr: 85_000 } });
    const lines = [{ productId: coffee.id, quantity: 2, priceIdr: 80_000, name: 'Kopi Manggarai', unit: '250 g' }];
    const result = await services.repos.orders.placeOrders(await shared(buyer.userId), [{ producerId: producer.producerId!, lines }], newNumber, () => []);
    if (!result.ok) throw new Error('not placed');
    const [order] = await services.repos.orders.findByIds(result.orderIds);
    expect([order!.subtotalIdr, order!.items[0]!.priceIdr]).toEqual([170_000, 85_000]);
    expect(await stockOf(coffee.id)).toBe(8);
    expect(await db.prisma.order.count({ where: { buyerId: buyer.userId } })).toBe(1);
  });

  it('the same checkout key again: the first orders, nothing reserved twice', async () => {
    const { services, db } = env;
    const producer = await makeProducer(services, db.prisma);
    const coffee = await makeProduct(db.prisma, producer, { name: 'Kopi Flores', priceIdr: 60_000, stock: 10 });
    const buyer = await makeBuyer(services, db.prisma);
    const once = await shared(buyer.userId);
    const groups = [{ producerId: producer.producerId!, lines: [{ productId: coffee.id, quantity: 4, priceIdr: 60_000, name: 'Kopi Flores', unit: '250 g' }] }];
    const first = await services.repos.orders.placeOrders(once, groups, newNumber, () => []);
    const before = db.queryCount();
    const again = await services.repos.orders.placeOrders(once, groups, newNumber, () => []);
    expect(db.queryCount() - before).toBe(1);
    expect(again).toEqual({ ok: true, created: false, orderIds: first.ok ? first.orderIds : [] });
    expect(await stockOf(coffee.id)).toBe(6);
  });
});
