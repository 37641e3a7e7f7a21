// Compression: pages, the API's JSON and Swagger's script go out gzipped to a client that accepts it and
// decode to the same bytes; a client that does not ask gets them plain; pictures are never recompressed.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProducer, addProduct } from '../web/web-fixtures.ts';
import { createWebHarness, type WebHarness } from '../web/web-harness.ts';

let h: WebHarness;
beforeAll(async () => {
  h = await createWebHarness();
  const p = await addProducer(h, { businessName: 'Kopi Mangulewa', regionCode: '53.09' });
  await addProduct(h, { producerId: p.id, code: 'KBJ01', nameId: 'Kopi Arabika Bajawa', photo: true });
});
afterAll(() => h?.close());

async function both(path: string) {
  const plain = await h.app.request(path);
  const zipped = await h.app.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  return { plain, zipped, plainBytes: Buffer.from(await plain.arrayBuffer()), zippedBytes: Buffer.from(await zipped.arrayBuffer()) };
}

describe('compression', () => {
  for (const path of ['/', '/katalog', '/p/kbj01-produk', '/api/v1/products', '/openapi.json']) {
    it(`${path}: gzip when accepted, the same content, much smaller`, async () => {
      const { plain, zipped, plainBytes, zippedBytes } = await both(path);
      expect(plain.status).toBe(200);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(zipped.headers.get('vary')).toMatch(/Accept-Encoding/);
      expect(gunzipSync(zippedBytes).equals(plainBytes)).toBe(true);
      // a one-product API answer is small; pages and the OpenAPI document shrink at least 2.5 times
      expect(zippedBytes.length).toBeLessThan(plainBytes.length / (path === '/api/v1/products' ? 1.5 : 2.5));
    });
  }

  it("Swagger's 1.7 MB bundle: gzipped once and kept", async () => {
    const { zipped, plainBytes, zippedBytes } = await both('/docs/assets/swagger-ui-bundle.js');
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(zippedBytes).equals(plainBytes)).toBe(true);
    expect(plainBytes.length).toBeGreaterThan(1_000_000);
    expect(zippedBytes.length).toBeLessThan(plainBytes.length / 3);
  });

  it('a product picture is sent as it is', async () => {
    const html = await (await h.app.request('/p/kbj01-produk')).text();
    const src = /<img src="(\/media\/[^"]+)"/.exec(html)![1]!;
    const { zipped } = await both(src);
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBeNull();
  });
});
