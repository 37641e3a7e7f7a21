// The expiry job against the database: unpaid orders past their deadline and orders the producer left
// unanswered for longer than the TTL expire, release their stock and notify both sides; paid-in-review
// orders stay; runs are idempotent and two at once expire each order once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/services/actor.ts';
import { jpeg, makeBuyer, makeProducer, makeProduct, pickupInput, putInCart } from './order-fixtures.ts';
import { createOrderTestEnv, type OrderTestEnv } from './order-test-env.ts';

let env: OrderTestEnv;
let producer: Actor;
let buyer: Actor;
const HOUR = 3_600_000;

beforeAll(async () => {
  env = await createOrderTestEnv({ orderPaymentTtlHours: 6 });
  producer = await makeProducer(env.services, env.db.prisma);
  buyer = await makeBuyer(env.services, env.db.prisma);
});
afterAll(() => env.close());

let seq = 0;
async function place(quantity: number) {
  const product = await makeProduct(env.db.prisma, producer, { stock: 10 });
  await putInCart(env.db.prisma, buyer, product.id, quantity);
  const { orders } = await env.services.checkout.confirm(buyer, pickupInput(`expiry-${++seq}`));
  return { order: orders[0]!, productId: product.id };
}
const stockOf = async (id: string) => (await env.db.prisma.product.findUniqueOrThrow({ where: { id } })).stock;
const statusOf = async (id: string) => (await env.db.prisma.order.findUniqueOrThrow({ where: { id } })).status;

describe('expireUnpaid', () => {
  it('expires unpaid and unanswered orders after the configured TTL, releases stock and tells both sides, once', async () => {
    const { services, clock, db } = env;
    const start = clock.now;
    const unpaid = await place(2);
    await services.orders.accept(producer, unpaid.order.id, {});
    const unanswered = await place(3);
    const inReview = await place(1);
    await services.orders.accept(producer, inReview.order.id, {});
    const proof = await services.media.upload(buyer, { data: await jpeg(), kind: 'payment_proof' });
    await services.orders.submitPaymentProof(buyer, inReview.order.id, { mediaId: proof.id });
    expect(await stockOf(unpaid.productId)).toBe(8);

    expect(await services.orders.expireUnpaid(new Date(start.getTime() + 5 * HOUR))).toEqual({ expired: 0 });
    expect(await statusOf(unpaid.order.id)).toBe('AWAITING_PAYMENT');

    const later = new Date(start.getTime() + 6 * HOUR + 1000);
    expect(await services.orders.expireUnpaid(later)).toEqual({ expired: 2 });
    expect(await statusOf(unpaid.order.id)).toBe('EXPIRED');
    expect(await statusOf(unanswered.order.id)).toBe('EXPIRED');
    expect(await statusOf(inReview.order.id)).toBe('PAYMENT_SUBMITTED');
    expect(await stockOf(unpaid.productId)).toBe(10);
    expect(await stockOf(unanswered.productId)).toBe(10);
    const expiredNotes = await db.prisma.notification.findMany({ where: { template: { startsWith: 'orders:notify.expired' } } });
    expect(expiredNotes.map((n) => `${n.template}→${n.recipientId === buyer.userId ? 'buyer' : n.recipientId === producer.userId ? 'producer' : '?'}`).sort()).toEqual([
      'orders:notify.expired.buyer→buyer',
      'orders:notify.expired.buyer→buyer',
      'orders:notify.expired.producer→producer',
      'orders:notify.expired.producer→producer',
    ]);
    const change = await db.prisma.orderStatusChange.findFirstOrThrow({ where: { orderId: unpaid.order.id, to: 'EXPIRED' } });
    expect([change.from, change.actorId]).toEqual(['AWAITING_PAYMENT', null]);

    // idempotent: a second run finds nothing and releases nothing twice
    expect(await services.orders.expireUnpaid(new Date(later.getTime() + HOUR))).toEqual({ expired: 0 });
    expect(await stockOf(unpaid.productId)).toBe(10);
  });

  it('two processes running at once expire each order once', async () => {
    const { services, clock } = env;
    clock.now = new Date(clock.now.getTime() + 24 * HOUR);
    const due = [await place(1), await place(2), await place(3)];
    const at = new Date(clock.now.getTime() + 7 * HOUR);
    const [a, b] = await Promise.all([services.orders.expireUnpaid(at), services.orders.expireUnpaid(at)]);
    expect(a.expired + b.expired).toBe(3);
    for (const d of due) expect(await stockOf(d.productId)).toBe(10);
    expect(await env.db.prisma.orderStatusChange.count({ where: { orderId: { in: due.map((d) => d.order.id) }, to: 'EXPIRED' } })).toBe(3);
  });
});
