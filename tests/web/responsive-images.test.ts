// Issue 27: a product photo on the storefront is a <picture> of AVIF, WebP and JPEG copies in a few widths
// with the photo's true size; each copy is made on its first request (or right after the upload) and kept
// in the media store; hashed URLs are cached for a year, unhashed ones an hour; old photos (stored before
// hashes) work and get their hash on their first copy.
import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantKey } from '../../domain/media/image-variants.ts';
import { createServices } from '../../domain/services/services.ts';
import { systemActor } from '../../domain/services/actor.ts';
import { addProducer, addProduct, tinyPng } from './web-fixtures.ts';
import { createWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;
let photo: { id: string; path: string; hash: string | null; width: number | null; height: number | null };

/** a 1200×900 photo with some texture, as a phone would send */
const bigPhoto = (width = 1200, height = 900) =>
  sharp({ create: { width, height, channels: 3, background: '#8a5a2b', noise: { type: 'gaussian', mean: 120, sigma: 40 } } })
    .jpeg({ quality: 85 })
    .toBuffer();

beforeAll(async () => {
  h = await createWebHarness();
  const producer = await addProducer(h, { businessName: 'Tenun Prailiu', regionCode: '53.02' });
  const product = await addProduct(h, { producerId: producer.id, code: 'TNN01', nameId: 'Kain Tenun Ikat', categoryId: 'tenun' });
  const stored = await h.mediaStore.save({ data: await bigPhoto(), kind: 'product_photo' });
  photo = await h.services.repos.media.create({ ...stored, kind: 'product_photo' });
  await h.db.prisma.productPhoto.create({ data: { productId: product.id, mediaId: photo.id, position: 0 } });
  await addProduct(h, { producerId: producer.id, code: 'DRF09', nameId: 'Draft', status: 'DRAFT', photo: true });
}, 60_000);
afterAll(() => h?.close());

const get = (p: string) => h.app.request(p);
const stem = () => photo.path.replace(/\.jpg$/, '');

describe('responsive product photos', () => {
  it('the product page offers AVIF, WebP and JPEG at 320, 640, 960 and 1200 px with the true size and hashed URLs', async () => {
    expect(photo.hash).toMatch(/^[0-9a-f]{16}$/);
    const html = await (await get('/p/tnn01-produk')).text();
    const picture = /<picture>[\s\S]*?<\/picture>/.exec(html)![0];
    for (const format of ['avif', 'webp']) {
      const srcset = new RegExp(`<source type="image/${format}" srcset="([^"]+)"`).exec(picture)![1]!;
      expect(srcset.split(', ')).toEqual([320, 640, 960, 1200].map((w) => `/media/${stem()}.${photo.hash}.${w}w.${format} ${w}w`));
    }
    expect(picture).toContain('width="1200"');
    expect(picture).toContain('height="900"');
    // the page's main photo: loaded first, the phone's width of the page (not 640×640 as before)
    expect(picture).toContain('fetchpriority="high"');
    expect(picture).toContain('sizes="(min-width: 64rem) 30.5rem, (min-width: 48rem) calc(50vw - 1.5rem), calc(100vw - 2rem)"');
    // a card crops the 4:3 photo to a square: it asks for a copy 4/3 as wide as the card
    const catalog = await (await get('/katalog')).text();
    expect(catalog).toContain('calc(calc(50vw - 1.4rem) * 1.333)');
    expect(catalog).toContain('loading="lazy"');
  });

  it('a hashed copy is made once, kept in the store, and cached a year; the unhashed one an hour', async () => {
    const url = `/media/${stem()}.${photo.hash}.640w.avif`;
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/avif');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['heif', 640, 480]);
    const kept = path.join(h.mediaStore.root, variantKey(photo.path, 640, 'avif'));
    expect(existsSync(kept)).toBe(true);
    // the second request reads the kept copy: the same bytes
    expect(Buffer.from(await (await get(url)).arrayBuffer()).equals(bytes)).toBe(true);

    const webp = await get(`/media/${stem()}.320w.webp`);
    expect(webp.status).toBe(200);
    expect(webp.headers.get('cache-control')).toBe('public, max-age=3600');
    expect((await sharp(Buffer.from(await webp.arrayBuffer())).metadata()).width).toBe(320);
    // the photo's own width in JPEG is the original itself
    const original = Buffer.from(await (await get(`/media/${stem()}.${photo.hash}.1200w.jpg`)).arrayBuffer());
    expect(original.equals(Buffer.from(await (await get(`/media/${photo.path}`)).arrayBuffer()))).toBe(true);
    // the original's path still answers, as pages and shared links used it, with the short cache
    expect((await get(`/media/${photo.path}`)).headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('serves no copy of a draft, under a wrong hash, or at a width pages never ask for', async () => {
    const draft = await h.db.prisma.productPhoto.findFirstOrThrow({ where: { product: { code: 'DRF09' } }, include: { media: true } });
    const draftStem = draft.media.path.replace(/\.jpg$/, '');
    for (const p of [`${draftStem}.48w.webp`, `${draftStem}.${draft.media.hash}.48w.webp`, `${stem()}.0123456789abcdef.640w.webp`, `${stem()}.500w.webp`, `${stem()}.640w.gif`, `${stem()}.640w.webp/../x`]) {
      expect((await get(`/media/${p}`)).status, p).toBe(404);
    }
    // 1280 (the largest a page asks for when the size is unknown) on a 1200 px photo: its own width
    expect((await sharp(Buffer.from(await (await get(`/media/${stem()}.1280w.webp`)).arrayBuffer())).metadata()).width).toBe(1200);
  });

  it('a photo stored before hashes: unhashed URLs first, its hash and size recorded on its first copy', async () => {
    await h.db.prisma.media.update({ where: { id: photo.id }, data: { hash: null } });
    const before = await (await get('/p/tnn01-produk')).text();
    expect(before).toContain(`/media/${stem()}.640w.webp 640w`);
    expect((await get(`/media/${stem()}.640w.webp`)).status).toBe(200);
    expect((await h.db.prisma.media.findUniqueOrThrow({ where: { id: photo.id } })).hash).toBe(photo.hash);
    const after = await (await get('/p/tnn01-produk')).text();
    expect(after).toContain(`/media/${stem()}.${photo.hash}.640w.webp 640w`);
  });

  it("the server makes a new product photo's copies right after its upload, in the background", async () => {
    const services = createServices({ prisma: h.db.prisma, mediaStore: h.mediaStore, prepareImageCopies: true });
    const row = await services.media.upload(systemActor('test'), { data: await bigPhoto(700, 525), kind: 'product_photo' });
    // 320 and 640 in every format, the photo's own 700 px in AVIF and WebP (its JPEG is the original)
    const expected = [320, 640].flatMap((w) => ['avif', 'webp', 'jpg'].map((f) => variantKey(row.path, w, f as 'avif'))).concat(['avif', 'webp'].map((f) => variantKey(row.path, 700, f as 'avif')));
    const deadline = Date.now() + 30_000;
    while (!expected.every((k) => existsSync(path.join(h.mediaStore.root, k))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(expected.filter((k) => !existsSync(path.join(h.mediaStore.root, k)))).toEqual([]);
    // a payment proof gets none
    const proof = await services.media.upload(systemActor('test'), { data: await tinyPng(), kind: 'payment_proof' });
    await new Promise((r) => setTimeout(r, 300));
    expect(existsSync(path.join(h.mediaStore.root, variantKey(proof.path, 48, 'webp')))).toBe(false);
  }, 40_000);
});
