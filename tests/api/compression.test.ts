// Compression (issue 27): pages, the API's JSON and Swagger's files go out in Brotli to a client that
// accepts it, in gzip to one that takes only gzip, and decode to the same bytes; a client that does not ask
// gets them plain; answers under 1 KB and pictures are never compressed. Swagger's files are linked by
// hashed names cached for a year; the plain names still answer.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliReady } from '../../api/http/docs-ui.ts';
import { chooseEncoding } from '../../api/http/compress.ts';
import { addProducer, addProduct } from '../web/web-fixtures.ts';
import { createWebHarness, type WebHarness } from '../web/web-harness.ts';

let h: WebHarness;
beforeAll(async () => {
  h = await createWebHarness();
  const p = await addProducer(h, { businessName: 'Kopi Mangulewa', regionCode: '53.09' });
  await addProduct(h, { producerId: p.id, code: 'KBJ01', nameId: 'Kopi Arabika Bajawa', photo: true });
  await addProduct(h, { producerId: p.id, code: 'KBJ02', nameId: 'Kopi Robusta Bajawa', photo: true });
});
afterAll(() => h?.close());

const BR = 'gzip, deflate, br';
async function fetched(path: string, acceptEncoding?: string) {
  const res = await h.app.request(path, acceptEncoding ? { headers: { 'accept-encoding': acceptEncoding } } : {});
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('compression', () => {
  for (const path of ['/', '/katalog', '/p/kbj01-produk', '/api/v1/products', '/openapi.json']) {
    it(`${path}: Brotli when accepted, else gzip; the same content, much smaller`, async () => {
      const plain = await fetched(path);
      const br = await fetched(path, BR);
      const gz = await fetched(path, 'gzip, deflate');
      expect(plain.res.status).toBe(200);
      expect(plain.res.headers.get('content-encoding')).toBeNull();
      expect(plain.res.headers.get('vary')).toMatch(/Accept-Encoding/);
      expect(br.res.headers.get('content-encoding')).toBe('br');
      expect(gz.res.headers.get('content-encoding')).toBe('gzip');
      expect(br.res.headers.get('vary')).toMatch(/Accept-Encoding/);
      expect(Number(br.res.headers.get('content-length'))).toBe(br.bytes.length);
      expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
      expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
      // Brotli beats gzip; pages and the OpenAPI document shrink at least 3 times
      expect(br.bytes.length).toBeLessThan(gz.bytes.length);
      expect(br.bytes.length).toBeLessThan(plain.bytes.length / (path === '/api/v1/products' ? 1.5 : 3));
    });
  }

  it('an answer under 1 KB goes as it is, with its length', async () => {
    const small = await fetched('/api/v1/categories/nothing-here', BR);
    expect(small.bytes.length).toBeLessThan(1024);
    expect(small.res.headers.get('content-encoding')).toBeNull();
  });

  it('q-values decide, and an encoding refused with q=0 is never sent', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it("Swagger's files: hashed names cached a year, plain names an hour, Brotli at the highest quality made once", async () => {
    const page = await (await h.app.request('/docs')).text();
    const bundle = /src="(\/docs\/assets\/swagger-ui-bundle\.[0-9a-f]{16}\.js)"/.exec(page)![1]!;
    const css = /href="(\/docs\/assets\/swagger-ui\.[0-9a-f]{16}\.css)"/.exec(page)![1]!;
    expect(page).toMatch(/src="\/docs\/assets\/init\.[0-9a-f]{16}\.js"/);
    const plain = await fetched(bundle);
    expect(plain.res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.bytes.length).toBeGreaterThan(1_000_000);
    // (the bundle's Brotli copy takes ~5-10 s of CPU: the stylesheet, 190 KB, shows the same path)
    const cssPlain = await fetched(css);
    await brotliReady('swagger-ui.css');
    const cssBr = await fetched(css, BR);
    expect(cssBr.res.headers.get('content-encoding')).toBe('br');
    expect(cssBr.res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(cssBr.bytes).equals(cssPlain.bytes)).toBe(true);
    expect(cssBr.bytes.length).toBeLessThan(cssPlain.bytes.length / 8);
    const old = await fetched('/docs/assets/swagger-ui-bundle.js', 'gzip');
    expect(old.res.status).toBe(200);
    expect(old.res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(gunzipSync(old.bytes).equals(plain.bytes)).toBe(true);
    expect(old.bytes.length).toBeLessThan(plain.bytes.length / 3);
    expect((await h.app.request(bundle.replace(/\.[0-9a-f]{16}\./, '.0123456789abcdef.'))).status).toBe(404);
  });

  it('product pictures are sent as they are', async () => {
    const html = await (await h.app.request('/p/kbj01-produk')).text();
    const srcs = [...html.matchAll(/(\/media\/[^"\s,]+)/g)].map((m) => m[1]!);
    expect(srcs.length).toBeGreaterThan(3);
    for (const src of srcs.slice(0, 3)) {
      const { res } = await fetched(src, BR);
      expect(res.status, src).toBe(200);
      expect(res.headers.get('content-encoding')).toBeNull();
    }
  });
});
