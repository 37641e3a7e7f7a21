// Prices for buyers abroad: rupiah with the visitor's currency beside it, from the rates table an admin
// keeps (its date shown), the choice remembered in a cookie; English pages default to US dollars,
// Indonesian ones to rupiah alone; only an admin changes a rate, and the pages follow at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../domain/services/actor.ts';
import { addProducer, addProduct } from './web-fixtures.ts';
import { cookieJar, createWebHarness, type WebHarness } from './web-harness.ts';

let h: WebHarness;
beforeAll(async () => {
  h = await createWebHarness();
  const p = await addProducer(h, { businessName: 'Kopi Mangulewa', regionCode: '53.09' });
  await addProduct(h, { producerId: p.id, code: 'KBJ01', nameId: 'Kopi Arabika Bajawa', nameEn: 'Bajawa Arabica Coffee', priceIdr: 85_000 });
});
afterAll(() => h?.close());

const priceOf = (html: string) => /data-testid="price">([^<]*)</.exec(html)?.[1]?.trim();

describe('prices in the visitor’s currency', () => {
  it('English: US dollars by default; SGD, JPY on request, remembered, with the rate and its date; checkout in rupiah', async () => {
    const jar = cookieJar();
    const get = async (path: string) => {
      const res = await h.app.request(path, { headers: { 'accept-language': 'en', ...(jar.cookies.size ? { cookie: jar.header() } : {}) } });
      jar.store(res);
      return res.text();
    };
    expect(priceOf(await get('/p/kbj01-produk'))).toBe('Rp85.000 (≈ US$5.31)');
    const sgd = await get('/p/kbj01-produk?cur=SGD');
    expect(priceOf(sgd)).toBe('Rp85.000 (≈ S$6.91)');
    expect(sgd).toContain('Rate: 1 SGD = Rp12.300 (1 Dec 2026).');
    expect(sgd).toContain('You always pay in Indonesian rupiah (IDR).');
    for (const code of ['IDR', 'USD', 'SGD', 'AUD', 'MYR', 'EUR', 'JPY']) expect(sgd).toContain(`<option value="${code}"`);
    // remembered on the next page, the catalogue's cards too
    expect(await get('/katalog')).toContain('Rp85.000 (≈ S$6.91)');
    expect(priceOf(await get('/p/kbj01-produk?cur=JPY'))).toBe('Rp85.000 (≈ ¥810)');
    expect(priceOf(await get('/p/kbj01-produk?cur=IDR'))).toBe('Rp85.000');
  });

  it('Indonesian: rupiah alone unless a currency is chosen', async () => {
    const res = await h.app.request('/p/kbj01-produk', { headers: { 'accept-language': 'id' } });
    expect(priceOf(await res.text())).toBe('Rp85.000');
    const eur = await (await h.app.request('/p/kbj01-produk?cur=EUR', { headers: { 'accept-language': 'id' } })).text();
    expect(priceOf(eur)).toBe('Rp85.000 (≈ €4,91)');
  });

  it('an admin updates a rate and the pages show it with today’s date; a buyer may not', async () => {
    const buyer = { kind: 'user' as const, userId: 'x', role: 'BUYER' as const, language: 'en' as const, regionCodes: [], onboarded: true };
    await expect(h.services.currency.set(buyer, { currency: 'SGD', idrPerUnit: 1 })).rejects.toMatchObject({ code: 'forbidden' });
    await h.services.currency.set(systemActor('admin-cli'), { currency: 'SGD', idrPerUnit: 12_500 });
    const html = await (await h.app.request('/p/kbj01-produk?cur=SGD', { headers: { 'accept-language': 'en' } })).text();
    expect(priceOf(html)).toBe('Rp85.000 (≈ S$6.80)');
    expect(html).toMatch(/Rate: 1 SGD = Rp12\.500 \(\d{1,2} [A-Z][a-z]{2} \d{4}\)\./);
    expect(html).not.toContain('(1 Dec 2026)');
  });
});
