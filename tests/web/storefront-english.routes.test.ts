// The storefront for a buyer reading English: units in English and in the plural, producers' texts in
// English where written and otherwise the Indonesian marked as such; and a search's number of results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProducer, addProduct, seedStorefrontFixtures } from './web-fixtures.ts';
import { createWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;
let producerId: string;
beforeAll(async () => {
  h = await createWebHarness();
  ({ producerId } = await seedStorefrontFixtures(h));
  const weaver = await addProducer(h, { businessName: 'Tenun Ina Rambu', regionCode: '53.11', story: 'Kami menenun hinggi di Prailiu.' });
  await h.db.prisma.producer.update({ where: { id: weaver.id }, data: { storyEn: 'We weave hinggi cloths in Prailiu.' } });
  const cloth = await addProduct(h, { producerId: weaver.id, code: 'TSB01', nameId: 'Kain Hinggi Sumba Timur', nameEn: 'East Sumba Hinggi Cloth', categoryId: 'tenun', priceIdr: 1_500_000 });
  await h.db.prisma.product.update({ where: { id: cloth.id }, data: { unit: 'lembar', stock: 1 } });
}, 60_000);
afterAll(() => h.close());

const html = async (path: string) => (await h.app.request(path)).text();

describe('product pages in English', () => {
  it('says the unit in English, singular and plural', async () => {
    const coffee = await html('/p/kbj01-produk?lang=en');
    expect(coffee).toMatch(/<span class="muted">per pack<\/span>/);
    expect(coffee).toContain('In stock: 10 packs');
    const cloth = await html('/p/tsb01-produk?lang=en');
    expect(cloth).toContain('per piece');
    expect(cloth).toContain('In stock: 1 piece');
    const indonesian = await html('/p/tsb01-produk?lang=id');
    expect(indonesian).toContain('per lembar');
    expect(indonesian).toContain('Stok: 1 lembar');
  });

  it('shows the English story where written, else the Indonesian marked as Indonesian', async () => {
    const cloth = await html('/p/tsb01-produk?lang=en');
    expect(cloth).toContain('<p class="story" data-testid="story">We weave hinggi cloths in Prailiu.</p>');
    expect(cloth).not.toContain('Kami menenun');
    const coffee = await html('/p/kbj01-produk?lang=en');
    expect(coffee).toContain('<p class="story" lang="id" data-testid="story">Kami petani &lt;b&gt;kopi&lt;/b&gt; &amp; &quot;lamtoro&quot;</p>');
    expect(coffee).toContain('Written in Indonesian: no English version yet.');
    expect(coffee).toContain('<p data-testid="description">Description of Bajawa Arabica Coffee</p>'); // the English description
    const producer = await html(`/produsen/${producerId}?lang=en`);
    expect(producer).toContain('lang="id" data-testid="story"');
    expect(producer).toContain('Written in Indonesian');
    // Indonesian readers see no note
    expect(await html('/p/kbj01-produk?lang=id')).not.toContain('data-testid="fallback-note"');
  });
});

describe('search results count', () => {
  it('says how many products a search found, in the page language, with plurals', async () => {
    expect(await html('/katalog?q=kopi&lang=en')).toMatch(/data-testid="result-count">1 product found</);
    expect(await html('/katalog?q=kopi')).toMatch(/data-testid="result-count">1 produk ditemukan</);
    // the ikat and the product filed under the Tenun Ikat category
    expect(await html('/katalog?q=tenun&lang=en')).toMatch(/data-testid="result-count">2 products found</);
    const none = await html('/katalog?q=xyzzy&lang=en');
    expect(none).not.toContain('result-count');
    expect(none).toContain('No product matches');
    expect(await html('/katalog?lang=en')).not.toContain('result-count'); // no search, no count
  });
});
