// The API core through app.request(): health, catalogue, search, pagination, the error shape, tokens,
// OpenAPI, and a database that went away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaStore } from '../../domain/media/media-store.ts';
import { seedDemo } from '../../prisma/seed/index.ts';
import { createTestApp } from '../helpers/test-app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db.prisma, createMediaStore({ dataDir: t.dataDir, maxBytes: 10_000_000 }));
}, 120_000);
afterAll(() => t.close());

const get = async (path: string, headers?: Record<string, string>) => {
  const res = await t.app.request(path, { headers });
  return { status: res.status, body: (await res.json()) as any };
};

describe('API core', () => {
  it('GET /health answers ok on PGlite', async () => {
    const { status, body } = await get('/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: t.db.kind });
  });

  it('lists the 22 regencies and cities, 53.01 to 53.21 and 53.71', async () => {
    const { body } = await get('/api/v1/regions');
    const codes = body.items.map((r: { code: string }) => r.code);
    expect(codes).toHaveLength(22);
    expect(codes[0]).toBe('53.01');
    expect(codes).toContain('53.21');
    expect(codes.at(-1)).toBe('53.71');
  });

  it('lists categories', async () => {
    const { body } = await get('/api/v1/categories');
    expect(body.items.map((c: { id: string }) => c.id)).toContain('kopi');
  });

  it('publishes approved products only, and filters by region and category', async () => {
    const { body } = await get('/api/v1/products?limit=100');
    expect(body.items.length).toBeGreaterThan(10);
    expect(body.items.every((p: { status: string }) => p.status === 'APPROVED')).toBe(true);
    const ngada = await get('/api/v1/products?region=53.09&limit=100');
    expect(ngada.body.items.length).toBeGreaterThan(0);
    expect(ngada.body.items.every((p: { region: { code: string } }) => p.region.code === '53.09')).toBe(true);
    const tenun = await get('/api/v1/products?category=tenun&limit=100');
    expect(tenun.body.items.every((p: { category: { id: string } }) => p.category.id === 'tenun')).toBe(true);
  });

  it('pages with an opaque cursor without repeating or skipping', async () => {
    const all = (await get('/api/v1/products?limit=100')).body.items.map((p: { id: string }) => p.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await get(`/api/v1/products?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((p) => p.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('searches with typos and missing accents', async () => {
    const first = async (q: string) => (await get(`/api/v1/products?q=${encodeURIComponent(q)}`)).body.items[0]?.code;
    expect(await first('kopi bajawa')).toMatch(/^KBJ/);
    expect(await first('kopi bajawá')).toMatch(/^KBJ/);
    expect(await first('coffe flores')).toMatch(/^K/);
  });

  it('finds a product by id, code and slug; unknown ones are 404 in the error shape', async () => {
    const card = (await get('/api/v1/products?limit=1')).body.items[0];
    expect((await get(`/api/v1/products/${card.id}`)).body.code).toBe(card.code);
    expect((await get(`/api/v1/products/${card.code}`)).body.id).toBe(card.id);
    expect((await get(`/api/v1/products/${card.slug}`)).body.id).toBe(card.id);
    const missing = await get('/api/v1/products/nope-nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found' });
    expect(typeof missing.body.error.requestId).toBe('string');
  });

  it('hides unpublished products', async () => {
    const draft = await t.db.prisma.product.findFirstOrThrow({ where: { status: { not: 'APPROVED' } } });
    expect((await get(`/api/v1/products/${draft.id}`)).status).toBe(404);
  });

  it('answers bad input with 400 and the error shape, never a 500', async () => {
    for (const path of ['/api/v1/products?limit=100000', '/api/v1/products?limit=-1', '/api/v1/products?region=99', '/api/v1/products?cursor=%%%', '/api/v1/products?permit=FOO']) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body.error.code, path).toBe('validation');
      expect(JSON.stringify(body), path).not.toMatch(/at .*\.ts:\d+/);
    }
    expect((await get('/api/v1/nothing-here')).status).toBe(404);
  });

  it('rejects malformed JSON, wrong types and oversized bodies with 4xx', async () => {
    const admin = await t.tokenFor('ADMIN');
    const post = (body: string, extra: Record<string, string> = {}) =>
      t.app.request('/api/v1/admin/tokens', { method: 'POST', body, headers: { ...admin.headers, 'content-type': 'application/json', ...extra } });
    const malformed = await post('{"userId": ');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).error.code).toBe('validation');
    expect((await post(JSON.stringify({ userId: 42, name: [] }))).status).toBe(400);
    const huge = await post(JSON.stringify({ userId: 'x', name: 'y'.repeat(13 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
  });

  it('creates, uses and revokes API tokens; only admins may create them', async () => {
    const admin = await t.tokenFor('ADMIN');
    const curator = await t.tokenFor('CURATOR', ['53.09']);
    const res = await t.app.request('/api/v1/admin/tokens', { method: 'POST', body: JSON.stringify({ userId: curator.user.id, name: 'dashboard' }), headers: { ...admin.headers, 'content-type': 'application/json' } });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; token: string };
    const stored = await t.db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).not.toContain(created.token);
    expect((await get('/api/v1/admin/tokens', curator.headers)).status).toBe(403);
    expect((await get('/api/v1/admin/tokens', { authorization: `Bearer ${created.token}` })).status).toBe(403);
    const revoke = await t.app.request(`/api/v1/admin/tokens/${created.id}`, { method: 'DELETE', headers: admin.headers });
    expect(revoke.status).toBe(200);
    const after = await get('/api/v1/admin/tokens', { authorization: `Bearer ${created.token}` });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthorized');
    expect((await get('/api/v1/admin/tokens', { authorization: 'Bearer etl_00000000_forgedforgedforgedforged' })).status).toBe(401);
  });

  it('serves a valid OpenAPI 3 document and Swagger UI', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\.0\./);
    expect(body.info.title).toBe('Etalase NTT API');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/health', '/api/v1/regions', '/api/v1/products', '/api/v1/products/{id}']));
    expect(body.components.schemas.Error).toBeDefined();
    for (const [path, item] of Object.entries(body.paths as Record<string, Record<string, { responses: object }>>)) {
      for (const op of Object.values(item)) expect(Object.keys(op.responses).length, path).toBeGreaterThan(0);
    }
    const docs = await t.app.request('/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });
});

describe('rate limiting', () => {
  it('answers 429 in the error shape past the limit', async () => {
    const limited = await createTestApp({ rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.app.request('/api/v1/regions')).status);
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses[4]).toBe(429);
      const res = await limited.app.request('/api/v1/regions');
      expect(((await res.json()) as any).error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});

describe('database down', () => {
  it('answers 503 on /health and in the error shape on the API', async () => {
    const down = await createTestApp();
    await down.db.close();
    const health = await down.app.request('/health');
    expect(health.status).toBe(503);
    expect(((await health.json()) as any).status).toBe('down');
    const api = await down.app.request('/api/v1/regions');
    expect(api.status).toBe(503);
    expect(((await api.json()) as any).error.code).toBe('unavailable');
  });
});
