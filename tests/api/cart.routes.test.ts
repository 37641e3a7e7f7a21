// /api/v1/me/cart through app.request(): the token's user's cart, the same rules as in the chat, the JSON
// error shape for refusals, and no access to someone else's lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { seedSmallShop } from '../bot/buyer/catalog-fixtures.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let shop: Awaited<ReturnType<typeof seedSmallShop>>;
beforeAll(async () => {
  t = await createTestApp();
  shop = await seedSmallShop(t.db.prisma);
});
afterAll(() => t.close());

async function call(method: string, path: string, headers: Record<string, string> = {}, body?: unknown) {
  const res = await t.app.request(path, { method, headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, body: body !== undefined ? JSON.stringify(body) : undefined });
  return { status: res.status, body: (await res.json()) as any };
}

describe('/api/v1/me/cart', () => {
  it('needs a token', async () => {
    const res = await call('GET', '/api/v1/me/cart');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('adds (merging), reads, changes and removes lines of the caller’s cart', async () => {
    const { headers } = await t.tokenFor('BUYER');
    expect((await call('GET', '/api/v1/me/cart', headers)).body).toMatchObject({ lines: [], totalIdr: 0, canCheckout: false });
    const added = await call('POST', '/api/v1/me/cart', headers, { productId: shop.products.ground.id, quantity: 2 });
    expect(added.status).toBe(201);
    await call('POST', '/api/v1/me/cart', headers, { productId: shop.products.ground.id, quantity: 1 });
    const withIkat = await call('POST', '/api/v1/me/cart', headers, { productId: shop.products.ikat.id });
    expect(withIkat.body.lines.map((l: any) => [l.code, l.quantity])).toEqual([
      ['KBJ02', 3],
      ['TSB01', 1],
    ]);
    expect(withIkat.body.groups.map((g: any) => g.subtotalIdr)).toEqual([195_000, 1_500_000]);
    const lineId = withIkat.body.lines[0].id;

    const changed = await call('PATCH', `/api/v1/me/cart/${lineId}`, headers, { quantity: 10 });
    expect(changed.status).toBe(200);
    expect(changed.body.lines[0].quantity).toBe(10);
    const removed = await call('DELETE', `/api/v1/me/cart/${lineId}`, headers);
    expect(removed.body.lines.map((l: any) => l.code)).toEqual(['TSB01']);
    expect((await call('DELETE', '/api/v1/me/cart', headers)).body).toEqual({ removed: 1 });
  });

  it('refuses bad quantities, above stock and unpublished products in the error shape', async () => {
    const { headers } = await t.tokenFor('PRODUCER');
    const zero = await call('POST', '/api/v1/me/cart', headers, { productId: shop.products.coffee.id, quantity: 0 });
    expect(zero.status).toBe(400);
    expect(zero.body.error.code).toBe('validation');
    expect((await call('POST', '/api/v1/me/cart', headers, { productId: shop.products.coffee.id, quantity: 'abc' })).status).toBe(400);
    const above = await call('POST', '/api/v1/me/cart', headers, { productId: shop.products.coffee.id, quantity: 5 });
    expect(above.status).toBe(422);
    expect(above.body.error.code).toBe('unprocessable');
    const draft = await call('POST', '/api/v1/me/cart', headers, { productId: shop.products.draft.id, quantity: 1 });
    expect(draft.status).toBe(404);
    expect((await call('PATCH', '/api/v1/me/cart/no-such-line', headers, { quantity: 1 })).status).toBe(404);
  });

  it("someone else's line is not found and stays as it was", async () => {
    const ana = await t.tokenFor('BUYER');
    const budi = await t.tokenFor('BUYER');
    const added = await call('POST', '/api/v1/me/cart', ana.headers, { productId: shop.products.ground.id, quantity: 2 });
    const lineId = added.body.lines[0].id;
    expect((await call('PATCH', `/api/v1/me/cart/${lineId}`, budi.headers, { quantity: 1 })).status).toBe(404);
    expect((await call('DELETE', `/api/v1/me/cart/${lineId}`, budi.headers)).status).toBe(404);
    expect((await call('GET', '/api/v1/me/cart', budi.headers)).body.lines).toEqual([]);
    expect((await call('GET', '/api/v1/me/cart', ana.headers)).body.lines[0].quantity).toBe(2);
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await call('GET', '/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/me/cart', '/api/v1/me/cart/{lineId}']));
  });
});
