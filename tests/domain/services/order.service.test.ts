// The order life cycle against the database: who may take which step, illegal steps, a race between accept
// and cancel, history and notifications per step, payment proofs, cash on pickup, ratings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/services/actor.ts';
import { courierInput, jpeg, makeBuyer, makeProducer, makeProduct, pickupInput, putInCart } from './order-fixtures.ts';
import { createOrderTestEnv, rejection, type OrderTestEnv } from './order-test-env.ts';

let env: OrderTestEnv;
let producer: Actor;
let otherProducer: Actor;
let buyer: Actor;
let otherBuyer: Actor;
let admin: Actor;

beforeAll(async () => {
  env = await createOrderTestEnv();
  const { services, db } = env;
  producer = await makeProducer(services, db.prisma, { businessName: 'Kopi Inerie', allowsCashOnPickup: true });
  otherProducer = await makeProducer(services, db.prisma);
  buyer = await makeBuyer(services, db.prisma);
  otherBuyer = await makeBuyer(services, db.prisma);
  admin = await makeBuyer(services, db.prisma, 'ADMIN');
});
afterAll(() => env.close());

let keySeq = 0;
async function placeOrder(o: { quantity?: number; stock?: number; pickup?: boolean; cash?: boolean } = {}) {
  const { services, db } = env;
  const product = await makeProduct(db.prisma, producer, { priceIdr: 50_000, stock: o.stock ?? 10 });
  await putInCart(db.prisma, buyer, product.id, o.quantity ?? 2);
  const key = `svc-test-${++keySeq}`;
  const input = o.pickup || o.cash ? pickupInput(key, o.cash ? 'CASH_ON_PICKUP' : 'BANK_TRANSFER') : courierInput(key);
  const { orders } = await services.checkout.confirm(buyer, input);
  return { order: orders[0]!, product };
}

const stockOf = async (id: string) => (await env.db.prisma.product.findUniqueOrThrow({ where: { id } })).stock;
const notes = (recipientId: string, template: string) => env.db.prisma.notification.findMany({ where: { recipientId, template }, orderBy: { createdAt: 'asc' } });

describe('authorization', () => {
  it('only the buyer, the producer of the order and admins see it; recipient contact included for them', async () => {
    const { order } = await placeOrder();
    const { orders } = env.services;
    expect((await orders.get(producer, order.id)).recipient.phone).toBe('6281234567890');
    expect((await orders.get(admin, order.id)).recipient.addressLine).toContain('El Tari');
    expect((await rejection(orders.get(otherBuyer, order.id))).messageKey).toBe('orders:errors.notYours');
    expect((await rejection(orders.get(otherProducer, order.id))).code).toBe('forbidden');
    expect((await rejection(orders.get(buyer, 'no-such-order'))).code).toBe('not_found');
    // lists carry the city, never the phone or the address
    const incoming = await orders.listMine(producer, { as: 'producer', open: true });
    expect(incoming.find((o) => o.id === order.id)?.city).toBe('Kota Kupang');
    expect(JSON.stringify(incoming)).not.toContain('6281234567890');
    expect((await rejection(orders.listMine(buyer, { as: 'producer' }))).messageKey).toBe('orders:errors.notProducer');
  });

  it('every step refuses other buyers and other producers, and parties without the right', async () => {
    const { order } = await placeOrder();
    const { orders } = env.services;
    for (const [who, key] of [
      [otherProducer, 'orders:errors.notYours'],
      [otherBuyer, 'orders:errors.notYours'],
      [buyer, 'orders:errors.notAllowed'],
    ] as const) {
      const e = await rejection(orders.accept(who, order.id, { shippingIdr: 10_000 }));
      expect([e.code, e.messageKey]).toEqual(['forbidden', key]);
    }
    expect((await rejection(orders.decline(otherProducer, order.id, { reason: 'habis' }))).messageKey).toBe('orders:errors.notYours');
    expect((await rejection(orders.cancel(otherBuyer, order.id))).messageKey).toBe('orders:errors.notYours');
    expect((await rejection(orders.cancel(producer, order.id))).messageKey).toBe('orders:errors.notAllowed');
    expect((await rejection(orders.confirmPayment(buyer, order.id))).messageKey).toBe('orders:errors.notAllowed');
    expect((await rejection(orders.ship(otherProducer, order.id, { courier: 'JNE', trackingNumber: 'X123' }))).messageKey).toBe('orders:errors.notYours');
    expect((await rejection(orders.complete(otherBuyer, order.id))).messageKey).toBe('orders:errors.notYours');
    expect((await env.services.orders.get(buyer, order.id)).status).toBe('AWAITING_CONFIRMATION');
  });

  it('illegal steps for the status are conflicts with the current status', async () => {
    const { order } = await placeOrder();
    const { orders } = env.services;
    const e = await rejection(orders.ship(producer, order.id, { courier: 'JNE', trackingNumber: 'JN123' }));
    expect([e.code, e.messageKey, e.params.status]).toEqual(['conflict', 'orders:errors.illegal', 'AWAITING_CONFIRMATION']);
    expect((await rejection(orders.complete(buyer, order.id))).code).toBe('conflict');
    expect((await rejection(orders.accept(producer, order.id, {}))).messageKey).toBe('orders:errors.shippingRequired');
    await orders.accept(producer, order.id, { shippingIdr: 15_000 });
    expect((await rejection(orders.accept(producer, order.id, { shippingIdr: 15_000 }))).messageKey).toBe('orders:errors.illegal');
    expect((await rejection(orders.decline(producer, order.id, { reason: 'stok habis' }))).code).toBe('conflict');
  });
});

describe('the life cycle', () => {
  it('courier order: accept with shipping → proof → confirm → ship → received, with history and notes to the other side', async () => {
    const { services, clock } = env;
    const { orders } = services;
    const { order, product } = await placeOrder({ quantity: 2 });
    expect(await stockOf(product.id)).toBe(8);

    const accepted = await orders.accept(producer, order.id, { shippingIdr: 15_000 });
    expect([accepted.status, accepted.shippingIdr, accepted.totalIdr]).toEqual(['AWAITING_PAYMENT', 15_000, 115_000]);
    expect(accepted.expiresAt).toBe(new Date(clock.now.getTime() + 48 * 3_600_000).toISOString());
    const acceptNote = (await notes(buyer.userId, 'orders:notify.acceptedBank.buyer')).at(-1);
    expect(acceptNote!.params).toMatchObject({ total: 'Rp115.000', bankAccount: '0123-01-000123-50-1' });
    expect((acceptNote!.choices as { value: string }[]).map((c) => c.value)).toEqual([`!order.pay:${order.id}`, `!order.cancel:${order.id}`]);

    // a proof must be the buyer's own upload
    const strangers = await services.media.upload(otherBuyer, { data: await jpeg(), kind: 'payment_proof' });
    expect((await rejection(orders.submitPaymentProof(buyer, order.id, { mediaId: strangers.id }))).messageKey).toBe('orders:errors.badProof');
    const proof = await services.media.upload(buyer, { data: await jpeg(), kind: 'payment_proof' });
    const submitted = await orders.submitPaymentProof(buyer, order.id, { mediaId: proof.id });
    expect([submitted.status, submitted.expiresAt]).toEqual(['PAYMENT_SUBMITTED', null]);
    const proofNote = (await notes(producer.userId, 'orders:notify.paymentSubmitted.producer')).at(-1);
    expect(proofNote!.mediaId).toBe(proof.id);

    expect((await orders.confirmPayment(producer, order.id)).status).toBe('PAID');
    expect((await rejection(orders.ship(producer, order.id, { courier: 'JNE' }))).messageKey).toBe('orders:errors.badTracking');
    const shipped = await orders.ship(producer, order.id, { courier: 'JNE', trackingNumber: 'JN0012345678' });
    expect([shipped.status, shipped.courier, shipped.trackingNumber]).toEqual(['SHIPPED', 'JNE', 'JN0012345678']);
    expect((await notes(buyer.userId, 'orders:notify.shipped.buyer')).at(-1)!.params).toMatchObject({ courier: 'JNE', tracking: 'JN0012345678' });
    expect((await orders.complete(buyer, order.id)).status).toBe('COMPLETED');
    expect((await notes(producer.userId, 'orders:notify.completed.producer')).at(-1)!.params).toMatchObject({ number: order.number });

    const history = await services.orders.history(buyer, order.id);
    expect(history.map((h) => h.to)).toEqual(['AWAITING_CONFIRMATION', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED', 'PAID', 'SHIPPED', 'COMPLETED']);
    expect(history[2]!.from).toBe('AWAITING_PAYMENT');
    expect(await stockOf(product.id)).toBe(8);
  });

  it('decline and cancel release the stock and tell the other side', async () => {
    const { orders } = env.services;
    const a = await placeOrder({ quantity: 3 });
    expect(await stockOf(a.product.id)).toBe(7);
    expect((await rejection(orders.decline(producer, a.order.id, { reason: '' }))).messageKey).toBe('orders:errors.badReason');
    const declined = await orders.decline(producer, a.order.id, { reason: 'Stok sedang dipanen' });
    expect([declined.status, declined.reason]).toEqual(['DECLINED', 'Stok sedang dipanen']);
    expect(await stockOf(a.product.id)).toBe(10);
    expect((await notes(buyer.userId, 'orders:notify.declined.buyer')).at(-1)!.params).toMatchObject({ reason: 'Stok sedang dipanen' });

    const b = await placeOrder({ quantity: 4 });
    await orders.accept(producer, b.order.id, { shippingIdr: 0 });
    expect((await orders.cancel(buyer, b.order.id, { reason: 'salah pesan' })).status).toBe('CANCELLED');
    expect(await stockOf(b.product.id)).toBe(10);
    expect((await notes(producer.userId, 'orders:notify.cancelled.producer')).at(-1)!.params).toMatchObject({ number: b.order.number });
    // an admin cancelling tells both sides
    const c = await placeOrder();
    await orders.cancel(admin, c.order.id, { reason: 'duplikat' });
    expect((await notes(buyer.userId, 'orders:notify.cancelled.buyer')).at(-1)!.params).toMatchObject({ number: c.order.number });
  });

  it('accept and cancel at the same moment: exactly one wins, the other gets a clean conflict', async () => {
    const { orders } = env.services;
    const { order, product } = await placeOrder({ quantity: 2 });
    const results = await Promise.allSettled([orders.accept(producer, order.id, { shippingIdr: 10_000 }), orders.cancel(buyer, order.id)]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(['orders:errors.changed', 'orders:errors.illegal']).toContain(lost[0]!.reason.messageKey);
    const final = await orders.get(buyer, order.id);
    expect(await env.db.prisma.orderStatusChange.count({ where: { orderId: order.id } })).toBe(2);
    expect(await stockOf(product.id)).toBe(final.status === 'CANCELLED' ? 10 : 8);
  });

  it('pickup with cash: accepted with shipping 0 → ready for pickup; the producer confirms cash and handover → completed', async () => {
    const { orders } = env.services;
    const { order } = await placeOrder({ cash: true });
    const accepted = await orders.accept(producer, order.id, { shippingIdr: 99_000 });
    expect([accepted.status, accepted.shippingIdr, accepted.totalIdr, accepted.expiresAt]).toEqual(['READY_FOR_PICKUP', 0, 100_000, null]);
    expect((await notes(buyer.userId, 'orders:notify.acceptedCash.buyer')).at(-1)!.params).toMatchObject({ place: 'Kopi Inerie, Beiposo, Bajawa' });
    expect((await rejection(orders.submitPaymentProof(buyer, order.id, { mediaId: 'x' }))).code).toBe('conflict');
    expect((await rejection(orders.complete(buyer, order.id))).code).toBe('conflict');
    expect((await orders.confirmPayment(producer, order.id)).status).toBe('COMPLETED');
  });

  it('pickup paid by transfer: ship marks it ready for pickup; the producer may hand it over', async () => {
    const { orders } = env.services;
    const { order } = await placeOrder({ pickup: true });
    await orders.accept(producer, order.id, {});
    await orders.confirmPayment(producer, order.id); // money seen on the account without a proof
    expect((await orders.ship(producer, order.id)).status).toBe('READY_FOR_PICKUP');
    expect((await notes(buyer.userId, 'orders:notify.readyForPickup.buyer')).at(-1)!.choices).toEqual([{ labelKey: 'orders:buttons.received', value: `!order.received:${order.id}` }]);
    expect((await orders.complete(producer, order.id)).status).toBe('COMPLETED');
    expect((await notes(buyer.userId, 'orders:notify.completed.buyer')).at(-1)!.params).toMatchObject({ number: order.number });
  });
});

describe('ratings', () => {
  it('the buyer rates each product of a completed order once; the product sum and count move', async () => {
    const { orders } = env.services;
    const { order, product } = await placeOrder({ pickup: true });
    expect((await rejection(orders.rate(buyer, order.id, { productId: product.id, stars: 5 }))).code).toBe('conflict');
    await orders.accept(producer, order.id, {});
    await orders.confirmPayment(producer, order.id);
    await orders.ship(producer, order.id);
    await orders.complete(buyer, order.id);
    expect((await rejection(orders.rate(buyer, order.id, { productId: product.id, stars: 6 }))).messageKey).toBe('orders:errors.badStars');
    expect((await rejection(orders.rate(otherBuyer, order.id, { productId: product.id, stars: 4 }))).messageKey).toBe('orders:errors.notYours');
    expect((await rejection(orders.rate(producer, order.id, { productId: product.id, stars: 5 }))).messageKey).toBe('orders:errors.notAllowed');
    await orders.rate(buyer, order.id, { productId: product.id, stars: 4, comment: 'Harum sekali' });
    expect((await rejection(orders.rate(buyer, order.id, { productId: product.id, stars: 5 }))).messageKey).toBe('orders:errors.alreadyRated');
    const rated = await env.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect([rated.ratingSum, rated.ratingCount]).toEqual([4, 1]);
    expect(await orders.unratedItems(buyer, order.id)).toEqual([]);
    const card = await env.services.catalog.getPublicProduct({ id: product.id });
    expect(card.rating).toEqual({ average: 4, count: 1 });
  });
});
