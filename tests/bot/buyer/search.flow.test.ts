// Searching in chat: typed at the main menu or through the Search entry, Indonesian and English, typos;
// nothing found suggests categories that have products.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf, type ChatHarness } from '../../helpers/chat-harness.ts';
import { createBuyerHarness, onboardBuyer, optionsOf, photoOf } from './buyer-harness.ts';

let h: ChatHarness;
beforeAll(async () => {
  ({ h } = await createBuyerHarness());
});
afterAll(() => h.close());

describe('search', () => {
  it('typing "kopi bajawa" at the main menu searches; the results open cards', async () => {
    await onboardBuyer(h, 'ina', 'id');
    const results = await h.say('ina', 'kopi bajawa');
    expect(textOf(results)).toContain('Hasil pencarian "kopi bajawa"');
    const products = optionsOf(results).filter((o) => o.value?.startsWith('product:'));
    expect(products.map((o) => o.label)).toEqual(['Kopi Arabika Bajawa 250 g · Rp85.000', 'Kopi Bajawa Bubuk 200 g · Rp65.000']);
    const card = photoOf(await h.tap('ina', 'Kopi Arabika Bajawa'));
    expect(card?.caption).toContain('Kode produk: KBJ01');
    expect(textOf(await h.tap('ina', 'Kembali'))).toContain('Hasil pencarian "kopi bajawa"');
  });

  it('English with a typo: "coffe flores" finds the Ngada coffee (Flores is its island)', async () => {
    await onboardBuyer(h, 'jim', 'en');
    const results = await h.say('jim', 'coffe flores');
    expect(textOf(results)).toContain('Results for "coffe flores"');
    expect(optionsOf(results)[0]?.label).toMatch(/^Bajawa .*Coffee/);
    expect(textOf(await h.say('jim', 'tenun sumba'))).toContain('East Sumba Ikat Cloth'); // a new search from the list
  });

  it('small talk at the menu is not searched', async () => {
    await onboardBuyer(h, 'mona', 'id');
    const reply = textOf(await h.say('mona', 'Halo!'));
    expect(reply).not.toContain('Hasil pencarian');
    expect(reply).toContain('Menu utama');
  });

  it('the Search entry asks for words first', async () => {
    await onboardBuyer(h, 'kiki', 'id');
    expect(textOf(await h.tap('kiki', 'Cari produk'))).toContain('Ketik produk yang Anda cari');
    expect(textOf(await h.say('kiki', 'x'))).toContain('terlalu pendek');
    expect(textOf(await h.say('kiki', 'tenun sumba'))).toContain('Kain Tenun Ikat Sumba Timur');
  });

  it('nothing found suggests the categories that have products, and a category opens its list', async () => {
    await onboardBuyer(h, 'lia', 'en');
    const none = await h.say('lia', 'xyzzy qwv');
    expect(textOf(none)).toContain('nothing matches "xyzzy qwv"');
    const labels = optionsOf(none).map((o) => o.label);
    expect(labels).toEqual(expect.arrayContaining(['Coffee', 'Woven Textiles (Ikat)', '🔍 Search again']));
    expect(labels).not.toContain('Honey'); // no honey for sale in this shop
    expect(textOf(await h.tap('lia', 'Coffee'))).toContain('Category: Coffee');
  });
});
