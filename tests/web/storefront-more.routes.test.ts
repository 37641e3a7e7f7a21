// Producer and regency pages, sitemap.xml, robots.txt and the public photos: what they show and what they
// keep private (unpublished products, producers' contact and bank details, payment proofs).
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStorefrontFixtures, tinyPng } from './web-fixtures.ts';
import { createWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;
let producerId: string;
let hiddenProducerId: string;

const get = (path: string, headers: Record<string, string> = {}) => h.app.request(path, { headers, redirect: 'manual' });
const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await get(path, headers);
  return { res, html: await res.text() };
};
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

beforeAll(async () => {
  h = await createWebHarness();
  ({ producerId, hiddenProducerId } = await seedStorefrontFixtures(h));
}, 60_000);
afterAll(() => h.close());

describe('producer and regency pages', () => {
  it('shows a producer’s story and products without private details', async () => {
    const { res, html } = await page(`/produsen/${producerId}`);
    expect(res.status).toBe(200);
    expect(html).toContain('<h1>Kopi Mangulewa</h1>');
    expect(html).toContain('Kopi Arabika Bajawa');
    expect(html).not.toContain('Kopi Rahasia Draft');
    expect(html).not.toContain('SECRET-ACCOUNT');
    expect(html).not.toContain('62812000');
  });

  it('shows a regency with its flagships, and an empty regency kindly', async () => {
    const ngada = (await page('/kabupaten/53.09?lang=en')).html;
    expect(ngada).toContain('<h1>Kabupaten Ngada</h1>');
    expect(ngada).toContain('This month&#39;s flagship products');
    expect(ngada).toContain('Bajawa Arabica Coffee');
    const alor = (await page('/kabupaten/53.05')).html;
    expect(alor).toContain('Belum ada produk yang terbit dari Kabupaten Alor');
  });
});

describe('sitemap, robots and media', () => {
  it('lists published products, producers and every regency in sitemap.xml', async () => {
    const res = await get('/sitemap.xml');
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    expect(xml).toContain('<loc>https://etalase.test/p/kbj01-produk</loc>');
    expect(xml).toContain('<loc>https://etalase.test/p/xss01-produk</loc>');
    expect(xml).toContain(`<loc>https://etalase.test/produsen/${producerId}</loc>`);
    expect(xml).not.toContain(hiddenProducerId);
    expect(xml).not.toContain('drf01');
    expect(xml.match(/\/kabupaten\/53\.\d\d</g)).toHaveLength(22);
    const robots = await (await get('/robots.txt')).text();
    expect(robots).toContain('Sitemap: https://etalase.test/sitemap.xml');
  });

  it('serves photos of published products with cache headers, and nothing else', async () => {
    const published = await h.db.prisma.productPhoto.findFirstOrThrow({ where: { product: { code: 'KBJ01' } }, include: { media: true } });
    const res = await get(`/media/${published.media.path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('cache-control')).toContain('max-age=');
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).format).toBe('jpeg');
    expect((await get(`/media/${published.media.thumbPath}`)).status).toBe(200);

    const draft = await h.db.prisma.productPhoto.findFirstOrThrow({ where: { product: { code: 'DRF01' } }, include: { media: true } });
    const proof = await h.mediaStore.save({ data: await tinyPng('#000'), kind: 'payment_proof' });
    await h.services.repos.media.create({ ...proof, kind: 'payment_proof' });
    for (const path of [draft.media.path, proof.path, '..%2F..%2F..%2Fetc%2Fpasswd', '2026/11/%00.jpg', 'nothing.jpg']) {
      expect((await get(`/media/${path}`)).status, path).toBe(404);
    }
  });
});

describe('failures', () => {
  it('answers a page, not a stack trace, when the database is unreachable', async () => {
    const original = h.services.catalog.flagships;
    h.services.catalog.flagships = async () => {
      throw new Error('Connection terminated unexpectedly at /srv/app/api/db/database.ts:42');
    };
    try {
      const { res, html } = await page('/?lang=en');
      expect(res.status).toBe(503);
      expect(html).toContain('Something went wrong');
      expect(html).not.toContain('database.ts');
      expect(html).not.toContain('Connection terminated');
    } finally {
      h.services.catalog.flagships = original;
    }
  });
});
