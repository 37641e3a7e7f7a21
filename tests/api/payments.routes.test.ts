// The payment routes through app.request(): the Midtrans notification (bad signature 401, good 200, rate
// limited 429, never a key in the answer), a buyer's payment of an order, shipping rates and estimates,
// officials' payouts and CSV, and the OpenAPI document naming each operation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMidtransGateway } from '../../domain/payments/midtrans/midtrans-gateway.ts';
import { startFakeMidtrans, type FakeMidtrans } from '../fakes/fake-midtrans-server.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { makeProduct, makeProducer, putInCart } from '../domain/services/order-fixtures.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let midtrans: FakeMidtrans;
beforeAll(async () => {
  midtrans = await startFakeMidtrans();
  t = await createTestApp({ paymentGateway: createMidtransGateway({ serverKey: midtrans.serverKey, clientKey: 'c', production: false, apiRoot: midtrans.url }), paymentNotificationRateLimitPerMinute: 30 });
});
afterAll(async () => {
  await t.close();
  await midtrans.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) => t.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('payments API', () => {
  it('checkout online, the payment of an order for its buyer only, then the notification settles it', async () => {
    const buyer = await t.tokenFor('BUYER');
    const stranger = await t.tokenFor('BUYER');
    const producer = await makeProducer(t.services, t.db.prisma, { businessName: 'Kopi Inerie' });
    const product = await makeProduct(t.db.prisma, producer, { priceIdr: 80_000 });
    const buyerActor = (await t.services.repos.users.loadActor(buyer.user.id))!;
    await putInCart(t.db.prisma, buyerActor, product.id, 3);
    const preview = (await (await t.app.request('/api/v1/checkout', { headers: buyer.headers })).json()) as { paymentMethods: string[] };
    expect(preview.paymentMethods.slice(0, 3)).toEqual(['ONLINE_QRIS', 'VIRTUAL_ACCOUNT', 'EWALLET']);
    const placed = (await (await post('/api/v1/checkout', { recipientName: 'Maria', recipientPhone: '081234567890', deliveryMethod: 'PICKUP_PRODUCER', paymentMethod: 'EWALLET' }, buyer.headers)).json()) as { orders: { id: string; status: string }[] };
    expect(placed.orders[0]!.status).toBe('AWAITING_PAYMENT');
    const orderId = placed.orders[0]!.id;

    expect((await post(`/api/v1/orders/${orderId}/payment`, {}, stranger.headers)).status).toBe(404);
    const started = (await (await post(`/api/v1/orders/${orderId}/payment`, {}, buyer.headers)).json()) as { state: string; payment: { id: string; gatewayOrderId: string; redirectUrl: string; amountIdr: number } };
    expect(started).toMatchObject({ state: 'ready', payment: { amountIdr: 240_000 } });
    expect(started.payment.redirectUrl).toContain('/snap/v4/redirection/');
    expect((await t.app.request(`/api/v1/payments/${started.payment.id}`, { headers: stranger.headers })).status).toBe(404);

    const bad = await post('/payments/midtrans/notification', midtrans.notification(started.payment.gatewayOrderId, { status: 'settlement', serverKey: 'wrong-key' }));
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await post('/payments/midtrans/notification', { order_id: 'x' })).status).toBe(400);
    midtrans.setStatus(started.payment.gatewayOrderId, 'settlement');
    const good = await post('/payments/midtrans/notification', midtrans.notification(started.payment.gatewayOrderId));
    const text = await good.text();
    expect(good.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ ok: true, outcome: 'settled' });
    expect(text).not.toContain(midtrans.serverKey);
    const again = await post('/payments/midtrans/notification', midtrans.notification(started.payment.gatewayOrderId));
    expect(await again.json()).toEqual({ ok: true, outcome: 'duplicate' });
  });

  it('rate-limits the notification route per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await post('/payments/midtrans/notification', { order_id: 'x' }, { 'x-forwarded-for': '203.0.113.9' })).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect((await post('/payments/midtrans/notification', { order_id: 'x' }, { 'x-forwarded-for': '203.0.113.10' })).status).toBe(400);
  });

  it('shipping rates for producers, estimates for buyers; payouts and CSV for admins only', async () => {
    const producerToken = await t.tokenFor('PRODUCER');
    await t.db.prisma.producer.create({ data: { userId: producerToken.user.id, businessName: 'Madu Belu', ownerName: 'Yo', regionCode: '53.04', district: 'Atambua', village: 'Umanen' } });
    const put = await t.app.request('/api/v1/me/shipping-rates', { method: 'PUT', headers: { ...producerToken.headers, 'content-type': 'application/json' }, body: JSON.stringify({ rates: [{ zone: 'NTT', baseIdr: 9000, perKgIdr: 4000 }] }) });
    expect(put.status).toBe(200);
    expect(((await put.json()) as { rates: unknown[] }).rates).toHaveLength(1);
    const badRates = await t.app.request('/api/v1/me/shipping-rates', { method: 'PUT', headers: { ...producerToken.headers, 'content-type': 'application/json' }, body: JSON.stringify({ rates: [{ zone: 'MARS', baseIdr: 1, perKgIdr: 1 }] }) });
    expect(badRates.status).toBe(400);

    const buyer = await t.tokenFor('BUYER');
    expect((await t.app.request('/api/v1/payouts', { headers: buyer.headers })).status).toBe(403);
    const admin = await t.tokenFor('ADMIN');
    const list = (await (await t.app.request('/api/v1/payouts', { headers: admin.headers })).json()) as { items: unknown[] };
    expect(Array.isArray(list.items)).toBe(true);
    const csv = await t.app.request('/api/v1/payouts.csv', { headers: admin.headers });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).startsWith('"kind","producer"')).toBe(true);
    expect((await post('/api/v1/payouts', { producerId: 'nope', amountIdr: 1000, reference: 'REF1' }, admin.headers)).status).toBe(409);
  });

  it('documents every payment operation with an id', async () => {
    const doc = (await (await t.app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    for (const id of ['receiveMidtransNotification', 'startOrderPayment', 'getPayment', 'refundPayment', 'getMyShippingRates', 'setMyShippingRates', 'estimateShipping', 'listPayouts', 'markPayoutTransferred', 'exportPayoutsCsv']) expect(ids).toContain(id);
  });
});
