// The orders API through the real app: checkout from the cart (idempotent by key), reading an order (its
// buyer, its producer, admins; others 403, unknown 404), the steps with their bodies and status codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/services/actor.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { makeProduct, putInCart } from '../domain/services/order-fixtures.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
type Auth = Awaited<ReturnType<typeof t.tokenFor>>;
let buyer: Auth;
let seller: Auth;
let stranger: Auth;
let admin: Auth;
let sellerActor: Actor;

const send = (method: string, path: string, auth?: Auth, body?: unknown) =>
  t.app.request(`/api/v1${path}`, {
    method,
    headers: { ...(auth?.headers ?? {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

beforeAll(async () => {
  t = await createTestApp();
  [buyer, seller, stranger, admin] = [await t.tokenFor('BUYER'), await t.tokenFor('PRODUCER'), await t.tokenFor('BUYER'), await t.tokenFor('ADMIN')];
  await t.db.prisma.producer.create({ data: { userId: seller.user.id, businessName: 'Tenun Ina', ownerName: 'Ina', regionCode: '53.02', district: 'Waingapu', village: 'Prailiu', bankName: 'BNI', bankAccount: '1234567890', bankHolder: 'Ina' } });
  sellerActor = (await t.services.repos.users.loadActor(seller.user.id))!;
});
afterAll(() => t.close());

describe('orders API', () => {
  it('checks out the cart, reads and moves the order with the right rules and status codes', async () => {
    const product = await makeProduct(t.db.prisma, sellerActor, { name: 'Kain Tenun Sumba', priceIdr: 400_000, stock: 3 });
    const buyerActor = (await t.services.repos.users.loadActor(buyer.user.id))!;
    await putInCart(t.db.prisma, buyerActor, product.id, 2);

    expect((await send('POST', '/checkout', undefined, {})).status).toBe(401);
    const preview = await (await send('GET', '/checkout', buyer)).json();
    expect(preview.totalIdr).toBe(800_000);
    expect(preview.groups[0].producer).not.toHaveProperty('userId');
    const body = { checkoutKey: preview.checkoutKey, recipientName: 'Yohana', recipientPhone: '081311112222', deliveryMethod: 'COURIER', paymentMethod: 'BANK_TRANSFER', addressLine: 'Jl. Soeharto 12, Naikoten', city: 'Kota Kupang', province: 'NTT', postalCode: '85118' };
    expect((await send('POST', '/checkout', buyer, { ...body, deliveryMethod: 'TELEPORT' })).status).toBe(400);
    const placed = await send('POST', '/checkout', buyer, body);
    expect(placed.status).toBe(201);
    const { orders } = await placed.json();
    const id: string = orders[0].id;
    const again = await send('POST', '/checkout', buyer, body);
    expect(again.status).toBe(200);
    expect((await again.json()).orders[0].id).toBe(id);

    const detail = await send('GET', `/orders/${id}`, buyer);
    expect(detail.status).toBe(200);
    const d = await detail.json();
    expect(d.recipient.phone).toBe('6281311112222');
    expect(d.history.map((h: { to: string }) => h.to)).toEqual(['AWAITING_CONFIRMATION']);
    expect((await send('GET', `/orders/${id}`, seller)).status).toBe(200);
    expect((await send('GET', `/orders/${id}`, admin)).status).toBe(200);
    expect((await send('GET', `/orders/${id}`, stranger)).status).toBe(403);
    expect((await send('GET', '/orders/nope', buyer)).status).toBe(404);

    const mine = await (await send('GET', '/me/orders', buyer)).json();
    expect(mine.items.map((o: { id: string }) => o.id)).toContain(id);
    expect(JSON.stringify(mine)).not.toContain('6281311112222');
    const incoming = await (await send('GET', '/me/orders?as=producer&open=true', seller)).json();
    expect(incoming.items[0].city).toBe('Kota Kupang');
    expect((await send('GET', '/me/orders?as=producer', buyer)).status).toBe(403);

    expect((await send('POST', `/orders/${id}/accept`, buyer, { shippingIdr: 1 })).status).toBe(403);
    expect((await send('POST', `/orders/${id}/accept`, seller, {})).status).toBe(400);
    expect((await send('POST', `/orders/${id}/accept`, seller, { shippingIdr: -5 })).status).toBe(400);
    const accepted = await send('POST', `/orders/${id}/accept`, seller, { shippingIdr: 25_000 });
    expect(accepted.status).toBe(200);
    expect((await accepted.json()).totalIdr).toBe(825_000);
    expect((await send('POST', `/orders/${id}/accept`, seller, { shippingIdr: 25_000 })).status).toBe(409);
    expect((await send('POST', `/orders/${id}/decline`, seller, {})).status).toBe(400);
    expect((await send('POST', `/orders/${id}/ship`, seller, { courier: 'JNE', trackingNumber: 'JN1' })).status).toBe(409);

    const paid = await send('POST', `/orders/${id}/confirm-payment`, seller);
    expect([paid.status, (await paid.json()).status]).toEqual([200, 'PAID']);
    expect((await send('POST', `/orders/${id}/cancel`, buyer)).status).toBe(409);
    const shipped = await send('POST', `/orders/${id}/ship`, seller, { courier: 'J&T', trackingNumber: 'JT778899' });
    expect((await shipped.json()).trackingNumber).toBe('JT778899');
    expect((await send('POST', `/orders/${id}/complete`, stranger)).status).toBe(403);
    expect((await (await send('POST', `/orders/${id}/complete`, buyer)).json()).status).toBe('COMPLETED');
    const rated = await send('POST', `/orders/${id}/ratings`, buyer, { productId: product.id, stars: 5, comment: 'Indah' });
    expect(rated.status).toBe(201);
    expect((await send('POST', `/orders/${id}/ratings`, buyer, { productId: product.id, stars: 5 })).status).toBe(409);
    expect((await t.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(1);
  });

  it('a buyer cancels before paying with no body at all; the stock comes back', async () => {
    const product = await makeProduct(t.db.prisma, sellerActor, { stock: 2 });
    const buyerActor = (await t.services.repos.users.loadActor(stranger.user.id))!;
    await putInCart(t.db.prisma, buyerActor, product.id, 2);
    const res = await send('POST', '/checkout', stranger, { recipientName: 'Ama', recipientPhone: '081299990000', deliveryMethod: 'PICKUP_PRODUCER', paymentMethod: 'BANK_TRANSFER' });
    const id = (await res.json()).orders[0].id;
    const cancelled = await send('POST', `/orders/${id}/cancel`, stranger);
    expect([cancelled.status, (await cancelled.json()).status]).toEqual([200, 'CANCELLED']);
    expect((await t.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(2);
  });

  it('documents the order endpoints in the OpenAPI description', async () => {
    const doc = await (await t.app.request('/openapi.json')).json();
    for (const path of ['/api/v1/checkout', '/api/v1/me/orders', '/api/v1/orders/{id}', '/api/v1/orders/{id}/accept', '/api/v1/orders/{id}/confirm-payment']) expect(doc.paths).toHaveProperty([path]);
    expect(doc.components.schemas).toHaveProperty('Order');
  });
});
