// Producers' ledger and payouts: credit on completion (fee taken when configured), auto-completion N days
// after shipping, officials' list, a transfer marked with its reference (once, even when two officials race),
// the CSV; shipping zones and rates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { destinationOfText, regionOfCity, zoneOf } from '../../../domain/services/shipping-zone.ts';
import { makeBuyer } from './order-fixtures.ts';
import { rejection } from './order-test-env.ts';
import { createPaymentTestEnv, pickupOnline, threeProducerCart, type PaymentTestEnv } from './payment-test-env.ts';

let env: PaymentTestEnv;
beforeAll(async () => {
  env = await createPaymentTestEnv({ platformFeePercent: 5, autoCreditDays: 7 });
});
afterAll(() => env.close());

async function paidCheckout(key: string) {
  const cart = await threeProducerCart(env);
  const placed = await env.services.checkout.confirm(cart.buyer, pickupOnline(key));
  const started = await env.services.payments.startForCheckout(cart.buyer, key);
  if (started.state !== 'ready') throw new Error(started.state);
  env.midtrans.setStatus(started.payment.gatewayOrderId, 'settlement');
  await env.services.payments.handleNotification(env.midtrans.notification(started.payment.gatewayOrderId));
  const sellers = await Promise.all(cart.producers.map(async (p) => p));
  for (const o of placed.orders) await env.services.orders.ship(sellers.find((s) => s.producerId === o.producer.id)!, o.id);
  return { ...cart, placed };
}

describe('ledger and payouts', () => {
  it('credits each producer on receipt minus the fee, lists them, marks a transfer once, exports CSV', async () => {
    const { buyer, placed, producers } = await paidCheckout('payout-key-1');
    const coffee = placed.orders.find((o) => o.producer.businessName === 'Kopi Inerie')!;
    await env.services.orders.complete(buyer, coffee.id);
    const entries = await env.db.prisma.ledgerEntry.findMany({ where: { orderId: coffee.id }, orderBy: { kind: 'asc' } });
    expect(entries.map((e) => [e.kind, e.amountIdr])).toEqual([['credit', 150_000], ['fee', -7_500]]);

    const admin = await makeBuyer(env.services, env.db.prisma, 'ADMIN');
    expect((await rejection(env.services.payouts.list(buyer))).code).toBe('forbidden');
    const owed = await env.services.payouts.list(admin);
    const row = owed.find((b) => b.producerId === coffee.producer.id)!;
    expect(row).toMatchObject({ businessName: 'Kopi Inerie', balanceIdr: 142_500, bankName: 'BRI' });

    // two officials mark the same transfer at once: one payout
    const results = await Promise.allSettled([0, 1].map(() => env.services.payouts.markTransferred(admin, { producerId: row.producerId, amountIdr: 142_500, reference: 'BRI-TRF-0001' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await env.services.repos.payouts.balanceOf(row.producerId)).toBe(0);
    expect((await env.services.payouts.list(admin)).some((b) => b.producerId === row.producerId)).toBe(false);
    const producerUser = producers.find((p) => p.producerId === row.producerId)!.userId;
    expect(await env.db.prisma.notification.count({ where: { recipientId: producerUser, template: 'payment:notify.payout.producer' } })).toBe(1);

    const csv = await env.services.payouts.csv(admin);
    expect(csv.split('\r\n')[0]).toBe('"kind","producer","bank","account","holder","amount_idr","reference","transferred_at"');
    expect(csv).toContain('"paid","Kopi Inerie","BRI","0123-01-000123-50-1","Rosalia Dhey","142500","BRI-TRF-0001"');
  });

  it('completes and credits orders paid online N days after shipping without a word from the buyer', async () => {
    const { placed } = await paidCheckout('payout-key-2');
    const ids = placed.orders.map((o) => o.id);
    expect((await env.services.payouts.autoComplete(new Date(env.clock.now.getTime() + 6 * 86_400_000))).completed).toBe(0);
    // shipping happened "now" in the database's clock; the service's clock is moved well past N days
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect((await env.services.payouts.autoComplete(later)).completed).toBeGreaterThanOrEqual(3);
    expect((await env.db.prisma.order.findMany({ where: { id: { in: ids } } })).every((o) => o.status === 'COMPLETED')).toBe(true);
    expect((await env.services.payouts.autoComplete(later)).completed).toBe(0);
    expect(await env.db.prisma.ledgerEntry.count({ where: { orderId: { in: ids }, kind: 'credit' } })).toBe(3);
  });

  it('a payout whose amount is not the balance any more is refused', async () => {
    const admin = await makeBuyer(env.services, env.db.prisma, 'ADMIN');
    const [first] = await env.services.payouts.list(admin);
    expect((await rejection(env.services.payouts.markTransferred(admin, { producerId: first!.producerId, amountIdr: first!.balanceIdr + 1, reference: 'REF-X1' }))).messageKey).toBe('payment:errors.balanceChanged');
  });
});

describe('shipping zones and rates', () => {
  it('tells the zones apart from what buyers type', async () => {
    const regions = await env.services.repos.shipping.regions();
    expect(regionOfCity('kupang', regions)?.code).toBe('53.71');
    expect(regionOfCity('Kabupaten Kupang', regions)?.code).toBe('53.01');
    expect(zoneOf('53.09', { country: 'ID', city: 'Bajawa' }, regions)).toBe('SAME_REGENCY');
    expect(zoneOf('53.09', { country: 'ID', city: 'Maumere' }, regions)).toBe('NTT');
    expect(zoneOf('53.09', { country: 'ID', city: 'Jakarta Selatan', province: 'DKI Jakarta' }, regions)).toBe('INDONESIA');
    expect(zoneOf('53.09', destinationOfText('ke Timor Leste'), regions)).toBe('ABROAD');
    expect(zoneOf('53.09', { country: 'Indonesia', city: 'Ende' }, regions)).toBe('NTT');
  });

  it('prices per started kilogram; a zone without a rate is left to the producer', async () => {
    const buyer = await makeBuyer(env.services, env.db.prisma);
    const { producers, products } = await threeProducerCart(env, buyer);
    await env.services.shipping.setMyRates(producers[0]!, { rates: [{ zone: 'INDONESIA', baseIdr: 20_000, perKgIdr: 12_000 }] });
    await env.db.prisma.product.update({ where: { id: products[0]!.id }, data: { weightGrams: 1_200 } });
    const estimates = await env.services.shipping.estimateText(buyer, null, 'jakarta');
    expect(estimates.find((e) => e.producerId === producers[0]!.producerId)).toMatchObject({ zone: 'INDONESIA', weightGrams: 2_400, shippingIdr: 20_000 + 3 * 12_000 });
    expect(estimates.find((e) => e.producerId === producers[1]!.producerId)!.shippingIdr).toBeNull();
    expect((await rejection(env.services.shipping.setMyRates(buyer, { rates: [] }))).code).toBe('forbidden');
    expect((await rejection(env.services.shipping.setMyRates(producers[0]!, { rates: [{ zone: 'NTT', baseIdr: -5, perKgIdr: 0 }] }))).code).toBe('validation');
  });
});
