// The producer API through app.request(): profile, products, submit with curator alerts, photo uploads
// (multipart and raw), 403 for users who are not producers and 404 for someone else's product.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { actorOf, coffee, jpeg } from '../domain/services/producer-fixtures.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let mama: Record<string, string>;
let other: Record<string, string>;
let buyer: Record<string, string>;
let curatorId: string;

async function producerToken(regionCode: string, businessName: string) {
  const { user, headers } = await t.tokenFor('BUYER');
  await t.services.account.registerProducer(await actorOf(t.services, user.id), { ownerName: 'Owner', businessName, regionCode, district: 'Kota', village: 'Desa' });
  return headers;
}

beforeAll(async () => {
  t = await createTestApp();
  mama = await producerToken('53.09', 'Kopi Mama Ros');
  other = await producerToken('53.10', 'Tenun Sikka');
  buyer = (await t.tokenFor('BUYER')).headers;
  curatorId = (await t.tokenFor('CURATOR', ['53.09'])).user.id;
});
afterAll(() => t.close());

async function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const res = await t.app.request(path, { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, body: (await res.json()) as any };
}

describe('producer API', () => {
  it('reads and completes the business profile; refuses a bad NIB', async () => {
    const got = await call('GET', '/api/v1/me/producer', mama);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ businessName: 'Kopi Mama Ros', region: { code: '53.09' }, missing: ['nib', 'payment', 'story'] });
    const patched = await call('PATCH', '/api/v1/me/producer', mama, { nib: '9120-0012-34567', bankName: 'BRI', bankAccount: '1234 5678 90', bankHolder: 'Rosa', story: 'Kopi dari Inerie.' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ nib: '9120001234567', bank: { account: '1234567890' }, missing: [] });
    const bad = await call('PATCH', '/api/v1/me/producer', mama, { nib: '123' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation');
  });

  it('creates a draft, uploads photos (multipart and raw), submits and alerts the regency curator', async () => {
    const created = await call('POST', '/api/v1/me/products', mama, { ...coffee, declaredPirt: 'P-IRT 2065371010123-27' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'DRAFT', declared: { pirt: '206537101012327' }, photos: [] });
    const id = created.body.id as string;

    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(await jpeg(900, 700))], { type: 'image/jpeg' }), 'kopi.jpg');
    const multipart = await t.app.request(`/api/v1/me/products/${id}/photos`, { method: 'POST', headers: mama, body: form });
    expect(multipart.status).toBe(201);
    const raw = await t.app.request(`/api/v1/me/products/${id}/photos`, { method: 'POST', headers: { ...mama, 'content-type': 'image/jpeg' }, body: new Uint8Array(await jpeg()) });
    expect(raw.status).toBe(201);
    const withPhotos = (await raw.json()) as { photos: { path: string }[] };
    expect(withPhotos.photos).toHaveLength(2);
    const notImage = await t.app.request(`/api/v1/me/products/${id}/photos`, { method: 'POST', headers: { ...mama, 'content-type': 'image/png' }, body: new TextEncoder().encode('not a picture') });
    expect(notImage.status).toBe(422);

    const submitted = await call('POST', `/api/v1/me/products/${id}/submit`, mama);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('SUBMITTED');
    const alerts = await t.db.prisma.notification.findMany({ where: { recipientId: curatorId, template: 'producer:notify.curatorNewSubmission' } });
    expect(alerts).toHaveLength(1);
    expect((await call('POST', `/api/v1/me/products/${id}/submit`, mama)).status).toBe(409);

    const list = await call('GET', '/api/v1/me/products', mama);
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(id);
  });

  it('keeps an approved product approved on a price change and sends it back on a new name', async () => {
    const { body } = await call('POST', '/api/v1/me/products', mama, coffee);
    await t.db.prisma.product.update({ where: { id: body.id }, data: { status: 'APPROVED' } });
    const priced = await call('PATCH', `/api/v1/me/products/${body.id}`, mama, { priceIdr: 95_000, stock: 3, paused: true });
    expect(priced.status).toBe(200);
    expect(priced.body).toMatchObject({ status: 'APPROVED', priceIdr: 95_000, stock: 3, paused: true, sentToReview: false });
    const renamed = await call('PATCH', `/api/v1/me/products/${body.id}`, mama, { nameId: 'Kopi Robusta Bajawa' });
    expect(renamed.body).toMatchObject({ status: 'SUBMITTED', sentToReview: true });
    expect((await call('PATCH', `/api/v1/me/products/${body.id}`, mama, { stock: -3 })).status).toBe(400);
    expect((await call('PATCH', `/api/v1/me/products/${body.id}`, mama, { archived: true })).body.status).toBe('ARCHIVED');
    expect((await call('GET', `/api/v1/me/products/${body.id}`, mama)).status).toBe(404);
  });

  it('answers 401 without a token, 403 to a buyer, 404 for another producer’s product', async () => {
    const { body } = await call('POST', '/api/v1/me/products', mama, coffee);
    expect((await call('GET', '/api/v1/me/products', {})).status).toBe(401);
    expect((await call('GET', '/api/v1/me/products', buyer)).status).toBe(403);
    expect((await call('GET', '/api/v1/me/producer', buyer)).status).toBe(403);
    expect((await call('POST', '/api/v1/me/products', buyer, coffee)).status).toBe(403);
    expect((await call('GET', `/api/v1/me/products/${body.id}`, other)).status).toBe(404);
    expect((await call('PATCH', `/api/v1/me/products/${body.id}`, other, { stock: 1 })).status).toBe(404);
    const upload = await t.app.request(`/api/v1/me/products/${body.id}/photos`, { method: 'POST', headers: { ...other, 'content-type': 'image/jpeg' }, body: new Uint8Array(await jpeg()) });
    expect(upload.status).toBe(404);
    expect(await t.db.prisma.media.count({ where: { kind: 'product_photo', ownerId: { not: null } } })).toBe(2); // only mama's two uploads
  });

  it('documents the routes in OpenAPI', async () => {
    const doc = (await (await t.app.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    for (const path of ['/api/v1/me/producer', '/api/v1/me/products', '/api/v1/me/products/{id}', '/api/v1/me/products/{id}/submit', '/api/v1/me/products/{id}/photos']) expect(doc.paths).toHaveProperty([path]);
  });
});
