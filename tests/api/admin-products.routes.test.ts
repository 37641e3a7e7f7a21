// PATCH /api/v1/admin/products/{id}: an admin's audited correction of a producer's product. The change and its
// audit record (admin, product, fields before/after, reason) land together; everyone else is refused before
// the body is read, so a refused caller never learns the body's shape and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../domain/services/actor.ts';
import { makeProducer, makeProduct } from '../domain/services/order-fixtures.ts';
import { createTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let producer: Actor;
let productId: string;
let original: { priceIdr: number; nameId: string; status: string };

async function tokenOf(actor: Actor): Promise<Record<string, string>> {
  const { token } = await t.services.auth.createApiToken(systemActor('test'), { userId: actor.userId, name: 'test' });
  return { authorization: `Bearer ${token}` };
}

const patch = (id: string, headers: Record<string, string>, body: unknown) =>
  t.app.request(`/api/v1/admin/products/${id}`, { method: 'PATCH', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
const audits = () => t.db.prisma.auditLog.findMany({ where: { entity: 'Product', entityId: productId, action: 'product.admin.correct' } });

beforeAll(async () => {
  t = await createTestApp();
  producer = await makeProducer(t.services, t.db.prisma, { regionCode: '53.09' });
  const row = await makeProduct(t.db.prisma, producer, { priceIdr: 75000, stock: 10 });
  productId = row.id;
  original = { priceIdr: row.priceIdr, nameId: row.nameId, status: row.status };
}, 120_000);
afterAll(() => t.close());

describe('PATCH /api/v1/admin/products/{id}', () => {
  it('refuses the owner, a buyer and the regency curator with 403 before the body, and changes nothing', async () => {
    const valid = { reason: 'harga salah ketik', changes: { priceIdr: 1000 } };
    const callers = [await tokenOf(producer), (await t.tokenFor('BUYER')).headers, (await t.tokenFor('CURATOR', ['53.09'])).headers];
    for (const headers of callers) {
      for (const body of [valid, {}, { changes: { priceIdr: 'mahal' } }]) {
        const res = await patch(productId, headers, body);
        expect(res.status).toBe(403);
        expect(((await res.json()) as { error: { code: string; details?: unknown } }).error).toEqual(expect.objectContaining({ code: 'forbidden' }));
      }
    }
    expect((await patch(productId, {}, valid)).status).toBe(401);
    expect((await t.db.prisma.product.findUniqueOrThrow({ where: { id: productId } })).priceIdr).toBe(original.priceIdr);
    expect(await audits()).toHaveLength(0);
  });

  it('needs a reason from an admin too (400), and answers 404 for a product that does not exist', async () => {
    const admin = await t.tokenFor('ADMIN');
    const noReason = await patch(productId, admin.headers, { changes: { priceIdr: 90000 } });
    expect(noReason.status).toBe(400);
    expect(((await noReason.json()) as { error: { code: string } }).error.code).toBe('validation');
    expect((await patch(productId, admin.headers, { reason: 'ok', changes: { unit: 'kg' } })).status).toBe(400);
    expect((await patch('no-such-product', admin.headers, { reason: 'salah harga', changes: { priceIdr: 90000 } })).status).toBe(404);
    expect(await audits()).toHaveLength(0);
  });

  it('lets an admin correct the product and writes the audit record with before, after and the reason', async () => {
    const admin = await t.tokenFor('ADMIN');
    const res = await patch(productId, admin.headers, {
      reason: 'harga salah ketik, produsen minta dikoreksi',
      changes: { priceIdr: 90000, stock: 12, nameEn: 'Bajawa Arabica Coffee', nameId: original.nameId },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { priceIdr: number; stock: number; name: { id: string; en: string | null }; changed: string[]; status: string };
    expect(body).toMatchObject({ priceIdr: 90000, stock: 12, name: { id: original.nameId, en: 'Bajawa Arabica Coffee' }, status: original.status });
    expect([...body.changed].sort()).toEqual(['nameEn', 'priceIdr', 'stock']);

    const row = await t.db.prisma.product.findUniqueOrThrow({ where: { id: productId } });
    expect(row).toMatchObject({ priceIdr: 90000, stock: 12, nameEn: 'Bajawa Arabica Coffee', status: original.status });
    const [entry, ...more] = await audits();
    expect(more).toHaveLength(0);
    expect(entry).toMatchObject({ actorId: admin.user.id, entityId: productId });
    expect(entry!.data).toEqual({
      reason: 'harga salah ketik, produsen minta dikoreksi',
      producerId: producer.producerId,
      before: { priceIdr: original.priceIdr, stock: 10, nameEn: null },
      after: { priceIdr: 90000, stock: 12, nameEn: 'Bajawa Arabica Coffee' },
    });

    // the same correction again changes nothing and records nothing
    const again = await patch(productId, admin.headers, { reason: 'sekali lagi', changes: { priceIdr: 90000 } });
    expect(((await again.json()) as { changed: string[] }).changed).toEqual([]);
    expect(await audits()).toHaveLength(1);
  });
});
