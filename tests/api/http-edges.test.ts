// The HTTP edges every API route shares: junk in ids and bodies (400, never 500), 415 and 405 in the error
// shape, ETag / If-None-Match on the catalogue, Idempotency-Key on creating POSTs, /docs served from the
// installed swagger-ui-dist, and the web chat's errors with their requestId.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoute, z } from '@hono/zod-openapi';
import { createApp } from '../../api/app.ts';
import { silentLogger } from '../../domain/lib/logger.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { actorOf, coffee, jpeg } from '../domain/services/producer-fixtures.ts';
import { createWebHarness, type WebHarness } from '../web/web-harness.ts';

type ErrorJson = { error: { code: string; message: string; requestId?: string; details?: { path: string }[] } };

let t: Awaited<ReturnType<typeof createTestApp>>;
let web: WebHarness;
let buyer: Awaited<ReturnType<typeof t.tokenFor>>;
let admin: Awaited<ReturnType<typeof t.tokenFor>>;
beforeAll(async () => {
  t = await createTestApp();
  web = await createWebHarness();
  buyer = await t.tokenFor('BUYER');
  admin = await t.tokenFor('ADMIN');
}, 120_000);
afterAll(async () => {
  await t.close();
  await web.close();
});

const json = (headers: Record<string, string>, body: unknown) => ({ method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('junk in ids and bodies', () => {
  it.each(['/api/v1/products/%00x', '/api/v1/products/abc%00', '/api/v1/products/%ud800', '/api/v1/products/a%20b', '/api/v1/products/%E0%A4%A'])('GET %s answers 400 in the error shape', async (url) => {
    const res = await t.app.request(url);
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorJson;
    expect(body.error.code).toBe('validation');
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('a NUL byte or a lone surrogate in a body id or text answers 400 naming the field', async () => {
    for (const body of [{ productId: '\u0000x', quantity: 1 }, { productId: 'KBJ01\u0000', quantity: 1 }, { productId: 'ab\ud800cd', quantity: 1 }]) {
      const res = await t.app.request('/api/v1/me/cart', json(buyer.headers, body));
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorJson).error.details?.[0]?.path).toBe('productId');
    }
    // raw JSON escapes reach the same check
    const raw = await t.app.request('/api/v1/me/cart', { method: 'POST', headers: { ...buyer.headers, 'content-type': 'application/json' }, body: '{"productId":"x\\u0000","quantity":1}' });
    expect(raw.status).toBe(400);
    const search = await t.app.request('/api/v1/products?q=kopi%00');
    expect(search.status).toBe(400);
  });

  it('the storefront answers a junk product address with a 400 page, never 500', async () => {
    for (const url of ['/p/%00x', '/p/x%00', '/p/a%27b']) {
      const res = await web.app.request(url);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('text/html');
    }
  });
});

describe('status codes of the error shape', () => {
  it('415 answers unsupported_media_type, not internal', async () => {
    const res = await t.app.request('/api/v1/me/cart', { method: 'POST', headers: { ...buyer.headers, 'content-type': 'text/plain' }, body: 'productId=KBJ01' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as ErrorJson).error.code).toBe('unsupported_media_type');
  });

  it('a wrong method on a known path answers 405 with Allow; an unknown path 404', async () => {
    const put = await t.app.request('/api/v1/products', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    expect(((await put.json()) as ErrorJson).error.code).toBe('method_not_allowed');
    const cart = await t.app.request('/api/v1/me/cart', { method: 'PUT', headers: buyer.headers });
    expect(cart.status).toBe(405);
    expect(cart.headers.get('allow')).toBe('DELETE, GET, HEAD, POST');
    const line = await t.app.request('/api/v1/me/cart/abc', { method: 'GET', headers: buyer.headers });
    expect(line.status).toBe(405);
    expect(line.headers.get('allow')).toBe('DELETE, PATCH');
    const unknown = await t.app.request('/api/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorJson).error.code).toBe('not_found');
  });
});

describe('conditional catalogue reads', () => {
  it('answers an ETag and 304 with no body to a matching If-None-Match', async () => {
    for (const url of ['/api/v1/regions', '/api/v1/categories', '/api/v1/products?limit=5']) {
      const first = await t.app.request(url);
      expect(first.status).toBe(200);
      const tag = first.headers.get('etag');
      expect(tag).toMatch(/^"[^"]+"$/);
      const again = await t.app.request(url, { headers: { 'if-none-match': tag! } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const stale = await t.app.request(url, { headers: { 'if-none-match': '"not-this-one"' } });
      expect(stale.status).toBe(200);
    }
    const regions = await t.app.request('/api/v1/regions');
    const categories = await t.app.request('/api/v1/categories');
    expect(regions.headers.get('etag')).not.toBe(categories.headers.get('etag'));
  });
});

describe('Idempotency-Key', () => {
  const invite = (key: string, regionCodes: string[]) => t.app.request('/api/v1/invitations', { ...json(admin.headers, { role: 'CURATOR', regionCodes }), headers: { ...admin.headers, 'content-type': 'application/json', 'idempotency-key': key } });

  it('a repeated creating POST returns the first answer, and creates nothing new', async () => {
    const before = await t.db.prisma.invitation.count();
    const first = await invite('retry-0001-abcdef', ['53.09']);
    expect(first.status).toBe(201);
    const code = ((await first.json()) as { code: string }).code;
    const second = await invite('retry-0001-abcdef', ['53.09']);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(((await second.json()) as { code: string }).code).toBe(code);
    expect(await t.db.prisma.invitation.count()).toBe(before + 1);
    // another key is another request
    const other = await invite('retry-0002-abcdef', ['53.09']);
    expect(((await other.json()) as { code: string }).code).not.toBe(code);
    expect(await t.db.prisma.invitation.count()).toBe(before + 2);
  });

  it('the same key with another body answers 422; a malformed key 400', async () => {
    expect((await invite('retry-0003-abcdef', ['53.09'])).status).toBe(201);
    const changed = await invite('retry-0003-abcdef', ['53.10']);
    expect(changed.status).toBe(422);
    expect(((await changed.json()) as ErrorJson).error.code).toBe('unprocessable');
    expect((await invite('short', ['53.09'])).status).toBe(400);
  });

  it('works on a multipart photo upload: the route still reads the form, the repeat adds no second photo', async () => {
    const { user, headers } = await t.tokenFor('BUYER');
    await t.services.account.registerProducer(await actorOf(t.services, user.id), { ownerName: 'Owner', businessName: 'Kopi Ulang', regionCode: '53.09', district: 'Bajawa', village: 'Beiposo' });
    const created = await t.app.request('/api/v1/me/products', json(headers, coffee));
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    const photo = new Uint8Array(await jpeg(320, 240));
    const form = new FormData();
    form.append('photo', new Blob([photo], { type: 'image/jpeg' }), 'kopi.jpg');
    // a retry resends the same bytes (the same multipart boundary)
    const request = new Request(`http://localhost/api/v1/me/products/${id}/photos`, { method: 'POST', headers: { ...headers, 'idempotency-key': 'photo-upload-0001' }, body: form });
    const upload = () => t.app.request(request.clone());
    const first = await upload();
    expect(first.status).toBe(201);
    const second = await upload();
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(((await second.json()) as { photos: unknown[] }).photos).toHaveLength(1);
    expect(await t.db.prisma.productPhoto.count({ where: { productId: id } })).toBe(1);
  });

  it('a refused request does not keep the key: the corrected retry goes through', async () => {
    const bad = await invite('retry-0004-abcdef', ['99.99']);
    expect(bad.status).toBe(400);
    expect((await invite('retry-0004-abcdef', ['53.09'])).status).toBe(201);
  });
});

describe('/docs without internet', () => {
  it('serves Swagger UI and its assets from the installed swagger-ui-dist, nothing from another origin', async () => {
    const page = await t.app.request('/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const source of sources) expect(source.startsWith('/docs/')).toBe(true);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const dist = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    for (const source of sources) {
      const res = await t.app.request(source);
      expect(res.status, source).toBe(200);
      // hashed names (issue 27): "swagger-ui-bundle.<hash>.js" is the installed swagger-ui-bundle.js
      const file = path.basename(source).replace(/\.[0-9a-f]{16}\./, '.');
      const bytes = Buffer.from(await res.arrayBuffer());
      if (file === 'init.js') expect(bytes.toString()).toBe(await (await t.app.request('/docs/init.js')).text());
      else expect(bytes.equals(readFileSync(path.join(dist, file))), source).toBe(true);
    }
    const init = await (await t.app.request('/docs/init.js')).text();
    expect(init).toContain("url: '/openapi.json'");
    expect(sources.some((s) => /^\/docs\/assets\/init\.[0-9a-f]{16}\.js$/.test(s))).toBe(true);
    expect((await t.app.request('/docs/assets/..%2Fpackage.json')).status).toBe(404);
    expect((await t.app.request('/docs/licence')).status).toBe(200);
  });
});

describe('web chat errors', () => {
  it('carry the requestId of the answer', async () => {
    const res = await web.app.request('/chat/api/send', { method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, body: JSON.stringify({ text: 'halo' }) });
    expect(res.status).toBe(403);
    const body = (await res.json()) as ErrorJson;
    expect(body.error.requestId).toBeTruthy();
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
  });
});

describe('deprecation policy', () => {
  it('a deprecated operation answers Deprecation, Sunset and its successor, and is marked in the document', async () => {
    const old = createRoute({
      method: 'get',
      path: '/old-regions',
      operationId: 'listRegionsOld',
      summary: 'Replaced by /api/v1/regions',
      tags: ['catalog'],
      security: [],
      deprecated: true,
      'x-deprecated-on': '2026-01-01',
      'x-sunset': '2026-07-01',
      'x-successor': '/api/v1/regions',
      responses: { 200: { description: 'ok', content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } } } },
    });
    const app = createApp({
      services: t.services,
      logger: silentLogger,
      rateLimitPerMinute: 1000,
      health: { databaseKind: t.db.kind, pingDatabase: () => t.db.ping() },
      mount: (root) => {
        root.openapi({ ...old, path: '/api/v1/old-regions' }, (c) => c.json({ ok: true }, 200));
      },
    });
    const res = await app.request('/api/v1/old-regions');
    expect(res.status).toBe(200);
    expect(res.headers.get('deprecation')).toBe(`@${Date.parse('2026-01-01') / 1000}`);
    expect(res.headers.get('sunset')).toBe(new Date('2026-07-01').toUTCString());
    expect(res.headers.get('link')).toBe('</api/v1/regions>; rel="successor-version"');
    // a current operation carries none of it
    expect((await app.request('/api/v1/regions')).headers.get('deprecation')).toBeNull();
    const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, { get: { deprecated?: boolean } }> };
    expect(doc.paths['/api/v1/old-regions']?.get.deprecated).toBe(true);
  });
});

