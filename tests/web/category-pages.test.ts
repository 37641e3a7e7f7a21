// The pages people expect: a tile per category on the home page (photo, name, count of products on sale),
// a category page with its own heading, count, description and picture, search filters folded away until
// one is used, and a picture for link previews on every page (the site's icon where a page has none).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProducer, addProduct } from './web-fixtures.ts';
import { createWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;
beforeAll(async () => {
  h = await createWebHarness();
  const p = await addProducer(h, { businessName: 'Kopi Mangulewa', regionCode: '53.09' });
  await addProduct(h, { producerId: p.id, code: 'KBJ01', nameId: 'Kopi Arabika Bajawa', photo: true });
  await addProduct(h, { producerId: p.id, code: 'KBJ02', nameId: 'Kopi Robusta Bajawa' });
  await addProduct(h, { producerId: p.id, code: 'KBJ03', nameId: 'Kopi draf', status: 'DRAFT' });
});
afterAll(() => h?.close());

const page = async (path: string, lang = 'id') => (await h.app.request(path, { headers: { 'accept-language': lang } })).text();
const ogImage = (html: string) => /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];

describe('category pages and tiles', () => {
  it('home: one tile per category with products on sale, counted, with a photo, linking to its page', async () => {
    const html = await page('/');
    const tiles = /data-testid="category-tiles">([\s\S]*?)<\/ul>/.exec(html)![1]!;
    expect(tiles.match(/<li>/g)).toHaveLength(1); // only coffee has products on sale
    expect(tiles).toContain('href="/katalog?category=kopi"');
    expect(tiles).toContain('2 produk'); // the draft is not counted
    expect(tiles).toMatch(/<img src="\/media\//);
  });

  it('a category page has its name, count, description and picture; English too', async () => {
    const html = await page('/katalog?category=kopi');
    expect(html).toMatch(/<h1>Kopi<\/h1>/);
    expect(html).toMatch(/<title>Kopi · /);
    expect(html).toContain('data-testid="category-count">2 produk');
    expect(ogImage(html)).toMatch(/^https:\/\/etalase\.test\/media\//);
    const en = await page('/katalog?category=kopi', 'en');
    expect(en).toMatch(/<h1>Coffee<\/h1>/);
    expect(en).toContain('2 products');
  });

  it('the filters fold away until one is used', async () => {
    expect(await page('/katalog?q=kopi')).toMatch(/<details class="more">/);
    expect(await page('/katalog?region=53.09')).toMatch(/<details class="more" open="">/);
  });

  it('every page has a picture for link previews', async () => {
    for (const path of ['/', '/katalog', '/kabupaten/53.09', '/kabupaten/53.01', '/chat', '/keranjang']) {
      expect(ogImage(await page(path)), path).toMatch(/^https:\/\/etalase\.test\//);
    }
    expect(ogImage(await page('/kabupaten/53.01'))).toBe('https://etalase.test/icons/icon-512.png');
  });
});
