// The storefront pages through the real app: what they list, their language, their metadata, and that
// every value from the database or the query string reaches the page escaped.
import jsqr from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProducer, seedStorefrontFixtures, XSS } from './web-fixtures.ts';
import { createWebHarness, type WebHarness } from './web-harness.ts';

// jsqr is a CommonJS bundle that also sets .default; under NodeNext the typed function is that .default
const jsQR = jsqr.default;

let h: WebHarness;
let hiddenProducerId: string;

const get = (path: string, headers: Record<string, string> = {}) => h.app.request(path, { headers, redirect: 'manual' });
const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await get(path, headers);
  return { res, html: await res.text() };
};
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

beforeAll(async () => {
  h = await createWebHarness();
  ({ hiddenProducerId } = await seedStorefrontFixtures(h));
}, 60_000);
afterAll(() => h.close());

describe('home', () => {
  it('lists this month’s flagships under their regency, in Indonesian by default, with Open Graph tags', async () => {
    const { res, html } = await page('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(html.startsWith('<!DOCTYPE html><html lang="id">')).toBe(true);
    const flagships = html.slice(html.indexOf('data-testid="flagships"'), html.indexOf('id="newest"'));
    expect(flagships).toContain('Kabupaten Ngada');
    expect(flagships).toContain('Kopi Arabika Bajawa');
    expect(flagships).not.toContain('alert(1)'); // not a flagship
    expect(html).not.toContain('Kopi Rahasia Draft');
    expect(meta(html, 'og:title')).toBe('Produk unggulan desa NTT');
    expect(meta(html, 'og:url')).toBe('https://etalase.test/');
    expect(meta(html, 'og:locale')).toBe('id_ID');
    expect(meta(html, 'og:image')).toMatch(/^https:\/\/etalase\.test\/media\/\d{4}\/\d{2}\/[a-f0-9]+\.jpg$/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'none'");
  });

  it('switches to English with ?lang=en, remembers it in a cookie, and links back to Indonesian', async () => {
    const { res, html } = await page('/?lang=en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Bajawa Arabica Coffee');
    expect(html).toContain('Flagship products of');
    expect(html).toMatch(/Rp85\.000 \(≈ US\$5\.31\)/);
    expect(res.headers.get('set-cookie')).toMatch(/^lang=en;.*HttpOnly/);
    expect(html).toMatch(/href="\/\?lang=id"[^>]*data-testid="lang-switch"/);
    const again = await page('/katalog', { cookie: 'lang=en' });
    expect(again.html).toContain('<html lang="en">');
    expect(again.html).toContain('Product catalog');
    const fromBrowser = await page('/', { 'accept-language': 'en-US,en;q=0.9' });
    expect(fromBrowser.html).toContain('<html lang="en">');
    const indonesianBrowser = await page('/', { 'accept-language': 'id-ID,id;q=0.9,en;q=0.8', cookie: 'lang=xx' });
    expect(indonesianBrowser.html).toContain('<html lang="id">');
  });
});

describe('catalogue', () => {
  it('finds a product despite a typo, and filters by regency, category and permit', async () => {
    expect((await page('/katalog?q=kopi%20bajwa')).html).toContain('Kopi Arabika Bajawa');
    const halal = (await page('/katalog?permit=HALAL')).html;
    expect(halal).toContain('Kopi Arabika Bajawa');
    expect(halal).not.toContain('alert(1)');
    const sumba = (await page('/katalog?region=53.11')).html;
    expect(sumba).not.toContain('data-testid="product-card"');
    expect(sumba).toContain('Tidak ada produk yang cocok');
    const tenun = (await page('/katalog?category=tenun')).html;
    expect(tenun).not.toContain('Kopi Arabika Bajawa');
    expect(tenun).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows a search for <script> escaped, and ignores malformed filters and cursors', async () => {
    const { res, html } = await page(`/katalog?q=${encodeURIComponent('<script>alert("x")</script>')}&region=evil&permit=NONE&cursor=%3Cbad%3E`);
    expect(res.status).toBe(200);
    expect(html).not.toMatch(/<script[\s>]/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(meta(html, 'robots')).toBe('noindex');
  });

  it('pages through a long listing with the cursor, keeping the filters', async () => {
    const rote = await addProducer(h, { businessName: 'Gula Rote', regionCode: '53.14' });
    const cat = await h.db.prisma.category.findUniqueOrThrow({ where: { id: 'gula-aren-lontar' } });
    await h.db.prisma.product.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        code: `GLR${String(i).padStart(2, '0')}`,
        slug: `gula-${i}`,
        producerId: rote.id,
        categoryId: cat.id,
        nameId: `Gula Lontar ${i}`,
        descriptionId: 'gula',
        priceIdr: 20_000,
        unit: 'botol',
        weightGrams: 600,
        stock: 5,
        status: 'APPROVED' as const,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const first = (await page('/katalog?region=53.14')).html;
    expect(first.match(/data-testid="product-card"/g)).toHaveLength(24);
    const next = /href="(\/katalog\?region=53\.14&amp;cursor=[^"]+)" rel="next"/.exec(first)?.[1];
    expect(next).toBeDefined();
    const second = (await page(next!.replace(/&amp;/g, '&'))).html;
    expect(second.match(/data-testid="product-card"/g)).toHaveLength(1);
    expect(second).toContain('Gula Lontar 0');
    expect(second).toContain('href="/katalog?region=53.14"');
    expect(second).not.toContain('rel="next"');
  });
});

describe('product page', () => {
  it('shows price, permit, producer story, order links and a QR code of its address', async () => {
    const { res, html } = await page('/p/kbj01-produk');
    expect(res.status).toBe(200);
    expect(html).toContain('<h1>Kopi Arabika Bajawa</h1>');
    expect(html).toContain('Rp85.000');
    expect(html).toMatch(/data-permit="HALAL"[^>]*>✓ Halal · No\. ID-HALAL-123/);
    expect(html).toContain('Kami petani &lt;b&gt;kopi&lt;/b&gt; &amp; &quot;lamtoro&quot;');
    expect(html).toContain('href="https://t.me/EtalaseNttBot?start=p_KBJ01"');
    expect(html).toContain('href="https://wa.me/6281234567890?text=start%20p_KBJ01"');
    expect(html).toContain('href="/chat?start=p_KBJ01"');
    expect(meta(html, 'og:type')).toBe('product');
    expect(meta(html, 'og:url')).toBe('https://etalase.test/p/kbj01-produk');
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(ld).toMatchObject({ '@type': 'Product', sku: 'KBJ01', offers: { price: 85_000, priceCurrency: 'IDR' } });

    const qr = /<img src="data:image\/svg\+xml;base64,([^"]+)"[^>]*data-testid="qr"/.exec(html)![1]!;
    const svg = Buffer.from(qr, 'base64');
    const { data, info } = await sharp(svg, { density: 300 }).resize(400, 400).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe('https://etalase.test/p/kbj01-produk');
  });

  it('offers only the web chat when no Telegram bot or WhatsApp number is configured', async () => {
    const saved = { ...h.services.settings };
    h.services.settings.telegramBotUsername = undefined;
    h.services.settings.whatsappNumber = undefined;
    try {
      const { html } = await page('/p/kbj01-produk');
      expect(html).not.toContain('t.me/');
      expect(html).not.toContain('wa.me/');
      expect(html).toContain('data-testid="order-webchat"');
    } finally {
      Object.assign(h.services.settings, saved);
    }
  });

  it('escapes a product named with script tags and quotes everywhere it appears', async () => {
    const { html } = await page('/p/xss01-produk');
    expect(html).not.toContain(XSS);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;</h1>');
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; · Etalase NTT</title>');
    expect(meta(html, 'og:title')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;');
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(ld).not.toContain('<');
    expect(JSON.parse(ld).name).toBe(XSS);
    expect(html.match(/<script/g)).toHaveLength(1); // only the JSON-LD data block
  });

  it('redirects a product code to its canonical address', async () => {
    const res = await get('/p/KBJ01?lang=en');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/p/kbj01-produk?lang=en');
  });

  it('answers unknown and unpublished products with a 404 page in the visitor’s language', async () => {
    for (const path of ['/p/tidak-ada', '/p/drf01-produk', `/p/${'x'.repeat(300)}`, '/kabupaten/53.99', '/kabupaten/..%2F..', '/produsen/nobody', `/produsen/${hiddenProducerId}`]) {
      const { res, html } = await page(path);
      expect(res.status, path).toBe(404);
      expect(html, path).toContain('Halaman tidak ditemukan');
      expect(meta(html, 'robots')).toBe('noindex');
    }
    const { res, html } = await page('/p/tidak-ada?lang=en');
    expect(res.status).toBe(404);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Page not found');
  });
});
