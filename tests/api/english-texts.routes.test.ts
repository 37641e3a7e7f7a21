// English versions of producers' texts over the API: a producer writes (and clears) the story in English
// with PATCH /me/producer; the public product carries it next to the Indonesian, null when there is none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/test-app.ts';
import { actorOf, coffee } from '../domain/services/producer-fixtures.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let mama: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const { user, headers } = await t.tokenFor('BUYER');
  await t.services.account.registerProducer(await actorOf(t.services, user.id), { ownerName: 'Owner', businessName: 'Kopi Mama Ros', regionCode: '53.09', district: 'Kota', village: 'Desa' });
  mama = headers;
});
afterAll(() => t.close());

async function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const res = await t.app.request(path, { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('English texts over the API', () => {
  it('writes, shows and clears the story in English; the public product carries both versions', async () => {
    const created = await call('POST', '/api/v1/me/products', mama, coffee);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await t.db.prisma.product.update({ where: { id }, data: { status: 'APPROVED', approvedAt: new Date() } });

    const indonesianOnly = await call('PATCH', '/api/v1/me/producer', mama, { story: 'Kopi dari lereng Inerie.' });
    expect(indonesianOnly.body).toMatchObject({ story: 'Kopi dari lereng Inerie.', storyEn: null });
    expect((await call('GET', `/api/v1/products/${id}`, {})).body).toMatchObject({ producer: { story: 'Kopi dari lereng Inerie.', storyEn: null } });

    const english = await call('PATCH', '/api/v1/me/producer', mama, { storyEn: '  Coffee from the slopes of Mount Inerie.  ' });
    expect(english.status).toBe(200);
    expect(english.body).toMatchObject({ story: 'Kopi dari lereng Inerie.', storyEn: 'Coffee from the slopes of Mount Inerie.' });
    expect((await call('GET', `/api/v1/products/${id}`, {})).body).toMatchObject({ producer: { storyEn: 'Coffee from the slopes of Mount Inerie.' } });

    const tooLong = await call('PATCH', '/api/v1/me/producer', mama, { storyEn: 'x'.repeat(1001) });
    expect(tooLong.status).toBe(400);
    expect((await call('PATCH', '/api/v1/me/producer', mama, { storyEn: null })).body).toMatchObject({ storyEn: null });
  });
});
