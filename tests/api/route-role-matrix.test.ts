// Every operation of /openapi.json × every kind of caller, one row per route: no token, a buyer, the producer
// who owns the objects, another producer, a curator of another regency, the curator of the objects'
// regency, an admin. Refused callers get 401/403 (or 404 where the object is not theirs to know of), never
// a 400 that describes the route's body: mutating requests send a body that is invalid on purpose, so an
// allowed caller answers 400 and nothing changes. A route added to the document without its row fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../domain/services/actor.ts';
import { actorOf, courierInput, makeProducer, makeProduct, putInCart } from '../domain/services/order-fixtures.ts';
import { makeProduct as makeSubmittedProduct } from '../domain/services/official-fixtures.ts';
import { createTestApp } from '../helpers/test-app.ts';

const ROLES = ['none', 'buyer', 'producer', 'otherProducer', 'curatorOther', 'curator', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Statuses = [none: number, buyer: number, producer: number, otherProducer: number, curatorOther: number, curator: number, admin: number];

interface Ids {
  submitted: string;
  approved: string;
  approvedCode: string;
  order: string;
  line: string;
  licensingCase: string;
  point: string;
}

interface Row {
  path: (ids: Ids) => string;
  body?: unknown;
  expect: Statuses;
}

/** one row per operation: the key is the operation as the document names it ("METHOD /path") */
const MATRIX: Record<string, Row> = {
  // operations
  'GET /health': { path: () => '/health', expect: [200, 200, 200, 200, 200, 200, 200] },
  // the public catalogue
  'GET /api/v1/regions': { path: () => '/api/v1/regions', expect: [200, 200, 200, 200, 200, 200, 200] },
  'GET /api/v1/categories': { path: () => '/api/v1/categories', expect: [200, 200, 200, 200, 200, 200, 200] },
  'GET /api/v1/products': { path: () => '/api/v1/products', expect: [200, 200, 200, 200, 200, 200, 200] },
  'GET /api/v1/products/{id}': { path: (i) => `/api/v1/products/${i.approvedCode}`, expect: [200, 200, 200, 200, 200, 200, 200] },
  // the caller's cart (everyone signed in has one)
  'GET /api/v1/me/cart': { path: () => '/api/v1/me/cart', expect: [401, 200, 200, 200, 200, 200, 200] },
  'POST /api/v1/me/cart': { path: () => '/api/v1/me/cart', body: {}, expect: [401, 400, 400, 400, 400, 400, 400] },
  'DELETE /api/v1/me/cart': { path: () => '/api/v1/me/cart', expect: [401, 200, 200, 200, 200, 200, 200] },
  'PATCH /api/v1/me/cart/{lineId}': { path: (i) => `/api/v1/me/cart/${i.line}`, body: {}, expect: [401, 400, 400, 400, 400, 400, 400] },
  'DELETE /api/v1/me/cart/{lineId}': { path: () => '/api/v1/me/cart/no-such-line', expect: [401, 404, 404, 404, 404, 404, 404] },
  // checkout and orders
  'GET /api/v1/checkout': { path: () => '/api/v1/checkout', expect: [401, 200, 200, 200, 200, 200, 200] },
  'POST /api/v1/checkout': { path: () => '/api/v1/checkout', body: {}, expect: [401, 400, 400, 400, 400, 400, 400] },
  'GET /api/v1/me/orders': { path: () => '/api/v1/me/orders', expect: [401, 200, 200, 200, 200, 200, 200] },
  'GET /api/v1/orders/{id}': { path: (i) => `/api/v1/orders/${i.order}`, expect: [401, 200, 200, 403, 403, 403, 200] },
  'POST /api/v1/orders/{id}/accept': { path: (i) => `/api/v1/orders/${i.order}/accept`, body: { shippingIdr: -1 }, expect: [401, 403, 400, 403, 403, 403, 400] },
  'POST /api/v1/orders/{id}/decline': { path: (i) => `/api/v1/orders/${i.order}/decline`, body: {}, expect: [401, 403, 400, 403, 403, 403, 400] },
  'POST /api/v1/orders/{id}/cancel': { path: (i) => `/api/v1/orders/${i.order}/cancel`, body: { reason: 5 }, expect: [401, 400, 403, 403, 403, 403, 400] },
  'POST /api/v1/orders/{id}/confirm-payment': { path: (i) => `/api/v1/orders/${i.order}/confirm-payment`, expect: [401, 403, 409, 403, 403, 403, 409] },
  'POST /api/v1/orders/{id}/ship': { path: (i) => `/api/v1/orders/${i.order}/ship`, body: { courier: 1 }, expect: [401, 403, 400, 403, 403, 403, 400] },
  'POST /api/v1/orders/{id}/complete': { path: (i) => `/api/v1/orders/${i.order}/complete`, expect: [401, 409, 409, 403, 403, 403, 409] },
  'POST /api/v1/orders/{id}/ratings': { path: (i) => `/api/v1/orders/${i.order}/ratings`, body: {}, expect: [401, 400, 403, 403, 403, 403, 403] },
  // a producer's own business and products (/me: as the caller only, admins included)
  'GET /api/v1/me/producer': { path: () => '/api/v1/me/producer', expect: [401, 403, 200, 200, 403, 403, 403] },
  'PATCH /api/v1/me/producer': { path: () => '/api/v1/me/producer', body: { nib: 5 }, expect: [401, 403, 400, 400, 403, 403, 403] },
  'GET /api/v1/me/products': { path: () => '/api/v1/me/products', expect: [401, 403, 200, 200, 403, 403, 403] },
  'POST /api/v1/me/products': { path: () => '/api/v1/me/products', body: {}, expect: [401, 403, 400, 400, 403, 403, 403] },
  'GET /api/v1/me/products/{id}': { path: (i) => `/api/v1/me/products/${i.approved}`, expect: [401, 403, 200, 404, 403, 403, 403] },
  'PATCH /api/v1/me/products/{id}': { path: (i) => `/api/v1/me/products/${i.approved}`, body: { priceIdr: 'mahal' }, expect: [401, 403, 400, 400, 403, 403, 403] },
  'POST /api/v1/me/products/{id}/submit': { path: (i) => `/api/v1/me/products/${i.submitted}/submit`, expect: [401, 403, 409, 404, 403, 403, 403] },
  'POST /api/v1/me/products/{id}/photos': { path: (i) => `/api/v1/me/products/${i.submitted}/photos`, body: {}, expect: [401, 403, 415, 415, 403, 403, 403] },
  // online payment, shipping rates and estimates, payouts
  'POST /api/v1/orders/{id}/payment': { path: (i) => `/api/v1/orders/${i.order}/payment`, expect: [401, 422, 404, 404, 404, 404, 404] },
  'GET /api/v1/payments/{id}': { path: () => '/api/v1/payments/no-such-payment', expect: [401, 404, 404, 404, 404, 404, 404] },
  'POST /api/v1/payments/{id}/refund': { path: () => '/api/v1/payments/no-such-payment/refund', body: { reason: 1 }, expect: [401, 403, 403, 403, 403, 403, 400] },
  'GET /api/v1/me/shipping-rates': { path: () => '/api/v1/me/shipping-rates', expect: [401, 403, 200, 200, 403, 403, 403] },
  'PUT /api/v1/me/shipping-rates': { path: () => '/api/v1/me/shipping-rates', body: { rates: 'murah' }, expect: [401, 403, 400, 400, 403, 403, 403] },
  'GET /api/v1/shipping/estimate': { path: (i) => `/api/v1/shipping/estimate?destination=Kupang&productId=${i.approved}`, expect: [401, 200, 200, 200, 200, 200, 200] },
  'GET /api/v1/payouts': { path: () => '/api/v1/payouts', expect: [401, 403, 403, 403, 403, 403, 200] },
  'POST /api/v1/payouts': { path: () => '/api/v1/payouts', body: {}, expect: [401, 403, 403, 403, 403, 403, 400] },
  'GET /api/v1/payouts.csv': { path: () => '/api/v1/payouts.csv', expect: [401, 403, 403, 403, 403, 403, 200] },
  // the gateways' callbacks: public, proven by their own signature or token (none here)
  'POST /payments/midtrans/notification': { path: () => '/payments/midtrans/notification', body: {}, expect: [400, 400, 400, 400, 400, 400, 400] },
  'GET /whatsapp/webhook': { path: () => '/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1', expect: [404, 404, 404, 404, 404, 404, 404] },
  'POST /whatsapp/webhook': { path: () => '/whatsapp/webhook', body: { object: 'whatsapp_business_account', entry: [] }, expect: [404, 404, 404, 404, 404, 404, 404] },
  // officials: invitations, curation, flagships, targets, reports
  'POST /api/v1/invitations': { path: () => '/api/v1/invitations', body: {}, expect: [401, 403, 403, 403, 403, 403, 400] },
  'GET /api/v1/curation/queue': { path: () => '/api/v1/curation/queue', expect: [401, 403, 403, 403, 200, 200, 200] },
  'POST /api/v1/products/{id}/reviews': { path: (i) => `/api/v1/products/${i.submitted}/reviews`, body: {}, expect: [401, 403, 403, 403, 400, 400, 400] },
  'POST /api/v1/products/{id}/flagship': { path: (i) => `/api/v1/products/${i.approved}/flagship`, body: { month: 'bulan ini' }, expect: [401, 403, 403, 403, 400, 400, 400] },
  'GET /api/v1/targets': { path: () => '/api/v1/targets', expect: [401, 403, 403, 403, 200, 200, 200] },
  'PUT /api/v1/targets/{region}/{month}': { path: () => '/api/v1/targets/53.09/2026-12', body: {}, expect: [401, 403, 403, 403, 403, 403, 400] },
  'GET /api/v1/reports/monthly': { path: () => '/api/v1/reports/monthly?month=2026-11', expect: [401, 403, 403, 403, 403, 403, 200] },
  // licensing
  'POST /api/v1/licensing-cases': { path: () => '/api/v1/licensing-cases', body: {}, expect: [401, 403, 400, 400, 400, 400, 400] },
  'GET /api/v1/licensing-cases': { path: () => '/api/v1/licensing-cases', expect: [401, 403, 200, 200, 200, 200, 200] },
  'GET /api/v1/licensing-cases/{id}': { path: (i) => `/api/v1/licensing-cases/${i.licensingCase}`, expect: [401, 403, 200, 404, 403, 200, 200] },
  'POST /api/v1/licensing-cases/{id}/steps': { path: (i) => `/api/v1/licensing-cases/${i.licensingCase}/steps`, body: { note: 5 }, expect: [401, 403, 403, 403, 400, 400, 400] },
  'POST /api/v1/licensing-cases/{id}/certificate': { path: (i) => `/api/v1/licensing-cases/${i.licensingCase}/certificate`, body: {}, expect: [401, 403, 403, 403, 400, 400, 400] },
  // the display network
  'GET /api/v1/display-points': { path: () => '/api/v1/display-points', expect: [401, 403, 403, 403, 200, 200, 200] },
  'POST /api/v1/display-points': { path: () => '/api/v1/display-points', body: {}, expect: [401, 403, 403, 403, 403, 403, 400] },
  'GET /api/v1/display-points/{code}': { path: (i) => `/api/v1/display-points/${i.point}`, expect: [401, 403, 403, 403, 403, 200, 200] },
  'PATCH /api/v1/display-points/{code}': { path: (i) => `/api/v1/display-points/${i.point}`, body: { name: 1 }, expect: [401, 403, 403, 403, 403, 403, 400] },
  'POST /api/v1/display-points/{code}/placements': { path: (i) => `/api/v1/display-points/${i.point}/placements`, body: {}, expect: [401, 403, 403, 403, 400, 400, 400] },
  'POST /api/v1/display-points/{code}/sales': { path: (i) => `/api/v1/display-points/${i.point}/sales`, body: {}, expect: [401, 403, 403, 403, 403, 400, 400] },
  'GET /api/v1/display-points/{code}/inventory': { path: (i) => `/api/v1/display-points/${i.point}/inventory`, expect: [401, 403, 403, 403, 403, 200, 200] },
  'GET /api/v1/display-points/{code}/labels.pdf': { path: (i) => `/api/v1/display-points/${i.point}/labels.pdf`, expect: [401, 403, 403, 403, 403, 200, 200] },
  'GET /api/v1/display-points/{code}/labels/{file}': { path: (i) => `/api/v1/display-points/${i.point}/labels/${i.approvedCode}.png`, expect: [401, 403, 403, 403, 403, 404, 404] },
  'GET /api/v1/display-points/{code}/report': { path: (i) => `/api/v1/display-points/${i.point}/report`, expect: [401, 403, 403, 403, 403, 200, 200] },
  'POST /api/v1/display-points/{code}/staff': { path: (i) => `/api/v1/display-points/${i.point}/staff`, body: {}, expect: [401, 403, 403, 403, 400, 400, 400] },
  // admin
  'POST /api/v1/admin/tokens': { path: () => '/api/v1/admin/tokens', body: {}, expect: [401, 403, 403, 403, 403, 403, 400] },
  'GET /api/v1/admin/tokens': { path: () => '/api/v1/admin/tokens', expect: [401, 403, 403, 403, 403, 403, 200] },
  'DELETE /api/v1/admin/tokens/{id}': { path: () => '/api/v1/admin/tokens/no-such-token', expect: [401, 403, 403, 403, 403, 403, 404] },
  'PATCH /api/v1/admin/products/{id}': { path: (i) => `/api/v1/admin/products/${i.approved}`, body: { changes: { priceIdr: 'mahal' } }, expect: [401, 403, 403, 403, 403, 403, 400] },
  'GET /api/v1/admin/whatsapp/qr': { path: () => '/api/v1/admin/whatsapp/qr', expect: [401, 403, 403, 403, 403, 403, 404] },
  // local tools: the data folder's secret, which no API token replaces (and the test app has no server's)
  'POST /internal/console.turn': { path: () => '/internal/console.turn', body: { user: 'x', line: 'halo' }, expect: [401, 401, 401, 401, 401, 401, 401] },
  'POST /internal/console.poll': { path: () => '/internal/console.poll', body: { user: 'x' }, expect: [401, 401, 401, 401, 401, 401, 401] },
  'POST /internal/seed': { path: () => '/internal/seed', body: {}, expect: [401, 401, 401, 401, 401, 401, 401] },
  'POST /internal/backup': { path: () => '/internal/backup', body: {}, expect: [401, 401, 401, 401, 401, 401, 401] },
  'POST /internal/admin': { path: () => '/internal/admin', body: { command: 'token-list' }, expect: [401, 401, 401, 401, 401, 401, 401] },
};

let t: Awaited<ReturnType<typeof createTestApp>>;
let ids: Ids;
const headers = new Map<Role, Record<string, string>>();
let documented: string[];

async function tokenOf(actor: Actor): Promise<Record<string, string>> {
  const { token } = await t.services.auth.createApiToken(systemActor('matrix'), { userId: actor.userId, name: 'matrix' });
  return { authorization: `Bearer ${token}` };
}

beforeAll(async () => {
  t = await createTestApp();
  const { services, db } = t;
  const producer = await makeProducer(services, db.prisma, { regionCode: '53.09' });
  const otherProducer = await makeProducer(services, db.prisma, { regionCode: '53.09' });
  const buyer = await t.tokenFor('BUYER');
  const curator = await t.tokenFor('CURATOR', ['53.09']);
  const admin = await t.tokenFor('ADMIN');
  headers.set('none', {});
  headers.set('buyer', buyer.headers);
  headers.set('producer', await tokenOf(producer));
  headers.set('otherProducer', await tokenOf(otherProducer));
  headers.set('curatorOther', (await t.tokenFor('CURATOR', ['53.71'])).headers);
  headers.set('curator', curator.headers);
  headers.set('admin', admin.headers);

  const asUser = (userId: string) => actorOf(services, userId);
  const approved = await makeProduct(db.prisma, producer, { stock: 50 });
  const submitted = await makeSubmittedProduct(db.prisma, producer.producerId!, { status: 'SUBMITTED' });
  const buyerActor = await asUser(buyer.user.id);
  await putInCart(db.prisma, buyerActor, approved.id, 2);
  const placed = await services.checkout.confirm(buyerActor, courierInput('matrix-checkout-0001'));
  await putInCart(db.prisma, buyerActor, approved.id, 1);
  const line = await db.prisma.cartItem.findFirstOrThrow({ where: { cart: { userId: buyer.user.id } } });
  const licensingCase = await services.licensing.open(await asUser(curator.user.id), { type: 'NIB', producerId: producer.producerId! });
  const point = await services.display.createPoint(await asUser(admin.user.id), { code: 'MTX-POINT', kind: 'HOTEL', name: 'Hotel Matriks', city: 'Bajawa', regionCode: '53.09' });
  ids = { submitted: submitted.id, approved: approved.id, approvedCode: approved.code, order: placed.orders[0]!.id, line: line.id, licensingCase: licensingCase.id, point: point.code };

  const doc = (await (await t.app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  documented = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${p}`));
}, 120_000);
afterAll(() => t.close());

describe('route × role matrix', () => {
  it('has one row for every operation in /openapi.json, and no row for a route that is gone', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...documented].sort());
  });

  it.each(Object.entries(MATRIX))('%s', async (operation, row) => {
    const method = operation.split(' ')[0]!;
    const actual: number[] = [];
    for (const role of ROLES) {
      const init: RequestInit = { method, headers: { ...headers.get(role) } };
      if (row.body !== undefined) {
        init.body = JSON.stringify(row.body);
        (init.headers as Record<string, string>)['content-type'] = 'application/json';
      }
      const res = await t.app.request(row.path(ids), init);
      actual.push(res.status);
      if (res.status >= 400) expect((await res.json()) as { error?: { code?: string } }, `${operation} as ${role}`).toHaveProperty('error.code');
    }
    const show = (statuses: readonly number[]) => ROLES.map((r, i) => `${r} ${statuses[i]}`).join(', ');
    expect(show(actual)).toBe(show(row.expect));
  });
});

describe('/me routes act as the caller only', () => {
  it("an admin's token cannot change a producer's product through /me, even with a valid body", async () => {
    const res = await t.app.request(`/api/v1/me/products/${ids.approved}`, { method: 'PATCH', headers: { ...headers.get('admin'), 'content-type': 'application/json' }, body: JSON.stringify({ priceIdr: 1000, stock: 1 }) });
    expect(res.status).toBe(403);
    const row = await t.db.prisma.product.findUniqueOrThrow({ where: { id: ids.approved } });
    expect(row.priceIdr).not.toBe(1000);
    // the owner still can
    const own = await t.app.request(`/api/v1/me/products/${ids.approved}`, { method: 'PATCH', headers: { ...headers.get('producer'), 'content-type': 'application/json' }, body: JSON.stringify({ stock: 49 }) });
    expect(own.status).toBe(200);
  });

  it('an admin who also runs a business reaches only their own products through /me', async () => {
    const admin = await t.tokenFor('ADMIN');
    await t.db.prisma.producer.create({ data: { userId: admin.user.id, businessName: 'Usaha Admin', ownerName: 'Admin', regionCode: '53.71', district: 'Oebobo', village: 'Oebobo' } });
    const res = await t.app.request(`/api/v1/me/products/${ids.approved}`, { headers: admin.headers });
    expect(res.status).toBe(404);
    const patch = await t.app.request(`/api/v1/me/products/${ids.approved}`, { method: 'PATCH', headers: { ...admin.headers, 'content-type': 'application/json' }, body: JSON.stringify({ stock: 3 }) });
    expect(patch.status).toBe(404);
    expect((await t.db.prisma.product.findUniqueOrThrow({ where: { id: ids.approved } })).stock).toBe(49);
  });
});

