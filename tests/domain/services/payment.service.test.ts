// Online payment against the fake Midtrans over HTTP: one payment per multi-producer checkout made once,
// notifications checked and acted on once (20 at the same moment credit once), never backwards, expiry
// giving stock back, a settlement after expiry flagged and refunded, amounts that must match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../domain/lib/errors.ts';
import { gatewayOrderIdOf } from '../../../domain/services/payment.service.ts';
import { makeBuyer } from './order-fixtures.ts';
import { rejection } from './order-test-env.ts';
import { createPaymentTestEnv, pickupOnline, threeProducerCart, type PaymentTestEnv } from './payment-test-env.ts';

let env: PaymentTestEnv;
beforeAll(async () => {
  env = await createPaymentTestEnv();
});
afterAll(() => env.close());

async function checkoutOnline(key: string, method: 'ONLINE_QRIS' | 'VIRTUAL_ACCOUNT' | 'EWALLET' = 'ONLINE_QRIS') {
  const cart = await threeProducerCart(env);
  const placed = await env.services.checkout.confirm(cart.buyer, pickupOnline(key, method));
  return { ...cart, placed };
}

const notify = (orderId: string, o?: Parameters<PaymentTestEnv['midtrans']['notification']>[1]) => env.services.payments.handleNotification(env.midtrans.notification(orderId, o));

describe('one payment for one checkout', () => {
  it('three producers: three orders awaiting payment, one QRIS charge for their total, made once however often asked', async () => {
    const { buyer, placed } = await checkoutOnline('pay-key-0001');
    expect(placed.orders).toHaveLength(3);
    expect(placed.orders.every((o) => o.status === 'AWAITING_PAYMENT' && o.shippingIdr === 0)).toBe(true);
    const total = 2 * (75_000 + 450_000 + 60_000);
    const first = await env.services.payments.startForCheckout(buyer, 'pay-key-0001');
    expect(first.state).toBe('ready');
    if (first.state !== 'ready') return;
    expect(first.payment.amountIdr).toBe(total);
    expect(first.payment.qrString).toContain(first.payment.gatewayOrderId);
    expect(first.payment.qrMediaId).toBeTruthy();
    const tx = env.midtrans.transactions.get(first.payment.gatewayOrderId)!;
    expect(tx).toMatchObject({ kind: 'qris', grossAmount: total });
    expect((tx.body.item_details as { price: number }[]).reduce((s, i) => s + i.price, 0)).toBe(total);
    // a retry, a double tap, another order of the same checkout: the same payment, no second charge
    const again = await Promise.all([env.services.payments.startForCheckout(buyer, 'pay-key-0001'), env.services.payments.startForOrder(buyer, placed.orders[2]!.id)]);
    for (const a of again) expect(a.state === 'ready' && a.payment.id).toBe(first.payment.id);
    expect(env.midtrans.calls.filter((c) => c.path === '/v2/charge' && env.midtrans.transactions.get(first.payment.gatewayOrderId))).toHaveLength(1);
    // the producers hear nothing before the money is in
    const producerNotes = await env.db.prisma.notification.count({ where: { recipientId: { in: (await env.db.prisma.producer.findMany({ where: { id: { in: placed.orders.map((o) => o.producer.id) } } })).map((p) => p.userId) } } });
    expect(producerNotes).toBe(0);
  });

  it('a virtual account or e-wallet gets the Snap payment page limited to those channels', async () => {
    const { buyer } = await checkoutOnline('pay-key-va01', 'VIRTUAL_ACCOUNT');
    const started = await env.services.payments.startForCheckout(buyer, 'pay-key-va01');
    if (started.state !== 'ready') throw new Error(started.state);
    expect(started.payment.redirectUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/snap\/v4\/redirection\//);
    expect(started.payment.qrMediaId).toBeNull();
    expect(env.midtrans.transactions.get(started.payment.gatewayOrderId)!.body.enabled_payments).toContain('bca_va');
  });

  it('someone else cannot open or start the buyer’s payment', async () => {
    const { placed } = await checkoutOnline('pay-key-priv');
    const stranger = await makeBuyer(env.services, env.db.prisma);
    expect((await rejection(env.services.payments.startForOrder(stranger, placed.orders[0]!.id))).code).toBe('not_found');
  });

  it('a gateway outage is a clear "unavailable"; the retry creates the payment once', async () => {
    const { buyer } = await checkoutOnline('pay-key-down');
    env.midtrans.failNext(1);
    const error = await rejection(env.services.payments.startForCheckout(buyer, 'pay-key-down'));
    expect(error.code).toBe('unavailable');
    const retried = await env.services.payments.startForCheckout(buyer, 'pay-key-down');
    expect(retried.state).toBe('ready');
    expect(env.midtrans.transactions.has(gatewayOrderIdOf(buyer.userId, 'pay-key-down'))).toBe(true);
  });
});

describe('notifications', () => {
  it('a wrong signature acts on nothing; the right one settles every order after the status is read again', async () => {
    const { buyer, placed } = await checkoutOnline('pay-key-sign');
    const started = await env.services.payments.startForCheckout(buyer, 'pay-key-sign');
    if (started.state !== 'ready') throw new Error(started.state);
    const id = started.payment.gatewayOrderId;
    expect(await notify(id, { status: 'settlement', serverKey: 'SB-Mid-server-WRONG' })).toBeNull();
    // a correctly signed notification is only a hint: the gateway still says pending, nothing moves
    expect(await notify(id, { status: 'settlement' })).toEqual({ outcome: 'pending', gatewayOrderId: id });
    expect((await env.db.prisma.order.findMany({ where: { id: { in: placed.orders.map((o) => o.id) } } })).every((o) => o.status === 'AWAITING_PAYMENT')).toBe(true);
    env.midtrans.setStatus(id, 'settlement');
    expect((await notify(id))!.outcome).toBe('settled');
    const orders = await env.db.prisma.order.findMany({ where: { id: { in: placed.orders.map((o) => o.id) } } });
    expect(orders.every((o) => o.status === 'PAID')).toBe(true);
    const notes = await env.db.prisma.notification.findMany({ where: { template: { startsWith: 'payment:notify.paid' } } });
    expect(notes.filter((n) => n.recipientId === buyer.userId)).toHaveLength(1);
    expect(notes.filter((n) => n.template === 'payment:notify.paid.producer' && placed.orders.some((o) => (n.params as { number: string }).number === o.number))).toHaveLength(3);
  });

  it('20 duplicate notifications at the same moment act once', async () => {
    const { buyer, placed } = await checkoutOnline('pay-key-dup20');
    const started = await env.services.payments.startForCheckout(buyer, 'pay-key-dup20');
    if (started.state !== 'ready') throw new Error(started.state);
    const id = started.payment.gatewayOrderId;
    env.midtrans.setStatus(id, 'settlement');
    const body = env.midtrans.notification(id);
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => env.services.payments.handleNotification(body)));
    expect(outcomes.filter((o) => o?.outcome === 'settled')).toHaveLength(1);
    expect(outcomes.filter((o) => o?.outcome === 'duplicate')).toHaveLength(19);
    const ids = placed.orders.map((o) => o.id);
    expect(await env.db.prisma.orderStatusChange.count({ where: { orderId: { in: ids }, to: 'PAID' } })).toBe(3);
    expect(await env.db.prisma.notification.count({ where: { recipientId: buyer.userId, template: 'payment:notify.paid.buyer' } })).toBe(1);
    // and the credit, when the orders complete, is made once per order too
    for (const o of placed.orders) {
      const producer = (await env.services.repos.users.loadActor((await env.db.prisma.producer.findUniqueOrThrow({ where: { id: o.producer.id } })).userId))!;
      await env.services.orders.ship(producer, o.id);
      await Promise.allSettled([env.services.orders.complete(buyer, o.id), env.services.orders.complete(buyer, o.id)]);
    }
    const credits = await env.db.prisma.ledgerEntry.findMany({ where: { orderId: { in: ids } } });
    expect(credits).toHaveLength(3);
    expect(credits.reduce((s, c) => s + c.amountIdr, 0)).toBe(started.payment.amountIdr);
  });

  it('out of order: a stale "expire" after settlement, or the gateway later saying expire, never moves a paid order back', async () => {
    const { buyer, placed } = await checkoutOnline('pay-key-order');
    const started = await env.services.payments.startForCheckout(buyer, 'pay-key-order');
    if (started.state !== 'ready') throw new Error(started.state);
    const id = started.payment.gatewayOrderId;
    env.midtrans.setStatus(id, 'settlement');
    expect((await notify(id))!.outcome).toBe('settled');
    expect((await notify(id, { status: 'expire' }))!.outcome).toBe('duplicate');
    env.midtrans.setStatus(id, 'expire');
    expect((await notify(id))!.outcome).toBe('ignored');
    const payment = await env.db.prisma.payment.findUniqueOrThrow({ where: { gatewayOrderId: id } });
    expect(payment.status).toBe('PAID');
    expect((await env.db.prisma.order.findMany({ where: { id: { in: placed.orders.map((o) => o.id) } } })).every((o) => o.status === 'PAID')).toBe(true);
  });

  it('an amount that differs by a rupiah moves nothing', async () => {
    const { buyer } = await checkoutOnline('pay-key-amount');
    const started = await env.services.payments.startForCheckout(buyer, 'pay-key-amount');
    if (started.state !== 'ready') throw new Error(started.state);
    const tx = env.midtrans.transactions.get(started.payment.gatewayOrderId)!;
    tx.grossAmount -= 1;
    tx.status = 'settlement';
    expect((await notify(tx.orderId))!.outcome).toBe('amount_mismatch');
    expect((await env.db.prisma.payment.findUniqueOrThrow({ where: { id: started.payment.id } })).status).toBe('PENDING');
  });

  it('unpaid: expires with the gateway asked first, stock goes back; money arriving afterwards is flagged and refunded', async () => {
    const { buyer, placed, products } = await checkoutOnline('pay-key-exp');
    const started = await env.services.payments.startForCheckout(buyer, 'pay-key-exp');
    if (started.state !== 'ready') throw new Error(started.state);
    const id = started.payment.gatewayOrderId;
    const stockBefore = (await env.db.prisma.product.findUniqueOrThrow({ where: { id: products[0]!.id } })).stock;
    env.clock.now = new Date(env.clock.now.getTime() + 61 * 60_000);
    const { expired } = await env.services.payments.expireDue();
    expect(expired).toBeGreaterThanOrEqual(1);
    expect(env.midtrans.transactions.get(id)!.status).toBe('cancel');
    expect((await env.db.prisma.order.findMany({ where: { id: { in: placed.orders.map((o) => o.id) } } })).every((o) => o.status === 'EXPIRED')).toBe(true);
    expect((await env.db.prisma.product.findUniqueOrThrow({ where: { id: products[0]!.id } })).stock).toBe(stockBefore + 2);
    expect(await env.db.prisma.notification.count({ where: { recipientId: buyer.userId, template: 'payment:notify.expired.buyer' } })).toBe(1);

    env.midtrans.setStatus(id, 'settlement');
    expect((await notify(id))!.outcome).toBe('late_settlement_flagged');
    expect((await notify(id))!.outcome).toBe('duplicate');
    const flagged = await env.db.prisma.payment.findUniqueOrThrow({ where: { gatewayOrderId: id } });
    expect(flagged).toMatchObject({ status: 'EXPIRED', refundNeeded: true });
    expect((await env.db.prisma.order.findMany({ where: { id: { in: placed.orders.map((o) => o.id) } } })).every((o) => o.status === 'EXPIRED')).toBe(true);
    const admin = await makeBuyer(env.services, env.db.prisma, 'ADMIN');
    expect((await rejection(env.services.payments.refund(buyer, flagged.id, 'late'))).code).toBe('forbidden');
    const refunded = await env.services.payments.refund(admin, flagged.id, 'paid after expiry');
    expect(refunded.status).toBe('REFUNDED');
    expect(env.midtrans.transactions.get(id)!.status).toBe('refund');
  });

  it('an unknown gateway order id is not found; a malformed body is refused', async () => {
    const error = await rejection(env.services.payments.handleNotification(env.midtrans.notification('ETL-nope', { status: 'settlement', grossAmount: '1000.00' })));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('not_found');
    expect(await env.services.payments.handleNotification({ order_id: 'x' })).toBeNull();
  });
});
